/**
 * Round 9 (session 10) dev material, written in our own words after reading vendors' sub-processor
 * lists, encryption-at-rest help articles and security FAQs (tests/claims/dev10/): encryption scopes
 * (an apposition that spells out "all data", volumes and disks that only hold a kind of data,
 * "backup files", PL "szyfrowane na dysku"), pentest denials and a test that is only booked, and
 * sub-processor pages split by category with brand / owner names. Each class has look-alikes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';
import type { Claim } from '../../src/claims/types.ts';

const dev = (name: string) => claimsOf(readFileSync(new URL(`./dev10/${name}`, import.meta.url), 'utf8')).claims;
const quoted = (claims: Claim[], attribute: string, quote: string) =>
  [...new Set(claims.filter((c) => c.attribute === attribute && c.quote.startsWith(quote)).map((c) => `${c.value}${c.qualifiers.scope ? `:${c.qualifiers.scope}` : ''}`))].sort();
const valuesOf = (text: string, attribute: string) => [...new Set(claimsOf(text).claims.filter((c) => c.attribute === attribute).map((c) => c.value))].sort();

describe('encryption at rest: scopes', () => {
  const en = dev('encryption-scopes-en.md');
  const pl = dev('szyfrowanie-zakresy-pl.md');
  const cases: Array<[Claim[], string, string[]]> = [
    // An apposition after "all data" lists what "all" is.
    [en, 'All customer data at rest', ['true:backups', 'true:database', 'true:files']],
    [pl, 'Wszystkie dane klientów w spoczynku', ['true:backups', 'true:database', 'true:files']],
    // Volumes that hold a database are the database; "backup files" are backups.
    [en, 'Our managed MySQL volumes', ['true:backups', 'true:database']],
    // Disks alone are disks.
    [en, 'The application servers use full-disk', ['true:disks']],
    [pl, 'Dyski serwerów szyfrujemy', ['true:disks']],
    // PL "na dysku" says where the data lies, not that disks are a scope of their own.
    [pl, 'Baza danych i pliki', ['true:database', 'true:files']],
    [pl, 'Dane w bazie i załączniki', ['true:database', 'true:files']],
    // "Bazy danych klientów" is no "dane klientów": database and backups, not all.
    [pl, 'Bazy danych klientów', ['true:backups', 'true:database']],
    // Look-alikes: an export handed out as an encrypted file, a vault of secrets.
    [en, 'Exports can be downloaded', []],
    [en, 'Integration secrets are kept', []],
  ];
  for (const [claims, quote, want] of cases) it(`${quote}: ${want.join(', ') || 'none'}`, () => expect(quoted(claims, 'encryption.at_rest', quote)).toEqual(want));
  it('a disk named with the word "on" only says where data lies', () => {
    expect(quoted(claimsOf('Attachments are encrypted on disk with AES-256.').claims, 'encryption.at_rest', 'Attachments')).toEqual(['true:files']);
  });
  it.each([
    // Brackets after "everything" may hold examples: "all" stays.
    ['Everything we store (the database, uploaded files and backups) is encrypted at rest.', ['true:all']],
    // Data on disks, named before the verb, is the disks' scope.
    ['Dane na dyskach i w kopiach zapasowych są szyfrowane algorytmem AES-256.', ['true:backups', 'true:disks']],
    ['The disks of our database servers are encrypted with AES-256, and so are the backup files.', ['true:backups', 'true:database']],
  ])('%s', (text, want) => expect(quoted(claimsOf(text).claims, 'encryption.at_rest', '')).toEqual(want));
});

describe('pentest: denials, a booked test, findings of a test', () => {
  const en = dev('pentest-denials-en.md');
  const pl = dev('testy-penetracyjne-pl.md');
  const cases: Array<[Claim[], string, string[]]> = [
    [en, 'We have not commissioned', ['false']],
    [pl, 'Dotąd nie zlecaliśmy', ['false']],
    [pl, 'Aplikacja nie była jeszcze', ['false']],
    // Booked, not done: nothing yet.
    [en, 'We have booked', []],
    [pl, 'Zleciliśmy zewnętrzny test', []],
    // A test that found nothing is still a test.
    [en, 'Penetration testing of the mobile app', ['true']],
    [pl, 'W naszej drugiej usłudze', ['true']],
  ];
  for (const [claims, quote, want] of cases) it(`${quote}: ${want.join(', ') || 'none'}`, () => expect(quoted(claims, 'pentest', quote)).toEqual(want));
  it.each([
    ['The platform has not undergone an independent penetration test yet.', [false]],
    ['We did not run a penetration test in 2025.', [false]],
    ['An external penetration test is carried out every year by an accredited firm.', [true]],
    ['We have had no critical findings in any of our yearly penetration tests.', [true]],
  ])('%s', (text, want) => expect(valuesOf(text, 'pentest')).toEqual(want));
});

describe('sub-processors: pages split by category, brands and their owners', () => {
  it('EN: rows under category headings, the product of "Twilio SendGrid", the brand before its owner', () => {
    const claims = dev('subprocessors-by-category-en.md');
    expect([...new Set(claims.filter((c) => c.attribute === 'subprocessor').map((c) => c.value))].sort()).toEqual(['bunny-way', 'help-scout', 'postmark', 'sendgrid']);
    expect(claims.filter((c) => c.attribute === 'hosting.provider').map((c) => c.value)).toEqual(['hetzner']);
  });
  it('PL: rows under category headings ("Do czego jej potrzebujemy"); firms that see no service data are none', () => {
    const claims = dev('podprzetwarzajacy-kategorie-pl.md');
    expect([...new Set(claims.filter((c) => c.attribute === 'subprocessor').map((c) => c.value))].sort()).toEqual(['beyond', 'link-mobility-poland', 'sendgrid']);
  });
  it("a provider's row whose place cell lists several countries takes each role from its purpose cell", () => {
    const text = '# Sub-processors\n\n| Company | Purpose | Location |\n|---|---|---|\n| DigitalOcean, LLC | Hosting of our virtual servers (Frankfurt, FRA1); nightly backups in Amsterdam (AMS3) | Germany, Netherlands |\n| Microsoft Ireland Operations Ltd | Hosting (Azure) | Ireland, Netherlands |\n';
    const places = claimsOf(text).claims.filter((c) => c.attribute === 'hosting.location').map((c) => `${c.value}:${c.qualifiers.role}`);
    expect(places.sort()).toEqual(['DE:production', 'NL:backup']);
  });
  it.each([
    ['Our only other provider is Postmark (ActiveCampaign), which sends notification e-mails.', ['postmark']],
    ['Sub-processors: Microsoft (hosting), SendGrid (Twilio) for e-mail and Intercom for chat.', ['intercom', 'sendgrid']],
    ['Our accountants, our CRM (HubSpot) and our office IT provider process only data about our own staff.', []],
    ['Biuro rachunkowe i dostawca CRM (HubSpot) przetwarzają wyłącznie dane naszej firmy.', []],
    ['We use HubSpot as our CRM provider for customer contacts.', ['hubspot']],
  ])('%s', (text, want) => expect(valuesOf(text, 'subprocessor')).toEqual(want));
});

describe('hosting: roles when one sentence names both, own server rooms', () => {
  const places = (text: string) => [...new Set(claimsOf(text).claims.filter((c) => c.attribute === 'hosting.location').map((c) => `${c.value}:${c.qualifiers.role}`))].sort();
  const providers = (text: string) => [...new Set(claimsOf(text).claims.filter((c) => c.attribute === 'hosting.provider').map((c) => c.value))].sort();
  it.each([
    // Backups included in what a place holds: production, and the backups too (not backups only).
    ['Every record, backups included, is stored in our Google Cloud project in Belgium.', ['BE:backup', 'BE:production']],
    ['All customer data, including backups, is kept in Microsoft Azure in the Netherlands.', ['NL:backup', 'NL:production']],
    ['Wszystkie dane, w tym kopie zapasowe, przechowujemy w Polsce.', ['PL:backup', 'PL:production']],
    // Backups with a place of their own still have it.
    ['The application is hosted in Ireland and backups are copied to Germany.', ['DE:backup', 'IE:production']],
    // A service said to run there keeps production under a backups heading.
    ['# Backups and recovery\n\nThe platform runs on Amazon Web Services in the Europe (Stockholm) region, eu-north-1, across three availability zones.', ['SE:production']],
    // A questionnaire's question names the role of the place its answer gives.
    ['| ID | Question | Answer | Comment |\n|---|---|---|---|\n| H-2 | Where are backups stored? | Oracle Cloud Infrastructure | UK West (Newport) region. |', ['GB:backup']],
    // A server room at the company's seat is where the service runs (PL "w siedzibie" is otherwise a registered office).
    ['System działa na serwerach Spółki, w serwerowni w siedzibie firmy w Opolu.', ['PL:production']],
    // Look-alike: an office is no hosting place.
    ['Our head office is in Warsaw.', []],
    ['Siedziba spółki mieści się w Gliwicach.', []],
  ])('%s', (text, want) => expect(places(text)).toEqual(want));
  it.each([
    ['System działa na serwerach Spółki, w serwerowni w siedzibie firmy w Opolu.', ['on-premises']],
    ['Aplikacja działa we własnej serwerowni w naszej siedzibie.', ['on-premises']],
    ['Our servers sit in leased racks at a colocation centre in Leeds.', ['on-premises']],
    ['The service runs in a server room at our office in Leeds.', ['on-premises']],
    // Look-alike: another company's data centre, our servers named only as the service's.
    ['Usługa jest utrzymywana na serwerach Usługodawcy w centrum danych w Warszawie.', []],
  ])('%s', (text, want) => expect(providers(text)).toEqual(want));
});
