import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { describeSeeds, seedsDir } from '../helpers/seeds.ts';
import { seckb } from '../helpers/cli.ts';
import type { SeckbDocument } from '../../src/model/types.ts';

describeSeeds('seckb ingest over the real corpus (../shared/seeds)', () => {
  let out: string;
  let docs: SeckbDocument[];
  let result: ReturnType<typeof seckb>;

  beforeAll(() => {
    out = path.join(mkdtempSync(path.join(tmpdir(), 'seckb-seeds-')), 'kb');
    result = seckb(['ingest', seedsDir, '--out', out]);
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    docs = manifest.documents.map((d: { id: string }) => JSON.parse(readFileSync(path.join(out, 'documents', `${d.id}.json`), 'utf8')));
  });

  it('ingests all five with status ok', () => {
    expect(result.code).toBe(0);
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    expect(manifest.documents).toHaveLength(5);
    expect(manifest.documents.every((d: { status: string }) => d.status === 'ok')).toBe(true);
  });

  it('detects one Polish and four English documents', () => {
    expect(docs.map((d) => d.language).sort()).toEqual(['en', 'en', 'en', 'en', 'pl']);
  });

  it('finds sections in each, with offsets that hold', () => {
    for (const doc of docs) {
      expect(doc.sections.filter((s) => s.heading).length).toBeGreaterThanOrEqual(5);
      for (const s of doc.sections) if (s.heading) expect(doc.text.slice(s.start, s.start + s.heading.length)).toBe(s.heading);
      for (const t of doc.sentences) expect(doc.text.slice(t.start, t.end).trim().length).toBeGreaterThan(0);
    }
  });

  it('keeps the backup retention table (editions as columns) in the text', () => {
    const withTable = docs.filter((d) => d.blocks.some((b) => b.type === 'table-row' && b.cells && b.cells.length >= 4 && /retention|restore|backup/i.test(d.text.slice(b.start, b.end))));
    expect(withTable.length).toBeGreaterThanOrEqual(1);
    const row = withTable[0].blocks.find((b) => b.type === 'table-row' && b.header)!;
    expect(row.cells!.length).toBeGreaterThanOrEqual(3);
  });

  it('pairs the two versions of one vendor', () => {
    const pairs = JSON.parse(readFileSync(path.join(out, 'pairs.json'), 'utf8'));
    expect(pairs.versions).toHaveLength(1);
    const [pair] = pairs.versions;
    const old = docs.find((d) => d.id === pair.old)!;
    const next = docs.find((d) => d.id === pair.new)!;
    expect(old.vendor.id).toBe(next.vendor.id);
  });
});
