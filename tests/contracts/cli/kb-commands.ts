/** Command-line contract tests (run by tests/contracts/cli.test.ts): `seckb search` and `seckb compare` over the shared KB, and `ingest` of a folder with a broken file. */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../helpers/seeds.ts';
import { readKb, schemaErrors, seckbAsync, type Run } from '../harness.ts';
import { kb, parseJson, SRC } from './context.ts';

export function kbCommandTests(): void {
  describe('seckb search', () => {
    const queries: Record<string, string[]> = {
      best: ['backup retention', '--limit', '5'],
      lang: ['kopie zapasowe', '--lang', 'en'],
      none: ['zqxjvwk'],
    };
    const results = new Map<string, Run>();
    beforeAll(async () => {
      const keys = Object.keys(queries);
      const runs = await Promise.all(keys.map((k) => seckbAsync(['search', ...queries[k], '--kb', kb.dir, '--format', 'json'])));
      keys.forEach((k, i) => results.set(k, runs[i]));
    });
    const search = (key: string) => results.get(key)!;

    it('--format json: the fields of cli.md, best first, excerpts at their offsets, --limit kept', () => {
      const r = search('best');
      expect(r.code, r.stderr).toBe(0);
      const hits = parseJson(r.stdout, 'search') as Array<{ documentId: string; sectionId: string; heading: string; excerpt: string; start: number; end: number; score: number; source: string }>;
      expect(schemaErrors('search-output', hits)).toEqual([]);
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.length).toBeLessThanOrEqual(5);
      const scores = hits.map((h) => h.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      for (const h of hits) {
        const doc = kb.documents.get(h.documentId)!;
        expect(doc, h.documentId).toBeDefined();
        expect(h.source).toBe(doc.source);
        expect(doc.text.slice(h.start, h.end), h.documentId).toBe(h.excerpt);
        const section = doc.sections.find((s) => s.id === h.sectionId);
        expect(section, h.sectionId).toBeDefined();
        expect(h.heading).toBe(section!.heading);
      }
    });

    it('--lang keeps passages in that language; a query in one language finds the other', () => {
      const r = search('lang');
      expect(r.code, r.stderr).toBe(0);
      const hits = parseJson(r.stdout, 'search --lang') as Array<{ documentId: string; start: number; end: number }>;
      expect(hits.length).toBeGreaterThan(0);
      for (const h of hits) {
        const doc = kb.documents.get(h.documentId)!;
        const langs = new Set(doc.sentences.filter((s) => s.start < h.end && s.end > h.start).map((s) => s.lang));
        expect(langs.has('en') || (langs.size === 0 && doc.language === 'en'), `${h.documentId} [${h.start},${h.end})`).toBe(true);
      }
    });

    it('nothing matches: [] and exit 0', () => {
      const r = search('none');
      expect(r.code, r.stderr).toBe(0);
      expect(parseJson(r.stdout, 'search (no match)')).toEqual([]);
    });
  });

  describe('seckb compare', () => {
    const formats = ['json', 'csv', 'text'];
    const runs = new Map<string, Run>();
    beforeAll(async () => {
      const done = await Promise.all(formats.map((format) => seckbAsync(['compare', '--kb', kb.dir, '--format', format])));
      formats.forEach((format, i) => runs.set(format, done[i]));
    });

    it.each(formats)('--format %s works on the KB', (format) => {
      const r = runs.get(format)!;
      expect(r.code, r.stderr).toBe(0);
      const vendorNames = [...new Set([...kb.documents.values()].map((d) => (d.vendor as { name: string }).name))];
      if (format === 'json') {
        const out = parseJson(r.stdout, 'compare json');
        expect(JSON.stringify(out)).toContain(vendorNames[0]);
      } else if (format === 'csv') {
        const [header, ...rows] = r.stdout.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l !== '');
        for (const name of vendorNames) expect(header).toContain(name);
        expect(rows.length).toBeGreaterThan(0);
      } else {
        for (const name of vendorNames) expect(r.stdout).toContain(name);
      }
    });
  });

  describe('seckb ingest', () => {
    it('a folder with one broken file: exit 1, the failure in the manifest with a reason, the rest ingested', async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'seckb-contract-broken-'));
      try {
        const input = path.join(dir, 'in');
        mkdirSync(input);
        copyFileSync(path.join(projectRoot, SRC, 'konserwo-bezpieczenstwo.md'), path.join(input, 'good.md'));
        copyFileSync(path.join(projectRoot, SRC, 'tekvo-security.html'), path.join(input, 'good.html'));
        writeFileSync(path.join(input, 'broken.docx'), 'this is not a zip archive at all');
        const out = path.join(dir, 'kb');
        const r = await seckbAsync(['ingest', input, '--out', out]);
        expect(r.code, r.stderr).toBe(1);
        expect(r.stdout).toBe('');
        const written = readKb(out);
        expect(schemaErrors('manifest', written.manifest)).toEqual([]);
        const failed = written.manifest.documents.filter((d) => d.status === 'failed');
        expect(failed.map((d) => path.basename(d.source))).toEqual(['broken.docx']);
        expect(failed[0].error!.length).toBeGreaterThan(10);
        const ok = written.manifest.documents.filter((d) => d.status === 'ok').map((d) => path.basename(d.source)).sort();
        expect(ok).toEqual(['good.html', 'good.md']);
        expect(written.documents.size).toBe(2);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
