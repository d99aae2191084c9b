/**
 * A questionnaire of thousands of rows (a CAIQ as .csv) is read in work linear in its rows
 * (issue 12, round 16): `tableGroups` (src/model/questionnaire.ts) copied a table's rows into a
 * new array for every row it added, so a table of n rows cost n^2 / 2 element copies. Counted,
 * not timed: the array elements methods, spreads and for-of loops visit while the tables are read.
 */
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../ingest/readers/csv.ts';
import { buildDocument } from '../../src/model/build.ts';
import { questionnaireTables } from '../../src/model/questionnaire.ts';
import { arrayScans } from '../helpers/array-scans.ts';

const TOPICS = ['snapshots', 'sign-in events', 'tenant files', 'role changes', 'signing keys', 'remote sessions'];
const ANSWERS = ['Yes', 'No', 'N/A', 'Yes', 'Partly for new tenants'];

/** A questionnaire with a header row and `rows` questions of our own. */
function sheet(rows: number): string {
  const body = Array.from({ length: rows }, (_, i) => `AC-${Math.floor(i / 9) + 1}.${(i % 9) + 1},Are ${TOPICS[i % TOPICS.length]} reviewed every ${(i % 11) + 1} weeks?,${ANSWERS[i % ANSWERS.length]},Checked by the platform team.`);
  return ['Ref,Question,Answer,Notes', ...body].join('\n');
}

function workOf(rows: number): { visited: number; read: number } {
  const doc = buildDocument(readCsv(sheet(rows)), { id: 'q', source: 'q.csv', sha256: 'x' });
  questionnaireTables(doc); // warm-up: header words compiled
  let read = 0;
  const visited = arrayScans(() => (read = questionnaireTables(doc).flatMap((t) => t.rows).length), { iterated: true });
  return { visited, read };
}

describe('a long questionnaire is read in linear work', () => {
  it('four times the rows cost about four times the visits', () => {
    const small = workOf(500);
    const large = workOf(2_000);
    // Every row is read as a question, so the shape is exercised.
    expect(small.read).toBe(500);
    expect(large.read).toBe(2_000);
    // Linear gives ~4x; the copy per row gave ~15x here.
    expect(large.visited / small.visited).toBeLessThan(5);
  });

  it('rows keep their document order and answers', () => {
    const [t] = questionnaireTables(buildDocument(readCsv(sheet(12)), { id: 'q', source: 'q.csv', sha256: 'x' }));
    expect(t.columns).toEqual({ id: 0, question: 1, answer: 2, comment: 3 });
    expect(t.rows.map((r) => r.ref)).toEqual(Array.from({ length: 12 }, (_, i) => `AC-${Math.floor(i / 9) + 1}.${(i % 9) + 1}`));
    expect(t.rows.slice(0, 5).map((r) => r.answer)).toEqual(['yes', 'no', 'na', 'yes', 'other']);
  });
});
