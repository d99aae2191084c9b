/**
 * Round 12: a Yes/No questionnaire row whose answer cell is left blank or holds only a dash, while
 * its comment answers the question ("What is the RTO? | — | Four hours"): the vendor answered in
 * the comment, which is where an open question's answer belongs in a Yes/No form. A row with
 * neither an answer nor a comment (or only dashes in both) is still unanswered. Our own rows,
 * invented vendors, EN and PL, csv and markdown.
 */
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/findings/engine.ts';
import { buildDocument } from '../../src/model/build.ts';
import { readCsv } from '../../ingest/readers/csv.ts';
import { makeDoc } from './make-doc.ts';

const csv = (rows: string[]) => buildDocument(readCsv(rows.join('\n')), { id: 'q', source: 'q.csv', sha256: 'x', meta: { vendor: 'Acme' } });
const blanks = (doc: ReturnType<typeof csv>) =>
  checkDocument(doc, { now: new Date('2026-11-23T00:00:00Z') })
    .filter((f) => f.rule === 'unanswered-question')
    .map((f) => f.excerpt.split(' | ')[0]);

const en = [
  'Control ID,Question,Answer,Vendor comment',
  'AUD-01,Are audit reports shared with customers?,Yes,Under NDA.',
  'ENC-01,Is customer data encrypted at rest?,Yes,AES-256.',
  'ENC-02,Is traffic encrypted in transit?,Yes,TLS 1.2 and later.',
  'IAM-01,Is MFA offered to every user?,Yes,Authenticator apps.',
  'LOG-01,Are admin actions logged?,No,Planned for 2027.',
];
const pl = [
  'Nr,Pytanie,Odpowiedź,Komentarz',
  '1,Czy dane są szyfrowane w spoczynku?,Tak,AES-256.',
  '2,Czy połączenia są szyfrowane?,Tak,TLS 1.2 lub nowszy.',
  '3,Czy MFA jest dostępne?,Tak,Aplikacja uwierzytelniająca.',
  '4,Czy logujecie działania administratorów?,Nie,Planowane na 2027 r.',
];

describe('unanswered-question: the comment answers the row', () => {
  const answeredInComment: Array<[string, string[]]> = [
    ['an open question, an em dash in the answer cell', [...en, 'BCR-01,What are the RTO and RPO?,—,RTO 6 hours / RPO 30 minutes']],
    ['an open question, an empty answer cell', [...en, 'SEF-01,Within what time are customers told of a breach?,,"Within 36 hours of confirmation."']],
    ['a yes/no question answered in words', [...en, 'BCR-02,Are backups kept in a second region?,-,"Yes, copies go to a second region every night."']],
    ['a hyphen and a reference to the policy', [...en, 'HRS-01,Is staff screened before hiring?,–,See the HR policy attached to this answer.']],
    ['Polish: open question, dash in the answer', [...pl, '5,Jak długo przechowujecie kopie zapasowe?,—,30 dni.']],
    ['Polish: empty answer, the comment says no', [...pl, '6,Czy wykonujecie testy penetracyjne?,,"Nie, pierwszy test zaplanowano na 2027 r."']],
  ];
  for (const [name, rows] of answeredInComment) {
    it(`stays quiet: ${name}`, () => expect(blanks(csv(rows))).toEqual([]));
  }

  const reallyBlank: Array<[string, string[], string]> = [
    ['no answer, no comment', [...en, 'PHY-01,Is physical access to the server room logged?,,'], 'PHY-01'],
    ['dashes in both cells', [...en, 'PHY-02,Are visitors escorted?,—,—'], 'PHY-02'],
    ['Polish: no answer, no comment', [...pl, '7,Czy dostęp do serwerowni jest rejestrowany?,,'], '7'],
  ];
  for (const [name, rows, id] of reallyBlank) {
    it(`fires: ${name}`, () => expect(blanks(csv(rows))).toEqual([id]));
  }

  it('a markdown questionnaire: the comment answers, the blank row still fires', () => {
    const md = [
      '| ID | Question | Answer | Comment |',
      '|---|---|---|---|',
      '| A1 | Is data encrypted at rest? | Yes | AES-256 |',
      '| A2 | Is MFA available? | Yes | TOTP |',
      '| A3 | Are logs kept? | Yes | One year |',
      '| A4 | What is the RPO? | — | Fifteen minutes |',
      '| A5 | Is the office alarmed? | | |',
    ].join('\n');
    const got = checkDocument(makeDoc(md, { format: 'md', lang: 'en' }), { now: new Date('2026-11-23T00:00:00Z') }).filter((f) => f.rule === 'unanswered-question');
    expect(got.map((f) => f.excerpt.split(' | ')[0].replace(/^\|\s*/, ''))).toEqual(['A5']);
  });
});
