/** The real corpus: the leftovers issue 5 names must be found, through loadDocument as `check` reads them. */
import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { loadDocument } from '../../ingest/load.ts';
import { checkDocument } from '../../src/findings/engine.ts';
import type { Finding } from '../../src/findings/types.ts';
import { describeSeeds, seedFiles } from '../helpers/seeds.ts';

const NOW = new Date('2025-06-01T00:00:00Z');

describeSeeds('findings on the seeds', () => {
  const bySeed = new Map<string, Finding[]>();
  const texts = new Map<string, string>();
  beforeAll(async () => {
    for (const file of seedFiles()) {
      const prefix = file.split('/').pop()!.slice(0, 3);
      const doc = await loadDocument(file);
      texts.set(prefix, doc.text);
      bySeed.set(prefix, checkDocument(doc, { now: NOW, source: readFileSync(file, 'utf8') }));
    }
  });
  const has = (seed: string, rule: string, excerpt: RegExp) =>
    expect(bySeed.get(seed)!.some((f) => f.rule === rule && excerpt.test(f.excerpt)), `${seed} ${rule} ${excerpt}`).toBe(true);

  it('001 (the revised paper): chat transcript residue and leaked bold', () => {
    has('001', 'chat-transcript-label', /^ChatGPT said:$/);
    has('001', 'assistant-preamble', /^Here.s the recommended version$/);
    has('001', 'assistant-flattery', /^That.s a great point$/);
    expect(bySeed.get('001')!.filter((f) => f.rule === 'markdown-bold-source').length).toBeGreaterThanOrEqual(4);
    expect(bySeed.get('001')!.find((f) => f.rule === 'chat-transcript-label')!.severity).toBe('error');
  });
  it('002: Cyrillic letters and raw list tags', () => {
    has('002', 'lookalike-word', /^\u0421\u0422\u041e$/);
    has('002', 'html-list-tags', /^<ul>.*<\/ul>$/);
  });
  it('003: the placeholder link', () => {
    has('003', 'placeholder-link', /\S/);
  });
  it('004: the editorial question and the duplicated name', () => {
    has('004', 'editor-question', /^Under what circumstances\?$/);
    expect(bySeed.get('004')!.filter((f) => f.rule === 'repeated-name').length).toBeGreaterThanOrEqual(3);
  });
  it('every finding points at exact text; the paper without chat residue has none', () => {
    for (const [seed, findings] of bySeed) {
      for (const f of findings) expect(f.excerpt).toBe(texts.get(seed)!.slice(f.start, f.end));
    }
    expect(bySeed.get('000')!.filter((f) => f.kind === 'ai-chat-residue')).toEqual([]);
    // "that that" in 000 is grammatical (a listed exception)
    expect(bySeed.get('000')!.filter((f) => f.rule === 'repeated-word')).toEqual([]);
  });
});
