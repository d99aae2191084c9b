/**
 * Round 10 (ccov), classes seen in the misses of a split opened this round, written again in our
 * own words: a certificate held by a company whose legal name holds an infrastructure word, lists
 * of third parties known by their columns alone, template rows, a hosting provider's row that
 * holds production and backups in one place. Each class has look-alikes that must not fire.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const got = (text: string, attribute: string) =>
  [...new Set(claimsOf(text).claims.filter((c) => c.attribute === attribute).map((c) => `${c.value}${c.qualifiers.holder ? `@${c.qualifiers.holder}` : ''}${c.qualifiers.role ? `:${c.qualifiers.role}` : ''}`))].sort();

describe('certificates: a legal name is a name, not the sentence’s subject words', () => {
  it.each([
    // "Facilities" and "Data Centre" inside a company's legal name do not make it a data centre.
    ['Brimlow Facilities Software Ltd holds ISO/IEC 27001 certification for the design and support of its platform.', ['iso27001']],
    ['Kestrane Data Centre Services Limited is certified to ISO 27001 for its CMMS development.', ['iso27001']],
    ['Spółka Obiekty Serwis Sp. z o.o. posiada certyfikat ISO 27001 obejmujący rozwój aplikacji.', ['iso27001']],
  ])('%s', (text, want) => {
    expect(got(text, 'cert.vendor')).toEqual(want);
    expect(got(text, 'cert.infrastructure')).toEqual([]);
  });
  it.each([
    // Look-alikes: the facilities themselves, and the company behind a cloud provider.
    ['The facilities we rent racks in are ISO 27001 certified.', ['iso27001']],
    ['Microsoft Ireland Operations Limited holds ISO 27001 certification for the data centres we use.', ['iso27001@azure']],
  ])('%s', (text, want) => {
    expect(got(text, 'cert.infrastructure')).toEqual(want);
    expect(got(text, 'cert.vendor')).toEqual([]);
  });
});

describe('sub-processor tables known by their columns', () => {
  const pl = '# Opis usługi\n\n## 12. Dostawcy usług\n\n| Dostawca | Cel | Lokalizacja |\n|---|---|---|\n| Microsoft Azure | Hosting | Holandia |\n| Brevo SAS | Wysyłka e-maili | Francja |\n| Freshdesk | Zgłoszenia serwisowe | Niemcy |\n';
  const en = '# Annex 4\n\n| Supplier | What it does | Location |\n|---|---|---|\n| Postmark | Transactional e-mail | United States |\n| Hubbleworks Inc. | Product analytics | Canada |\n';
  it('a provider column beside purpose and place lists third parties (PL heading "Dostawcy usług")', () => {
    expect(got(pl, 'subprocessor')).toEqual(['brevo', 'freshdesk']);
    // The hosting provider's row is hosting, its place production; the others' places are not.
    expect(got(pl, 'hosting.location')).toEqual(['NL:production']);
  });
  it('the same in English under a heading that says nothing', () => {
    expect(got(en, 'subprocessor')).toEqual(['hubbleworks', 'postmark']);
    expect(got(en, 'hosting.location')).toEqual([]);
  });
  it('look-alike: a contact table with names and roles lists people, not processors', () => {
    const contacts = '# Contacts\n\n| Name | Role | Location |\n|---|---|---|\n| Jane Orchard | Data protection officer | Leeds |\n| Tom Vale | Security lead | York |\n';
    expect(got(contacts, 'subprocessor')).toEqual([]);
  });
  it('look-alike: a provider column with no place column stays a table of its own kind', () => {
    const plans = '# Integrations\n\n| Provider | Purpose |\n|---|---|\n| Jane Orchard | Data protection officer |\n';
    expect(got(plans, 'subprocessor')).toEqual([]);
  });
  it('a template row never filled in names no party (EN, PL)', () => {
    const en2 = '# Sub-processors\n\n| Name | Purpose | Location |\n|---|---|---|\n| Postmark | e-mail | USA |\n| [Provider name] | analytics | [Country] |\n';
    const pl2 = '# Podmioty przetwarzające\n\n| Nazwa | Cel | Kraj |\n|---|---|---|\n| SMSAPI | SMS | Polska |\n| <nazwa podmiotu> | analityka | <kraj> |\n';
    expect(got(en2, 'subprocessor')).toEqual(['postmark']);
    expect(got(pl2, 'subprocessor')).toEqual(['smsapi']);
  });
});

describe('a hosting provider’s row: hosting and backups in one place', () => {
  it.each([
    ['| Sub-processor | Purpose | Location |\n|---|---|---|\n| Amazon Web Services | Hosting of the application and its backups | Ireland (eu-west-1) |\n', ['IE:backup', 'IE:production']],
    ['| Podmiot przetwarzający | Cel | Lokalizacja |\n|---|---|---|\n| Google Cloud | hosting aplikacji i kopii zapasowych | Belgia |\n', ['BE:backup', 'BE:production']],
    // Look-alikes: backups alone are a backup place; two places do not say which serves which.
    ['| Sub-processor | Purpose | Location |\n|---|---|---|\n| Amazon Web Services | Backup copies | Sweden |\n', ['SE:backup']],
    ['| Sub-processor | Purpose | Location |\n|---|---|---|\n| Amazon Web Services | Hosting and backups | Ireland, Sweden |\n', []],
  ])('%s', (table, want) => expect(got(`# Third parties\n\n${table}`, 'hosting.location')).toEqual(want));
});

describe('a run of firms, each with what it does in brackets', () => {
  it.each([
    // The host among them is the hosting provider, known (OVH) or not (Beyond.pl): no sub-processor.
    ['Serwis korzysta z usług OVH sp. z o.o. (hosting) oraz Brevo SAS (wysyłka newslettera).', ['brevo']],
    ['Korzystamy z usług Beyond.pl sp. z o.o. (kolokacja serwerów) i SerwerSMS.pl (powiadomienia SMS).', ['serwersms']],
    ['We use Postmark (e-mail), Vonage (SMS) and Ledgerly Ltd (invoicing).', ['ledgerly', 'postmark', 'vonage']],
    // Look-alikes: schedules and sign-in options in brackets name no firm.
    ['We use Daily (incremental), Weekly (full) and Monthly (archive) copies.', []],
    ['Customers use SAML (Okta, Entra ID) or OIDC (Google).', []],
    ['Korzystamy z kopii: Dzienna (przyrostowa) oraz Tygodniowa (pełna).', []],
  ])('%s', (text, want) => expect(got(text, 'subprocessor')).toEqual(want));
  it('a firm’s own brackets give its purpose, not the nearest purpose word', () => {
    const { claims } = claimsOf('Korzystamy z usług Mailgun Technologies Inc. (wysyłka powiadomień) oraz SerwerSMS.pl (powiadomienia SMS).');
    expect(claims.filter((c) => c.attribute === 'subprocessor').map((c) => [c.value, c.qualifiers.purpose ?? null])).toEqual([
      ['mailgun', null],
      ['serwersms', 'sms'],
    ]);
  });
  it('"Inc." before a bracket that opens in lower case ends no sentence', () => {
    const { claims } = claimsOf('We rely on Hubbleworks Inc. (product analytics) and Ledgerly Ltd. (billing) for the service.');
    expect(new Set(claims.map((c) => c.quote)).size).toBe(1);
  });
});

describe('a host outside the providers’ vocabulary in a sub-processor table', () => {
  const table = '| Podmiot przetwarzający | Cel | Lokalizacja |\n|---|---|---|\n| Kolokator sp. z o.o. | kolokacja serwerów | Poznań, Polska |\n| Serwerownia Nord GmbH | hosting kopii zapasowych | Niemcy |\n| Brevo SAS | wysyłka e-maili | Francja |\n';
  // Round 17: a sub-processor list's hosting row is still a sub-processor (it was the host only, and the party was lost).
  it('is a sub-processor, and its places hold the service', () => {
    const text = `# Dalsze podmioty przetwarzające\n\n${table}`;
    expect(got(text, 'subprocessor')).toEqual(['brevo', 'kolokator', 'serwerownia-nord']);
    expect(got(text, 'hosting.location')).toEqual(['DE:backup', 'PL:production']);
    expect(got(text, 'hosting.provider')).toEqual([]);
  });
  it('look-alike: beside the vendor’s own servers, a colocation firm is a third party', () => {
    const text = `# Dalsze podmioty przetwarzające\n\nSystem działa na własnych serwerach w wynajmowanej szafie.\n\n${table}`;
    expect(got(text, 'subprocessor')).toEqual(['brevo', 'kolokator', 'serwerownia-nord']);
    expect(got(text, 'hosting.provider')).toEqual(['on-premises']);
  });
});

describe('a questionnaire request answered only in its comment', () => {
  const sheet = (rows: string) => `# Supplier questionnaire\n\n| Ref | Question | Answer | Comments |\n|---|---|---|---|\n| 1.1 | Is there a security policy? | Yes | Reviewed yearly. |\n${rows}`;
  it('the comment names the parties the request asks for (EN, PL)', () => {
    expect(got(sheet('| 4.2 | Name the sub-processors you use. |  | Brevo (e-mail), Vonage (SMS), Ledgerly Ltd (invoicing). |\n'), 'subprocessor')).toEqual(['brevo', 'ledgerly', 'vonage']);
    const pl = '# Kwestionariusz\n\n| Lp. | Pytanie | Odpowiedź | Uwagi |\n|---|---|---|---|\n| 1 | Wymień podwykonawców. |  | Brevo (e-mail), SerwerSMS.pl (SMS). |\n';
    expect(got(pl, 'subprocessor')).toEqual(['brevo', 'serwersms']);
  });
  it('look-alike: an unanswered yes/no question with a vague comment affirms nothing', () => {
    const text = sheet('| 4.3 | Is MFA enforced for all users? |  | See the policy. |\n| 4.4 | Are backups kept for at least 30 days? |  | Ask the account team. |\n');
    expect(got(text, 'auth.mfa')).toEqual([]);
    expect(got(text, 'backup.retention')).toEqual([]);
  });
});
