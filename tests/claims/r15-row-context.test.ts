/**
 * Round 15 (ingest): a table row read as a sentence has its table's header row over it, as a
 * paragraph has its section heading, and the rows around it are sentences of their own. A
 * timeline column headed "After the agreement is terminated" / "Po rozwiązaniu umowy" says when
 * its day counts start; a logs row under it ("90 days, then erased") keeps logs and borrows
 * nothing from the header through the rows above it. The same schedule reads alike as a markdown
 * table and as a plain-text table laid out with spaces. Our own tables, EN and PL; look-alikes last.
 */
import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../src/model/from-text.ts';
import { extractClaims } from '../../src/claims/extract.ts';
import { claimsOf } from './helpers.ts';

const show = (claims: ReturnType<typeof extractClaims>) =>
  [...new Set(claims.filter((c) => c.attribute.startsWith('deletion.')).map((c) => `${c.attribute}=${c.value}${c.qualifiers.scope ? ` ${c.qualifiers.scope}` : ''}`))].sort();
const md = (lines: string[]) => show(claimsOf(lines.join('\n')).claims);
const txt = (lines: string[]) => show(extractClaims(documentFromText(lines.join('\n'), { format: 'txt', meta: { vendor: 'Acme' } })));

const EN_ROWS = [
  ['Maintenance records', 'kept', 'removal begins on day 10, finished by day 30'],
  ['Backups', '14 days rolling', 'final backup expires by day 44'],
  ['Access logs', '90 days', '90 days, then erased'],
];
const PL_ROWS = [
  ['Zlecenia i urządzenia', 'przez cały okres', 'usuwane w ciągu 30 dni'],
  ['Kopie zapasowe', '14 dni', 'ostatnia kopia wygasa najpóźniej w dniu 44'],
  ['Logi dostępu', '90 dni', '90 dni, potem usuwane'],
];
const pipes = (rows: string[][]) => [`| ${rows[0].join(' | ')} |`, `|${rows[0].map(() => '---').join('|')}|`, ...rows.slice(1).map((r) => `| ${r.join(' | ')} |`)];
const spaced = (rows: string[][]) => {
  const widths = rows[0].map((_, k) => Math.max(...rows.map((r) => r[k].length)));
  const line = (r: string[]) => r.map((c, k) => c.padEnd(widths[k])).join('  ').trimEnd();
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)];
};

describe('a row under a header that names the end of the agreement', () => {
  const en = [['Category', 'Active account', 'After the agreement is terminated'], ...EN_ROWS];
  const pl = [['Kategoria', 'Konto aktywne', 'Po rozwiązaniu umowy'], ...PL_ROWS];

  it('EN markdown: "finished by day 30" and "expires by day 44" count from the end; the logs row is no deletion', () => {
    expect(md(['# Data handling', '', ...pipes(en)])).toEqual(['deletion.after_termination=P30D', 'deletion.after_termination=P44D backups']);
  });
  it('EN plain text laid out with spaces: the same claims as the markdown table', () => {
    expect(txt(['DATA HANDLING', '', ...spaced(en)])).toEqual(['deletion.after_termination=P30D', 'deletion.after_termination=P44D backups']);
  });
  it('PL markdown: "usuwane w ciągu 30 dni" is production, "w dniu 44" the backups; the logs row is no deletion', () => {
    expect(md(['# Postępowanie z danymi', '', ...pipes(pl)])).toEqual(['deletion.after_termination=P30D production', 'deletion.after_termination=P44D backups']);
  });
  it('PL plain text: the same claims as the markdown table', () => {
    expect(txt(['POSTĘPOWANIE Z DANYMI', '', ...spaced(pl)])).toEqual(['deletion.after_termination=P30D production', 'deletion.after_termination=P44D backups']);
  });
});

describe('look-alikes: no end of the agreement over the rows', () => {
  it('EN: a plain retention column gives no day count a start, and logs stay logs', () => {
    const rows = [['Category', 'Retention'], ['Maintenance records', 'removal finished by day 30'], ['Backups', 'final backup expires by day 44'], ['Access logs', '90 days, then erased']];
    expect(md(['# Data handling', '', ...pipes(rows)])).toEqual([]);
    expect(txt(['DATA HANDLING', '', ...spaced(rows)])).toEqual([]);
  });
  it('PL: "Okres przechowywania" is no end of the agreement', () => {
    const rows = [['Kategoria', 'Okres przechowywania'], ['Kopie zapasowe', 'ostatnia kopia wygasa najpóźniej w dniu 44'], ['Logi dostępu', '90 dni, potem usuwane']];
    expect(md(['# Postępowanie z danymi', '', ...pipes(rows)])).toEqual([]);
  });
  it('a sentence above the table, not its header, still names the end for the rows (unchanged)', () => {
    const rows = [['Category', 'Kept for'], ['Access logs', '90 days, then erased']];
    expect(md(['# Data handling', '', 'After the agreement is terminated, logs follow their own cycle.', '', ...pipes(rows)])).toEqual([]);
  });
});
