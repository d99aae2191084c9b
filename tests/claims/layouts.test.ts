/**
 * Layout classes of issue 11 read as units: run-together "Label: value" lines, FAQ answers that
 * lean on their question, and the block index prose reading uses (covers/overlaps in O(log n)).
 */
import { describe, expect, it } from 'vitest';
import { labelRunCuts, opensWithLabel, splitLabelRuns } from '../../src/claims/label-runs.ts';
import { spanIndex } from '../../src/claims/units.ts';
import { extractClaims } from '../../src/claims/extract.ts';
import type { Block, Sentence } from '../../src/model/types.ts';
import { makeDoc } from '../findings/make-doc.ts';

const pieces = (text: string) => {
  const bounds = [0, ...labelRunCuts(text), text.length];
  return bounds.slice(0, -1).map((from, i) => text.slice(from, bounds[i + 1]).trim());
};

describe('run-together label lines', () => {
  it('cuts a fact-sheet line before every later label, acronyms with numbers included (EN, PL)', () => {
    expect(pieces('At rest: AES-256 on databases and backups In transit: TLS 1.2+ (1.0/1.1 disabled) Keys: managed key service')).toEqual([
      'At rest: AES-256 on databases and backups',
      'In transit: TLS 1.2+ (1.0/1.1 disabled)',
      'Keys: managed key service',
    ]);
    expect(pieces('Audits: yearly by an outside firm SOC 2 Type II: report under NDA Support access: ticket only')).toEqual([
      'Audits: yearly by an outside firm',
      'SOC 2 Type II: report under NDA',
      'Support access: ticket only',
    ]);
    expect(pieces('Kopie zapasowe: codziennie o północy Przechowywanie kopii: 30 dni Szyfrowanie: AES-256')).toEqual([
      'Kopie zapasowe: codziennie o północy',
      'Przechowywanie kopii: 30 dni',
      'Szyfrowanie: AES-256',
    ]);
  });

  it('leaves prose, a single label and a label after a stop alone', () => {
    expect(labelRunCuts('We keep backups for 30 days. See Appendix: schedules.')).toEqual([]);
    expect(labelRunCuts('Centra danych dostawcy: ISO 27001, ISO 27018, SOC 2.')).toEqual([]);
    expect(labelRunCuts('Backups: daily at 02:00 UTC, kept 30 days')).toEqual([]);
  });

  it('splits units into exact sub-spans of the document text', () => {
    const text = 'x\nBackups: daily Retention: 30 days\n';
    const unit: Sentence = { start: 2, end: 35, sectionId: 's0', lang: 'en' } as Sentence;
    const out = splitLabelRuns(text, [unit]);
    expect(out.map((u) => text.slice(u.start, u.end))).toEqual(['Backups: daily', 'Retention: 30 days']);
  });

  it('knows a label line from an enumerated title', () => {
    expect(opensWithLabel('Restore tests: monthly')).toBe(true);
    expect(opensWithLabel('Section E: Subprocessors')).toBe(false);
    expect(opensWithLabel('Załącznik 2: Środki techniczne')).toBe(false);
    expect(opensWithLabel('Restore tests are monthly')).toBe(false);
  });
});

const claims = (text: string, lang: 'en' | 'pl') => extractClaims(makeDoc(text, { format: 'md', lang })).map((c) => `${c.attribute}=${String(c.value)}`);

describe('FAQ answers', () => {
  it('reads the values of every answer sentence with the question as subject (EN, PL)', () => {
    const en = claims('# FAQ\n\nHow often do you back up our data?\n\nTwice a day. We keep them for two weeks.\n\nWhat happens to our data after cancellation?\n\nThe account is closed and the data is erased after 60 days.', 'en');
    expect(en).toEqual(expect.arrayContaining(['backup.frequency=PT12H', 'deletion.after_termination=P60D']));
    const pl = claims('# FAQ\n\nJak często wykonujecie kopie?\n\nDwa razy na dobę. Trzymamy je przez dwa tygodnie.\n\nCo się dzieje z danymi po rezygnacji?\n\nKonto jest dezaktywowane, a dane usuwane po 60 dniach.', 'pl');
    expect(pl).toEqual(expect.arrayContaining(['backup.frequency=PT12H', 'backup.retention=P2W', 'deletion.after_termination=P60D']));
  });

  it('takes nothing the question says alone, and no yes/no from cue words split between question and answer', () => {
    const en = claims('# FAQ\n\nDo you keep backups for 30 days?\n\nMonthly copies are kept longer than that.\n\nHow do people log in?\n\nWith an email address, or with Google sign-in.', 'en');
    expect(en).not.toContain('backup.retention=P30D');
    expect(en.filter((c) => c.startsWith('logging.'))).toEqual([]);
  });

  it('reads "O: Tak." / "A: No." with the label stripped, and lets the answer\'s own words replace a bare yes', () => {
    const pl = claims('# Pytania\n\nP: Czy macie ISO 27001?\nO: Nie. Stosujemy wytyczne normy.\n\nP: Czy dane są szyfrowane?\nO: Tak. Kopie zapasowe szyfrujemy algorytmem AES-256.', 'pl');
    expect(pl.filter((c) => c.startsWith('cert.'))).toEqual([]);
    expect(pl).toContain('encryption.at_rest=true');
    const en = claims('# Questions\n\nQ: Do you hold ISO 27001?\nA: No. We follow the standard as guidance.', 'en');
    expect(en.filter((c) => c.startsWith('cert.'))).toEqual([]);
  });
});

describe('spanIndex', () => {
  it('answers covers/overlaps exactly as a scan does, nested blocks included', () => {
    let seed = 7;
    const rnd = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    const blocks = Array.from({ length: 200 }, () => {
      const start = rnd(1000);
      return { type: 'list-item', start, end: start + 1 + rnd(60) } as Block;
    });
    const index = spanIndex(blocks);
    for (let i = 0; i < 2000; i++) {
      const start = rnd(1100);
      const end = start + rnd(40);
      expect(index.covers(start, end)).toBe(blocks.some((b) => b.start <= start && end <= b.end));
      expect(index.overlaps(start, end)).toBe(blocks.some((b) => start < b.end && b.start < end));
    }
  });
});
