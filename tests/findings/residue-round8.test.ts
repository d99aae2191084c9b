/**
 * Residue look-alikes seen while reading real sub-processor lists, Polish data processing
 * agreements (umowy powierzenia), retention schedules exported as plain text, contract templates
 * and PDF white papers (round 8; our own sentences, invented vendors). Precision first: brand
 * names written in camel case (with a company suffix, a gloss in brackets, at the head of a
 * table cell, or inflected in Polish), a fixed-width table whose cell wraps onto a line of its
 * own, the parties of a contract joined by a lone "a" / "and" line, a table row of a plain-text
 * schedule that starts with a number, one renamed section (one finding, not two), checkboxes
 * and legal omissions in brackets, and the banner row of a questionnaire sheet. Beside them the
 * residue that must still fire: words glued at a lost line break or before a bracket, a sentence
 * cut before a number, drafting blanks "[●]", a tracked change inside a table cell, a Polish
 * assistant's "Jasne, oto wersja ...:".
 */
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../ingest/readers/csv.ts';
import { checkDocument } from '../../src/findings/engine.ts';
import { buildDocument } from '../../src/model/build.ts';
import type { Format } from '../../src/model/types.ts';
import { makeDoc } from './make-doc.ts';
import { itFires } from './residue-cases.ts';

interface Case {
  text: string;
  format?: Format;
  lang?: string;
  /** Only findings of these kinds count for a quiet case. */
  kinds: string[];
}
type Fires = Omit<Case, 'kinds'> & { kind: string; excerpt: string };

const findings = (c: Omit<Case, 'kinds'>) =>
  checkDocument(makeDoc(c.text, { format: c.format ?? 'txt', lang: c.lang }), { now: new Date('2026-11-23T00:00:00Z') });

const fires: Fires[] = [
  // Words glued where a line break was lost: a sentence start, a bracket without its space.
  { text: 'Production runs in two data centres near ViennaAll backups are copied to a third site.\n\nWe keep all copies for 30 days.', lang: 'en', kind: 'joined-words', excerpt: 'ViennaAll' },
  { text: 'Backups are kept in Lisbon(Portugal) for thirty days.', lang: 'en', kind: 'joined-words', excerpt: 'Lisbon(Portugal)' },
  { text: 'Dane przechowujemy w Wiedniu(Austria), a kopie zapasowe w Grazu.', lang: 'pl', kind: 'joined-words', excerpt: 'Wiedniu(Austria)' },
  // A sentence cut before a number ("within" | "90 days").
  {
    text: 'After the contract ends we delete production data within 30 days, and the monthly backups that still hold it expire within\n\n90 days of that date.\n\nLogs are kept for a year.',
    lang: 'en',
    kind: 'broken-paragraph',
    excerpt: 'expire within',
  },
  {
    text: 'Po zakończeniu umowy usuwamy dane produkcyjne, a kopie zapasowe, które je jeszcze zawierają, wygasają w ciągu\n\n90 dni od tej daty.\n\nLogi przechowujemy rok.',
    lang: 'pl',
    kind: 'broken-paragraph',
    excerpt: 'w ciągu',
  },
  // Drafting blanks of an English-law template, as Word and pdf exports keep them.
  { text: 'This agreement is made between [●] (the "Customer") and the Provider.', lang: 'en', kind: 'placeholder', excerpt: '[●]' },
  { text: 'Administrator z siedzibą w [●], ul. [•], wpisany do rejestru pod numerem [●].', lang: 'pl', kind: 'placeholder', excerpt: '[●]' },
  // A tracked change left in a table cell after a number.
  { text: '| Measure | In place |\n|---|---|\n| Snapshot retention 21 Deleted: 7 days | Yes |', format: 'md', lang: 'en', kind: 'editorial-note', excerpt: 'Deleted: 7' },
  // A Polish assistant's opener before the text it rewrote.
  { text: 'Szyfrowanie\n\nOczywiście, oto wersja akapitu o szyfrowaniu napisana prościej:\n\nWszystkie dane szyfrujemy.', format: 'md', lang: 'pl', kind: 'ai-chat-residue', excerpt: 'Oczywiście, oto wersja' },
  { text: 'Logowanie\n\nPewnie — poniżej propozycja sekcji o logach w bardziej formalnym tonie:\n\nZdarzenia są rejestrowane.', format: 'md', lang: 'pl', kind: 'ai-chat-residue', excerpt: 'Pewnie — poniżej propozycja' },
];

const quiet: Case[] = [
  // Camel-case brand names: with a company suffix, a gloss in brackets, heading a table cell,
  // recurring in an inflected Polish form; hashtags, file names and URLs.
  { text: 'Push messages are sent through PingWave, Inc. Every ping carries a device token; a wave of messages is rate limited.', lang: 'en', kind: 'joined-words' },
  { text: 'In 2024 we added PingWave (push notifications). Each ping is small and no wave of messages holds work orders.', lang: 'en', kind: 'joined-words' },
  { text: '| Sub-processor | Purpose | Location |\n|---|---|---|\n| PingWave | Push notifications | United States |\n\nA ping is sent per job; a wave of pings is throttled.', format: 'md', lang: 'en', kind: 'joined-words' },
  { text: 'Wiadomości e-mail wysyłamy przez MailRelay. Do MailRelaya trafia tylko adres odbiorcy; każdy mail jest szyfrowany, a relay nie przechowuje treści.', lang: 'pl', kind: 'joined-words' },
  { text: 'Follow #DataPrivacy news. The RetentionPolicy.pdf file and https://example.com/TrustCenter describe the data we keep and the policy on retention.', lang: 'en', kind: 'joined-words' },
  // Brackets glued to a word on purpose: plural and gender endings, an abbreviation.
  { text: 'The user(s) named in the order, and the pracownik(ów) list, follow Rozporządzenie(UE) rules.', lang: 'en', kind: 'joined-words' },
  // A fixed-width table of a plain-text retention schedule whose first cell wraps.
  {
    text: 'RETENTION POLICY\n\nPURPOSE\n\nThis policy explains how long we keep the records that customers store in the maintenance application, how they can take a copy with them and when each kind of record is deleted.\n\nSCHEDULE\n\nData category              During the contract      After it ends\n-------------------------  -----------------------  ------------------------\nAccount data               life of the account      deleted within 30 days\nWork orders, assets,       life of the account      deleted within 30 days\nforms, meter readings\nBackups                    35 days rolling          expire by day 80\n\nBACKUPS\n\nBackups are taken every night and kept for thirty-five days in a second region of the same provider, encrypted with keys that only the operations team can use.\n',
    lang: 'en',
    kinds: ['broken-paragraph'],
  },
  {
    text: 'POLITYKA PRZECHOWYWANIA\n\nCEL\n\nPolityka opisuje, jak długo przechowujemy dane, które klienci zapisują w aplikacji do utrzymania ruchu, jak mogą je wyeksportować i kiedy każdy rodzaj danych jest usuwany po zakończeniu umowy.\n\nOKRESY\n\nKategoria danych           W trakcie umowy          Po zakończeniu\n-------------------------  -----------------------  ------------------------\nKonta użytkowników         przez czas umowy         usuwane w ciągu 30 dni\nZlecenia, urządzenia,      przez czas umowy         usuwane w ciągu 30 dni\nprotokoły i zdjęcia\nKopie zapasowe             35 dni                   wygasają do 80. dnia\n\nKOPIE ZAPASOWE\n\nKopie zapasowe wykonujemy co noc i przechowujemy przez trzydzieści pięć dni w drugim regionie tego samego dostawcy, zaszyfrowane kluczami dostępnymi tylko zespołowi utrzymania.\n',
    lang: 'pl',
    kinds: ['broken-paragraph'],
  },
  // The parties of a contract, joined by a line of their own.
  {
    text: 'UMOWA POWIERZENIA PRZETWARZANIA DANYCH OSOBOWYCH\n\nzawarta w Krakowie pomiędzy:\n\nSpółką Przykładową z siedzibą w Krakowie, zwaną dalej „Administratorem”,\n\na\n\nSerwisex Sp. z o.o. z siedzibą w Gdańsku, zwaną dalej „Podmiotem przetwarzającym”.\n\n§ 1. Przedmiot umowy\n\nAdministrator powierza przetwarzanie danych.',
    lang: 'pl',
    kinds: ['broken-paragraph'],
  },
  {
    text: 'DATA PROCESSING AGREEMENT\n\nThis agreement is made between:\n\nExample Holdings Ltd, a company registered in England (the "Controller"), and\n\nFixwell Software Ltd, a company registered in Scotland (the "Processor").\n\n1. Scope\n\nThe Processor processes personal data for the Controller.',
    lang: 'en',
    kinds: ['broken-paragraph'],
  },
  // Checkboxes, legal omissions and references in brackets.
  { text: 'Backups encrypted: [ ] No [x] Yes. The auditor wrote that "[...] the controls operate" and cited [1].', lang: 'en', kinds: ['placeholder'] },
  // A count of deletions in a sentence of its own.
  { text: '4.2 Deleted: the legacy export endpoint was removed in 2025.', lang: 'en', kinds: ['editorial-note'] },
  // A release note and an FAQ answer that start with "Oto".
  { text: 'Oto wersja 3.1 aplikacji mobilnej: poprawki logowania.\n\nTak, oto lista podprocesorów:\n\n- Hosting', format: 'md', lang: 'pl', kinds: ['ai-chat-residue'] },
].map((c) => ('kind' in c ? { ...c, kinds: [c.kind as string] } : c) as Case);

describe('round 8 residue fires', () => {
  itFires(fires, findings);
});

describe('round 8 look-alikes stay quiet', () => {
  for (const c of quiet) {
    it(`${c.kinds.join(',')}: ${JSON.stringify(c.text.slice(0, 60))}`, () => {
      const got = findings(c).filter((f) => c.kinds.includes(f.kind));
      expect(got.map((f) => `${f.rule}: ${f.excerpt}`)).toEqual([]);
    });
  }
});

describe('table of contents of a plain-text schedule', () => {
  const schedule = [
    'SCHEDULE 2 - SUPPORT',
    '',
    'CONTENTS',
    '1  Definitions ........................ 1',
    '2  Support hours ...................... 1',
    '3  Response times ..................... 2',
    '4  Escalation ......................... 2',
    '',
    '1  DEFINITIONS',
    '',
    '1.1  "Business Day" means a weekday other than a public holiday in England, and "Ticket" means a request for help raised through the support portal, by e-mail to the service desk or by telephone to the duty line.',
    '',
    '2  SUPPORT HOURS',
    '',
    '2.1  Support is available on Business Days from 08:00 to 18:00 UK time by portal, e-mail and telephone, and at any time by telephone for Priority 1 tickets that stop work across a whole site.',
    '',
    '3  RESPONSE TIMES',
    '',
    '   Priority     First response     Resolution target',
    '   1            1 hour             8 hours',
    '   2            4 hours            2 Business Days',
    '   3            1 Business Day     5 Business Days',
    '   4            2 Business Days    next release',
    '',
    '3.1  Response and resolution targets are targets, not guarantees, and missing them does not by itself give rise to service credits or to a right to terminate.',
    '',
  ];
  const toc = (lines: string[]) => findings({ text: lines.join('\n'), lang: 'en' }).filter((f) => f.kind === 'toc-mismatch');
  it('rows of a fixed-width table are no headings the contents left out', () => {
    expect(toc([...schedule, '4  ESCALATION', '', '4.1  Unresolved tickets go to the service manager.']).map((f) => f.excerpt)).toEqual([]);
  });
  it('a section renamed in the body is one finding, on the contents entry', () => {
    const got = toc([...schedule, '4  SERVICE REVIEWS', '', '4.1  The parties meet every quarter.']);
    expect(got.map((f) => `${f.rule}: ${f.excerpt}`)).toEqual(['toc-missing-heading: 4  Escalation']);
  });
});

describe('front matter, appendices and a list of figures around the contents', () => {
  // Roman page numbers for the foreword, appendix entries, a list of figures after the contents,
  // and a sentence that goes on after its bullet list.
  const paper = [
    'ACME FIELD SERVICES',
    'SECURITY WHITE PAPER',
    '',
    'Table of Contents',
    'Foreword ........................................ iii',
    '1. Introduction .................................. 1',
    '2. Hosting and data location ..................... 2',
    '3. Encryption .................................... 3',
    '4. Backups ....................................... 4',
    'Appendix A – Sub-processors ...................... 9',
    'Appendix B – Glossary ............................ 10',
    '',
    'List of Figures',
    'Figure 1 Network overview ........................ 2',
    'Figure 2 Backup flow ............................. 4',
    '',
    'Foreword',
    '',
    'This paper describes how the maintenance platform protects the records that customers keep in it, for security reviewers and procurement teams.',
    '',
    '1. Introduction',
    '',
    'The platform is a hosted maintenance system used by facility teams in twelve countries; this paper covers the production service only.',
    '',
    '2. Hosting and data location',
    '',
    'Customer data is hosted in two data centres in Frankfurt operated by our cloud provider; no customer data is stored outside the European Union.',
    '',
    'Figure 1 Network overview',
    '',
    '3. Encryption',
    '',
    'Data is encrypted at rest with AES-256 and in transit with TLS 1.2 or later; keys are kept in the provider\'s key management service.',
    '',
    'We encrypt three kinds of data:',
    '',
    '- database records',
    '- uploaded photos and documents',
    '- backups and their copies',
    '',
    'which together hold everything a customer stores in the platform.',
    '',
    '4. Backups',
    '',
    'Backups are taken every night and kept for thirty days in a second region of the same provider, encrypted with the same keys.',
    '',
    'Figure 2 Backup flow',
    '',
    'Appendix A – Sub-processors',
    '',
    'The cloud provider hosts the service; an e-mail provider sends notifications.',
    '',
    'Appendix B – Glossary',
    '',
    'Backup: a copy of customer data kept to restore the service after a failure.',
  ];
  const structure = (lines: string[]) =>
    findings({ text: lines.join('\n'), lang: 'en' }).filter((f) => f.kind === 'toc-mismatch' || f.kind === 'broken-paragraph');
  it('stay quiet', () => {
    expect(structure(paper).map((f) => `${f.rule}: ${f.excerpt}`)).toEqual([]);
  });
  it('a renamed section and a list item cut after "and" still fire', () => {
    const edited = paper.map((l) => (l === '4. Backups' ? '4. Backup and restore' : l === '- backups and their copies' ? '- backups and their copies, and' : l));
    expect(structure(edited).map((f) => f.rule).sort()).toEqual(['split-across-paragraph', 'toc-missing-heading']);
  });
});

const sheet = (rows: string[]) => buildDocument(readCsv(rows.join('\n')), { id: 'q', source: 'q.csv', sha256: 'x', meta: { vendor: 'Acme' } });

describe('the banner row of a questionnaire sheet', () => {
  it('a title line in the question column of an id-numbered sheet is no unanswered question', () => {
    const rows = [
      'Ref;Area;Question;Response;Comments',
      ';;"Supplier security questionnaire, completed by the account team on 3 March 2026.";;',
      '1.1;Hosting;Where is customer data hosted?;Germany;Frankfurt region.',
      '1.2;Backups;Are backups encrypted?;Yes;AES-256.',
      '1.3;Access;Is MFA enforced for staff?;Yes;',
      '1.4;Logging;Are audit logs kept?;Yes;One year.',
      '1.5;Testing;Is there an annual penetration test?;;',
    ];
    const got = checkDocument(sheet(rows), { now: new Date('2026-11-23T00:00:00Z') }).filter((f) => f.kind === 'placeholder');
    expect(got.map((f) => f.excerpt)).toEqual(['1.5 | Testing | Is there an annual penetration test?']);
  });
});
