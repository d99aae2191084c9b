/**
 * Second generalization round, sentences written for these tests (EN and PL): contract number
 * forms, text exports broken mid-sentence, "a further N days", report types, far denials,
 * elliptical clauses, dumps as backups, questionnaire answers (counts, several sentences in a
 * cell, labelled lists), glued questions, editor notes, provider spellings, region display.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectClaim, expectNoClaim, expectQuotesExact } from './helpers.ts';
import { documentFromText } from '../../src/model/from-text.ts';
import { extractClaims } from '../../src/claims/extract.ts';
import { formatQualifier } from '../../src/claims/format.ts';
import type { Claim } from '../../src/claims/types.ts';

const of = (claims: Claim[], attribute: string) => claims.filter((c) => c.attribute === attribute);
const txt = (text: string) => {
  const doc = documentFromText(text, { format: 'txt', meta: { vendor: 'Acme' } });
  return { doc, claims: extractClaims(doc) };
};

describe('numbers written twice, in words and digits', () => {
  it('en: "fourteen (14) days", "two (2) years", "one (1) hour"', () => {
    const { claims } = claimsOf(
      '# Terms\n\nThe Provider keeps audit logs for two (2) years. Accounts are suspended after five (5) failed sign-in attempts for one (1) hour. The Provider gives at least sixty (60) days\' notice before changing its hosting provider.\n',
    );
    expectClaim(claims, { attribute: 'logging.retention', value: 'P2Y' });
    expectClaim(claims, { attribute: 'auth.lockout.attempts', value: 5 });
    expectClaim(claims, { attribute: 'auth.lockout.duration', value: 'PT1H' });
    expectClaim(claims, { attribute: 'hosting.change_notice', value: 'P60D' });
  });

  it('pl: "czternaście (14) dni"', () => {
    const { claims } = claimsOf('# Warunki\n\nKopie zapasowe przechowujemy przez czternaście (14) dni.\n');
    expectClaim(claims, { attribute: 'backup.retention', value: 'P14D' });
  });
});

describe('plain-text lines broken inside a sentence', () => {
  it('en: a line that opens with "(12) hours" continues the sentence before it', () => {
    const { doc, claims } = txt(
      '4. Backups\n\n4.1 The operator shall take incremental backups of all customer databases and files every eight\n(8) hours and shall keep such backups for a period not exceeding\nforty-five (45) days.\n',
    );
    expectClaim(claims, { attribute: 'backup.frequency', value: 'PT8H', qualifiers: { type: 'incremental' } });
    expectClaim(claims, { attribute: 'backup.retention', value: 'P45D' });
    expectQuotesExact(doc, claims);
  });
});

describe('a further length adds to the one before it', () => {
  it('en: export for 14 days, then deletion within a further 30 days is 44 days', () => {
    const { claims } = claimsOf('# Exit\n\nAfter termination the customer can download its data for 14 days, and we then delete all data within a further 30 days.\n');
    expectClaim(claims, { attribute: 'deletion.after_termination', value: 'P44D' });
  });

  it('en: production and backups each get their own bound', () => {
    const { claims } = claimsOf('# Exit\n\nWe delete customer data from production within 20 days of termination, and from backups within a further 40 days.\n');
    expectClaim(claims, { attribute: 'deletion.after_termination', value: 'P20D', qualifiers: { scope: 'production' } });
    expectClaim(claims, { attribute: 'deletion.after_termination', value: 'P60D', qualifiers: { scope: 'backups' } });
  });

  it('pl: "przez kolejne 60 dni" adds to the first length', () => {
    const { claims } = claimsOf('# Zakończenie\n\nPo rozwiązaniu umowy dane są dostępne do pobrania przez 30 dni, a następnie usuwamy je w ciągu kolejnych 60 dni.\n');
    expectClaim(claims, { attribute: 'deletion.after_termination', value: 'P90D' });
  });
});

describe('report types and certificates in one cell', () => {
  it('SOC 1 Type II and SOC 2 Type I keep their types', () => {
    const { claims } = claimsOf('# Assurance\n\nWe hold a SOC 1 Type II report and a SOC 2 Type I report.\n');
    expectClaim(claims, { attribute: 'cert.vendor', value: 'soc1', qualifiers: { type: '2' } });
    expectClaim(claims, { attribute: 'cert.vendor', value: 'soc2', qualifiers: { type: '1' } });
  });

  it('pl: the vendor sentence and the provider sentence of one answer are told apart', () => {
    const { claims } = claimsOf(
      '# Ankieta\n\n| Pytanie | Odpowiedź |\n|---|---|\n| Jakie macie certyfikaty? | Firma posiada raport SOC 2 typu II. Microsoft Azure posiada m.in. ISO 27001 i SOC 2. |\n',
    );
    expectClaim(claims, { attribute: 'cert.vendor', value: 'soc2', qualifiers: { type: '2' } });
    expectClaim(claims, { attribute: 'cert.infrastructure', value: 'iso27001', qualifiers: { holder: 'azure' } });
    expect(of(claims, 'cert.vendor').map((c) => c.value)).toEqual(['soc2']);
  });
});

describe('denials and elliptical clauses', () => {
  it('en: "will not use any tool that lets staff log in as a customer" denies impersonation', () => {
    const { claims } = claimsOf('# Access\n\nWe will not use any tool that lets engineers log in as a customer.\n');
    expectClaim(claims, { attribute: 'access.impersonation', value: false });
  });

  it('pl: "nie stosujemy żadnych narzędzi ... logować się jako użytkownik" denies it', () => {
    const { claims } = claimsOf('# Dostęp\n\nNie stosujemy żadnych narzędzi, które pozwalają pracownikom logować się jako użytkownik.\n');
    expectClaim(claims, { attribute: 'access.impersonation', value: false });
  });

  it('en: "; for customers it is optional" is MFA offered to customers', () => {
    const { claims } = claimsOf('# Sign-in\n\nTwo-factor authentication is required for all employees; for customer users it is available as an option.\n');
    expectClaim(claims, { attribute: 'auth.mfa', value: true, qualifiers: { for: 'customers' } });
    expectClaim(claims, { attribute: 'auth.mfa', value: true, qualifiers: { for: 'staff' } });
  });

  it('TLS: of "1.3; 1.2 is accepted" the lowest version is the minimum', () => {
    const { claims } = claimsOf('# Transport\n\nConnections use TLS 1.3; TLS 1.2 is still accepted for legacy devices.\n');
    expect(of(claims, 'encryption.tls.min_version').map((c) => c.value)).toEqual(['1.2']);
    const pl = claimsOf('# Transmisja\n\nRuch jest szyfrowany protokołem TLS, co najmniej w wersji 1.2.\n').claims;
    expectClaim(pl, { attribute: 'encryption.tls.min_version', value: '1.2' });
  });
});

describe('wording families', () => {
  it('en: dumps are backups; "every night" types a retention; storage sentences name kinds', () => {
    const { claims } = claimsOf(
      '# Backups\n\nA full SQL dump is taken every night and retained for 10 days. Weekly dumps are stored in Dublin, Ireland.\n',
    );
    expectClaim(claims, { attribute: 'backup.frequency', value: 'P1D', qualifiers: { type: 'full' } });
    expectClaim(claims, { attribute: 'backup.retention', value: 'P10D', qualifiers: { type: 'daily' } });
    expectClaim(claims, { attribute: 'hosting.location', value: 'IE', qualifiers: { role: 'backup' } });
    expect(of(claims, 'backup.frequency').map((c) => c.value)).toEqual(['P1D']);
  });

  it('en: belongs to you, pauses after wrong passwords, once a quarter, ethical hackers', () => {
    const { claims } = claimsOf(
      '# Trust\n\nEverything you upload belongs to you. Four wrong passwords in a row and the login pauses for 20 minutes. Access rights are reviewed once a quarter. Ethical hackers probe the product twice a year. Every build is checked for vulnerable dependencies.\n',
    );
    expectClaim(claims, { attribute: 'auth.lockout.attempts', value: 4 });
    expectClaim(claims, { attribute: 'auth.lockout.duration', value: 'PT20M' });
    expectClaim(claims, { attribute: 'access.review', value: 'P3M' });
    expectClaim(claims, { attribute: 'pentest', value: true, qualifiers: { frequency: 'P6M' } });
    expectClaim(claims, { attribute: 'sdlc.dependency_scanning', value: true });
  });

  it('pl: pronoun retention under a backup heading, point in time, session takeover, incident to "Państwa"', () => {
    const { claims } = claimsOf(
      '# Przegląd\n\n## Kopie zapasowe\n\nKopię bazy robimy co noc. Przechowujemy je przez trzy tygodnie. Odtworzenie danych z dowolnego punktu w czasie w ciągu ostatnich 48 godzin jest możliwe.\n\n## Dostęp\n\nNasz zespół może przejąć sesję użytkownika bez znajomości jego hasła.\n\n## Incydenty\n\nO incydencie, który dotyczy Państwa danych, informujemy w ciągu 36 godzin.\n',
    );
    expectClaim(claims, { attribute: 'backup.retention', value: 'P3W' });
    expectClaim(claims, { attribute: 'backup.point_in_time_restore', value: true });
    expectClaim(claims, { attribute: 'backup.retention', value: 'PT48H', qualifiers: { type: 'point-in-time' } });
    expectClaim(claims, { attribute: 'access.impersonation', value: true, qualifiers: { password: false } });
    expectClaim(claims, { attribute: 'incident.notification', value: 'PT36H' });
  });

  it('production plants are no hosting location', () => {
    expectNoClaim(claimsOf('# O nas\n\nZ systemu korzysta sto zakładów produkcyjnych w Czechach.\n').claims, 'hosting.location');
    expectNoClaim(claimsOf('# About\n\nOver 300 production sites in Germany plan their maintenance with it.\n').claims, 'hosting.location');
  });
});

describe('questions state nothing; answers do', () => {
  it('a question heading or sentence gives no claim, and a questionnaire claim quotes only the answer', () => {
    const faq = claimsOf('# FAQ\n\n## How soon are customers told about a breach?\n\n## Jak szybko klienci dowiedzą się o wycieku?\n').claims;
    expect(faq).toEqual([]);
    const { doc, claims } = claimsOf(
      '# Questionnaire\n\n| Question | Answer |\n|---|---|\n| How soon are customers told about a breach? | Within 3 days of confirmation. |\n',
    );
    const inc = of(claims, 'incident.notification');
    expect(inc.map((c) => c.value)).toEqual(['P3D']);
    expect(inc[0].quote).toBe('Within 3 days of confirmation.');
    expectQuotesExact(doc, claims);
  });

  it('pl: a count answers "Ile ...?", and a labelled list names subprocessors', () => {
    const { claims } = claimsOf(
      '# Ankieta\n\n| Pytanie | Odpowiedź |\n|---|---|\n| Ile błędnych prób logowania blokuje konto? | Sześć; blokada trwa 30 minut. |\n\nPodwykonawcy: Pocztex Mail (wysyłka e-maili), Rozmowix (czat na stronie).\n',
    );
    expectClaim(claims, { attribute: 'auth.lockout.attempts', value: 6 });
    expectNoClaim(claims, 'logging.security_events');
    expectClaim(claims, { attribute: 'subprocessor', value: 'pocztex-mail' });
    expectClaim(claims, { attribute: 'subprocessor', value: 'rozmowix' });
  });

  it('a statement glued to a question keeps its part; an editor note states nothing', () => {
    const pl = claimsOf('# Dane\n\nKopie zapasowe trzymamy w regionie w IrlandiiCzy dane opuszczają Unię? Nie.\n\nTODO: sprawdzić, czy kopie miesięczne nadal istnieją.\n').claims;
    expectClaim(pl, { attribute: 'hosting.location', value: 'IE', qualifiers: { role: 'backup' } });
    expectNoClaim(pl, 'backup.frequency');
    const en = claimsOf('# Data\n\nTBD: confirm whether weekly backups still run.\n').claims;
    expectNoClaim(en, 'backup.frequency');
  });
});

describe('provider spellings and regions by city', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['The application is hosted on Amazon Webservices in Frankfurt.', 'aws', 'aws:eu-central-1'],
    ['The application is hosted on Amazon Web-Services in Stockholm, Sweden.', 'aws', 'aws:eu-north-1'],
    ['Customer data is stored in MS Azure in Amsterdam.', 'azure', 'azure:westeurope'],
    ['Production runs on Google Cloud Platform in Warsaw.', 'gcp', 'gcp:europe-central2'],
    ['Our servers run in the Microsoft Azure Cloud in Dublin.', 'azure', 'azure:northeurope'],
    ['Aplikacja jest hostowana w Amazon Webservices we Frankfurcie.', 'aws', 'aws:eu-central-1'],
    ['Dane przechowujemy w chmurze MS Azure w Amsterdamie.', 'azure', 'azure:westeurope'],
  ];
  for (const [text, provider, region] of cases) {
    it(text, () => {
      const { claims } = claimsOf(`# Hosting\n\n${text}\n`);
      expectClaim(claims, { attribute: 'hosting.provider', value: provider });
      expect(of(claims, 'hosting.location').map((c) => c.qualifiers.region)).toContain(region);
    });
  }

  it('regions read with the provider and the place, per locale', () => {
    expect(formatQualifier('region', 'aws:eu-central-1', 'en')).toBe('AWS eu-central-1 (Frankfurt)');
    expect(formatQualifier('region', 'aws:eu-central-1', 'pl')).toBe('AWS eu-central-1 (Frankfurt nad Menem)');
    expect(formatQualifier('region', 'azure:westeurope', 'en')).toBe('Azure West Europe (Amsterdam)');
    expect(formatQualifier('region', 'aws:ap-east-9', 'en')).toBe('AWS ap-east-9');
    expect(formatQualifier('region', 'unknown:x', 'pl')).toBe('unknown:x');
  });
});
