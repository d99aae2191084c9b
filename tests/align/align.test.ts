import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/align.ts';
import { FLAG_KINDS, type Alignment } from '../../src/align/types.ts';
import { documentFromText } from '../../src/model/from-text.ts';
import { evaluate } from './evaluate.ts';
import { english, labels, polish, readFixture } from './fixture.ts';

/**
 * Thresholds sit a little under what the aligner measures on the fixture (all 1.0 at the time of
 * writing, see tests/align/NOTES.md), so a regression of one pair or one flag fails.
 */
const PAIR_MIN = 0.95;
const FLAG_MIN = 0.9;

function check(alignment: Alignment, sourceLang: 'en' | 'pl') {
  const { result, errors } = evaluate(alignment, labels(), sourceLang);
  expect.soft(errors.missed, 'gold pairs not found').toEqual([]);
  expect(result.pairs.precision).toBeGreaterThanOrEqual(PAIR_MIN);
  expect(result.pairs.recall).toBeGreaterThanOrEqual(PAIR_MIN);
  for (const kind of FLAG_KINDS) {
    expect(result[kind].gold, `${kind} has gold items`).toBeGreaterThan(0);
    expect(result[kind].precision, `${kind} precision`).toBeGreaterThanOrEqual(FLAG_MIN);
    expect(result[kind].recall, `${kind} recall`).toBeGreaterThanOrEqual(FLAG_MIN);
  }
}

function checkOffsets(alignment: Alignment, sourceText: string, targetText: string) {
  let lastSource = 0;
  let lastTarget = 0;
  for (const p of alignment.pairs) {
    expect(p.source.text).toBe(sourceText.slice(p.source.start, p.source.end));
    expect(p.target.text).toBe(targetText.slice(p.target.start, p.target.end));
    expect(p.source.text || p.target.text).not.toBe('');
    // Monotonic: pairs follow both documents' order.
    expect(p.source.start).toBeGreaterThanOrEqual(lastSource);
    expect(p.target.start).toBeGreaterThanOrEqual(lastTarget);
    lastSource = p.source.end;
    lastTarget = p.target.end;
    expect(p.score).toBeGreaterThanOrEqual(0);
    expect(p.score).toBeLessThanOrEqual(1);
    if (!p.source.text || !p.target.text) expect(p.score).toBe(0);
  }
}

describe('alignDocuments on the Lumenfield fixture pair', () => {
  it('EN -> PL: pairs and every flag kind above threshold', () => {
    check(alignDocuments(english(), polish()), 'en');
  });

  it('PL -> EN: pairs and every flag kind above threshold', () => {
    check(alignDocuments(polish(), english()), 'pl');
  });

  it('offsets index the documents, sides are in order, one-sided pairs are empty with start = end', () => {
    const en = english();
    const pl = polish();
    const a = alignDocuments(en, pl);
    checkOffsets(a, en.text, pl.text);
    const lonely = a.pairs.filter((p) => !p.target.text);
    expect(lonely.length).toBeGreaterThan(0);
    expect(lonely.every((p) => p.target.start === p.target.end)).toBe(true);
    expect(a.source).toEqual({ documentId: 'lumenfield-en', file: 'lumenfield-en.md', lang: 'en' });
    expect(a.target.lang).toBe('pl');
  });

  it('is deterministic: same input, byte-identical JSON', () => {
    expect(JSON.stringify(alignDocuments(polish(), english()))).toBe(JSON.stringify(alignDocuments(polish(), english())));
  });

  it('details name what differs', () => {
    const a = alignDocuments(english(), polish());
    const details = a.pairs.flatMap((p) => p.flags.map((f) => `${f.kind}: ${f.detail}`));
    expect(details).toContain('number-mismatch: 30 days ≠ 35 dni');
    expect(details).toContain('entity-mismatch: Amsterdam ≠ Frankfurt');
    expect(details).toContain('entity-mismatch: AWS ≠ Azure');
  });
});

describe('alignDocuments across formats', () => {
  // The English side as plain text (headings as bare lines), the Polish side as markdown.
  const plainEnglish = readFixture('lumenfield-en.md')
    .replace(/^---[\s\S]*?---\n/, '')
    .replace(/^#+ /gm, '');

  it('PL markdown -> EN plain text keeps pair and flag quality', () => {
    const en = documentFromText(plainEnglish, { format: 'txt', source: 'lumenfield-en.txt', id: 'en-txt' });
    const a = alignDocuments(polish(), en);
    const { result } = evaluate(a, labels(), 'pl');
    expect(result.pairs.precision).toBeGreaterThanOrEqual(0.85);
    expect(result.pairs.recall).toBeGreaterThanOrEqual(0.85);
    expect(result['number-mismatch'].recall).toBeGreaterThanOrEqual(FLAG_MIN);
    expect(result['entity-mismatch'].recall).toBeGreaterThanOrEqual(FLAG_MIN);
  });
});

describe('alignDocuments edge cases', () => {
  it('a document with no sections and an empty one', () => {
    const en = documentFromText('Backups are kept for 30 days. We test twice a year.', { format: 'txt', source: 'a.txt' });
    const pl = documentFromText('Kopie przechowujemy przez 30 dni. Testujemy dwa razy w roku.', { format: 'txt', source: 'b.txt' });
    const a = alignDocuments(en, pl);
    expect(a.pairs).toHaveLength(2);
    expect(a.pairs.every((p) => p.flags.length === 0)).toBe(true);
    const empty = documentFromText('', { format: 'txt', source: 'c.txt' });
    const b = alignDocuments(en, empty);
    expect(b.pairs.length).toBeGreaterThan(0);
    expect(b.pairs.every((p) => p.flags.some((f) => f.kind === 'missing-in-target'))).toBe(true);
  });

  it('numbers alone do not force a pair', () => {
    const en = documentFromText('# Backup\n\nBackups are encrypted and stored for 30 days in a second data centre.\n', { source: 'a.md' });
    const pl = documentFromText('# Kopie zapasowe\n\nPracownicy przechodzą szkolenie z bezpieczeństwa w 30 zespołach.\n', { source: 'b.md' });
    const a = alignDocuments(en, pl);
    const body = a.pairs.filter((p) => p.source.text.startsWith('Backups') || p.target.text.startsWith('Pracownicy'));
    expect(body.length).toBe(2);
    expect(body.some((p) => p.source.text && p.target.text)).toBe(false);
    // The same sentences with shared words do pair.
    const pl2 = documentFromText('# Kopie zapasowe\n\nKopie zapasowe są szyfrowane i przechowywane przez 30 dni w drugim centrum danych.\n', { source: 'c.md' });
    const paired = alignDocuments(en, pl2).pairs.filter((p) => p.source.text.startsWith('Backups'));
    expect(paired.map((p) => p.target.text.startsWith('Kopie zapasowe są'))).toEqual([true]);
  });
});

describe('src/align is browser-safe', () => {
  it('imports no Node built-ins', () => {
    const dir = fileURLToPath(new URL('../../src/align/', import.meta.url));
    const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) expect(readFileSync(dir + f, 'utf8'), f).not.toMatch(/from ['"](node:|fs|path|crypto)/);
  });
});
