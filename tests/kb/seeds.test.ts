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
    // A table whose rows give durations per edition: header with 4+ cells, rows of "N days/weeks/months".
    const tables = docs.flatMap((d) =>
      d.blocks
        .filter((b) => b.type === 'table-row' && b.header && (b.cells?.length ?? 0) >= 4)
        .map((header) => ({ d, rows: d.blocks.filter((b) => b.type === 'table-row' && b.group === header.group && !b.header) })),
    );
    const retention = tables.filter(({ d, rows }) => rows.filter((r) => /\d+\s+(days|weeks|months)/.test(d.text.slice(r.start, r.end))).length >= 3);
    expect(retention.length).toBeGreaterThanOrEqual(1);
    const { d, rows } = retention[0];
    for (const row of rows) {
      expect(row.cells!.length).toBeGreaterThanOrEqual(4);
      for (const [s, e] of row.cells!) expect(d.text.slice(s, e)).toBe(d.text.slice(s, e).trim());
    }
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
