/**
 * Residue classes seen while reading real drafts, templates, saved web pages and exports (round 7;
 * our own sentences, invented vendors): blanks the writer left as an ellipsis before a unit
 * ("przez okres …. lat"), a filled document-control block with one field left as a line, snake
 * case and option-list slots in brackets, template instructions in brackets and Title-Case slots
 * in angle brackets, editors' notes wrapped over a hard line break, @-mentions set off by a dash,
 * notes to the editor in angle brackets, stray bold markers left by a converter, forum/CMS tags,
 * spreadsheet escapes, and an open questionnaire with one question left blank. Beside each class
 * its look-alikes, which must stay quiet: prose ellipses and ranges, legal "[…]" omissions, blank
 * forms and signature blocks, answer options in a questionnaire's instructions, version schemes,
 * footnote asterisks, paths and array indexes in brackets, obfuscated e-mail addresses of saved
 * pages, a questionnaire nobody has answered yet.
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
}
type Fires = Case & { kind: string; excerpt: string };

const findings = (c: Case) => checkDocument(makeDoc(c.text, { format: c.format ?? 'txt', lang: c.lang }), { now: new Date('2026-11-23T00:00:00Z') });

const fires: Fires[] = [
  // A number the writer meant to fill in later, left as an ellipsis before its unit.
  { text: 'Korespondencję z klientem przechowujemy przez okres …. lat od zakończenia umowy.', lang: 'pl', kind: 'placeholder', excerpt: '….' },
  { text: 'Logi systemowe są przechowywane przez ... miesięcy.', lang: 'pl', kind: 'placeholder', excerpt: '...' },
  { text: 'Audit records are kept for … days after the contract ends.', lang: 'en', kind: 'placeholder', excerpt: '…' },
  { text: '| Support tickets | 2 years | Invoices | .... years |', format: 'md', lang: 'en', kind: 'placeholder', excerpt: '....' },
  // One field of a filled document-control block left as a line.
  {
    text: 'Information Security Policy\n\nDocument owner: Head of IT\n\nVersion: 3.0\n\nLast reviewed: 4 May 2026\n\nApproved by: ______________________\n\n1. Purpose\n\nThis policy protects customer data.',
    lang: 'en',
    kind: 'placeholder',
    excerpt: 'Approved by: ______________________',
  },
  {
    text: 'Polityka bezpieczeństwa informacji\n\nWłaściciel dokumentu: Dyrektor IT\n\nWersja: 2.1\n\nData przeglądu: 12.03.2026\n\nZatwierdził: ……………………\n\n1. Cel\n\nPolityka chroni dane klientów.',
    lang: 'pl',
    kind: 'placeholder',
    excerpt: 'Zatwierdził: ……………………',
  },
  // Template slots: snake case in square brackets, a list of options to choose from.
  { text: 'Umowę zawiera Spółka z siedzibą w Łodzi ([kod_pocztowy]).', lang: 'pl', kind: 'placeholder', excerpt: '[kod_pocztowy]' },
  { text: 'The processor is registered at [registered_office].', lang: 'en', kind: 'placeholder', excerpt: '[registered_office]' },
  { text: 'Review cycle: [Monthly / Quarterly / Annual]', lang: 'en', kind: 'placeholder', excerpt: '[Monthly / Quarterly / Annual]' },
  { text: 'Classification: [Internal/Confidential/Restricted]', lang: 'en', kind: 'placeholder', excerpt: '[Internal/Confidential/Restricted]' },
  // Instructions of a template in brackets, slots in angle brackets.
  { text: '[List every sub-processor that receives customer data and its country.]', lang: 'en', kind: 'placeholder', excerpt: '[List every sub-processor' },
  { text: '[Identify the regions where backups are kept.] Backups are encrypted.', lang: 'en', kind: 'placeholder', excerpt: '[Identify the regions' },
  { text: 'Kopie zapasowe są przechowywane w [wskaż lokalizację centrum zapasowego].', lang: 'pl', kind: 'placeholder', excerpt: '[wskaż lokalizację' },
  { text: 'Policy ID: <Policy ID>, owned by <Approver Name and Title>.', lang: 'en', kind: 'placeholder', excerpt: '<Policy ID>' },
  // Editors' notes: wrapped over a hard line break, an @-mention set off by a dash, a note in angle brackets.
  {
    text: '4.3 Weekly snapshots are kept for 10 weeks. [NB: check\nthe 10-week figure with the platform team first - AK]\n4.4 Monthly snapshots are kept a year.',
    lang: 'en',
    kind: 'editorial-note',
    excerpt: '[NB: check\nthe 10-week figure',
  },
  {
    text: 'Dane są usuwane po 30 dniach [sprawdzić z działem\nprawnym, czy nie 60] od rozwiązania umowy.',
    lang: 'pl',
    kind: 'editorial-note',
    excerpt: '[sprawdzić z działem\nprawnym',
  },
  { text: '@Marta – can we name the region here, or is that too much detail?', lang: 'en', kind: 'editorial-note', excerpt: '@Marta – can we name' },
  { text: 'Failover was tested in June. <Editor: please check the month with ops before we publish>', lang: 'en', kind: 'editorial-note', excerpt: '<Editor: please check' },
  // A markup balloon a pdf or text export put inside the sentence it marks.
  { text: 'Dane usuwamy w terminie 14 dni Usunięto: 30 od dnia rozwiązania umowy.', lang: 'pl', kind: 'editorial-note', excerpt: 'Usunięto: 30' },
  { text: 'Data is removed within 14 days Deleted: 30 of the end of the contract.', lang: 'en', kind: 'editorial-note', excerpt: 'Deleted: 30' },
  // Markup a converter left behind: a closing bold marker alone, forum/CMS tags, spreadsheet escapes.
  { text: '§ 1. Dostępność Usługi**\n\nUsługa jest dostępna przez 99,8% czasu.', format: 'docx', lang: 'pl', kind: 'markup-residue', excerpt: '**' },
  { text: '1. GENERAL INFORMATION\n\n**\n\nThese terms govern the use of the app.', format: 'html', lang: 'en', kind: 'markup-residue', excerpt: '**' },
  { text: 'Data is [b]encrypted at rest[/b] with AES-256.', format: 'html', lang: 'en', kind: 'markup-residue', excerpt: '[b]encrypted at rest[/b]' },
  { text: '[srodtytul]Kopie zapasowe[/srodtytul] Kopie wykonujemy codziennie.', format: 'docx', lang: 'pl', kind: 'markup-residue', excerpt: '[srodtytul]Kopie zapasowe[/srodtytul]' },
  { text: 'Backups run nightly._x000D_\nThey are kept for 30 days.', format: 'txt', lang: 'en', kind: 'markup-residue', excerpt: '_x000D_' },
];

const quiet: Case[] = [
  // Ellipses in prose and ranges, legal omissions, a TOC.
  { text: 'We waited… days went by before the supplier answered.', lang: 'en' },
  { text: 'Retention can be set from 1 … 90 days in the settings.', lang: 'en' },
  { text: 'The court held that […] days of delay were unreasonable.', lang: 'en' },
  { text: 'Sąd uznał, że (…) dni opóźnienia to za długo.', lang: 'pl' },
  { text: 'Backups are kept for 30 days... and then deleted.', lang: 'en' },
  // A blank form and a signature block.
  { text: 'Access request form\n\nName: ______________\n\nDepartment: ______________\n\nApproved by: ______________\n\nDate: ______________', lang: 'en' },
  { text: 'For the Customer\n\nName: Jane Doe\n\nPosition: Director\n\nSignature: ____________\n\nDate: ____________', lang: 'en' },
  { text: 'Za Usługodawcę\n\nImię i nazwisko: Jan Nowak\n\nStanowisko: Prezes Zarządu\n\nPodpis: ……………………\n\nData: ……………………', lang: 'pl' },
  // Answer options in a questionnaire's instructions, version schemes, references, paths, code.
  { text: 'Answer each question with [Yes/No/N/A] and add a comment where needed.', lang: 'en' },
  { text: 'Odpowiedz [Tak / Nie / Nie dotyczy] przy każdym pytaniu.', lang: 'pl' },
  { text: 'A major revision moves the version to X.0, a minor one to X.X (1.0 → 1.1).', lang: 'en' },
  { text: 'We support TCP/IP and [HTTP/2] only.', lang: 'en' },
  { text: 'The API returns data[user_id] and data[tenant_id] for each row.', lang: 'en' },
  { text: 'See [the_guide][1] for details.', format: 'md', lang: 'en' },
  { text: 'See the [List of Sub-processors](https://example.com/subprocessors).', format: 'md', lang: 'en' },
  { text: 'Put the page name in the <title> element of the export.', lang: 'en' },
  // An @-handle, a note to customers, footnote asterisks, a bracketed path.
  { text: 'Follow @Acme – our updates channel – for status news.', lang: 'en' },
  { text: '4.2 Deleted: the legacy export endpoint was removed.', lang: 'en' },
  { text: 'Prices for the Enterprise plan**\n\n** Billed annually.', format: 'docx', lang: 'en' },
  { text: 'Open the admin page [/admin] and choose Export.', format: 'html', lang: 'en' },
  { text: 'Contact: [email protected]', format: 'html', lang: 'en' },
  { text: 'E-mail: [email protected]', format: 'html', lang: 'pl' },
];

describe('round 7 residue classes fire', () => {
  itFires(fires, findings);
});

describe('round 7 look-alikes stay quiet', () => {
  const residue = new Set(['placeholder', 'editorial-note', 'markup-residue']);
  for (const c of quiet) {
    it(JSON.stringify(c.text.slice(0, 70)), () => {
      const got = findings(c).filter((f) => residue.has(f.kind));
      expect(got.map((f) => `${f.rule}: ${f.excerpt}`)).toEqual([]);
    });
  }
});

const sheet = (rows: string[]) => buildDocument(readCsv(rows.join('\n')), { id: 'q', source: 'q.csv', sha256: 'x', meta: { vendor: 'Acme' } });
const unanswered = (rows: string[]) => checkDocument(sheet(rows), { now: new Date('2026-11-23T00:00:00Z') }).filter((f) => f.rule === 'unanswered-question');

describe('an open questionnaire with one question left blank', () => {
  const header = 'Ref,Question,Response,Notes';
  const answered = [
    '1.1,Where is customer data hosted?,Germany (Frankfurt),Two data centres.',
    '1.2,How often are backups taken?,Daily,',
    '1.3,How long are backups kept?,30 days,Encrypted copies.',
    '1.4,Which TLS versions are accepted?,TLS 1.2 and 1.3,',
    '1.5,How soon are incidents reported?,Within 48 hours,',
  ];
  it('the blank question of a mostly answered sheet is a placeholder', () => {
    const got = unanswered([header, ...answered, '1.6,Do you run intrusion detection?,,']);
    expect(got.map((f) => f.excerpt)).toEqual(['1.6 | Do you run intrusion detection?']);
  });
  it('a sheet nobody has answered yet, and a section label row, raise nothing', () => {
    const blank = answered.map((r) => r.replace(/,[^,]*,[^,]*$/, ',,'));
    expect(unanswered([header, ...blank])).toEqual([]);
    expect(unanswered([header, ...answered, '2,Operations,,'])).toEqual([]);
  });
});
