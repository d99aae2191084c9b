/**
 * Regression floors for claims and findings on the untuned eval set (eval/docs, eval/labels).
 * Floors sit ~0.05 below the figures measured when the set was made (eval/RESULTS.md): raise
 * them when the rules improve, never lower them to let a change through.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EVAL_DIR, FINDINGS_ONLY, SEALED, SPLITS, WORLD, claimAgrees, claimFinds, claimKey, listDocs, locate, precision, recall, runSplit, score, total, type Labels, type Score } from '../../eval/score.ts';
import { ATTRIBUTE_BY_ID } from '../../src/claims/vocabulary.ts';
import { generateEvalDocs, hasPdfFonts } from '../../eval/generate.ts';
import { parseHTML } from 'linkedom';
import { documentFromText } from '../../src/model/from-text.ts';
import type { Finding } from '../../src/findings/types.ts';

// dev and test have both been used in development (measured: claims 1.00 / 0.99, findings
// 0.98 / 0.97), so these floors guard against regressions; test2 is the honest figure.
/** Every string in a parsed JSON value (an xlsx spec's cells, sheet names and all). */
const cellTexts = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(cellTexts) : v && typeof v === 'object' ? Object.values(v).flatMap(cellTexts) : [];

const FLOORS = {
  claims: { precision: 0.96, recall: 0.94 },
  findings: { precision: 0.94, recall: 0.93 },
  /** mustNotFlag excerpts a finding may touch (of 56). */
  trapsFired: 2,
};

describe('eval scorer', () => {
  it('accepts a less specific claim for precision but not for recall', () => {
    const label = { attribute: 'backup.frequency', value: 'P1D', qualifiers: { type: 'full' } };
    const claim = { attribute: 'backup.frequency', value: 'P1D', qualifiers: {} };
    expect(claimAgrees(claim, label)).toBe(true);
    expect(claimFinds(claim, label)).toBe(false);
    expect(claimAgrees({ ...claim, qualifiers: { type: 'incremental' } }, label)).toBe(false);
  });

  it('takes durations in exact units as equal (PT24H = P1D, P2W = P14D) but not months as days', () => {
    const label = { attribute: 'backup.frequency', value: 'P1D' };
    expect(claimFinds({ attribute: 'backup.frequency', value: 'PT24H', qualifiers: {} }, label)).toBe(true);
    expect(claimFinds({ attribute: 'backup.retention', value: 'P14D', qualifiers: {} }, { attribute: 'backup.retention', value: 'P2W' })).toBe(true);
    expect(claimFinds({ attribute: 'backup.retention', value: 'P30D', qualifiers: {} }, { attribute: 'backup.retention', value: 'P1M' })).toBe(false);
    expect(claimFinds({ attribute: 'backup.frequency', value: 'PT12H', qualifiers: {} }, label)).toBe(false);
  });

  it('takes a true claim about a part (scope database) as agreeing with a true label of scope all, not the reverse', () => {
    const all = { attribute: 'encryption.at_rest', value: true, qualifiers: { scope: 'all' } };
    const db = { attribute: 'encryption.at_rest', value: true, qualifiers: { scope: 'database' } };
    expect(claimAgrees(db, all)).toBe(true);
    expect(claimFinds(db, all)).toBe(false);
    expect(claimAgrees({ ...all, qualifiers: { scope: 'all' } }, db)).toBe(false);
    expect(claimAgrees({ ...db, value: false }, { ...all, value: false })).toBe(false);
  });

  it('applies the default role of hosting.location', () => {
    const label = { attribute: 'hosting.location', value: 'DE', qualifiers: { role: 'backup' } };
    expect(claimAgrees({ attribute: 'hosting.location', value: 'DE', qualifiers: {} }, label)).toBe(false);
    expect(claimFinds({ attribute: 'hosting.location', value: 'DE', qualifiers: { role: 'backup' } }, label)).toBe(true);
  });

  it('counts a label hit by two findings once for recall, and a trap hit', () => {
    const doc = documentFromText('Intro line here.\n\nTODO: fix <b>this</b> now.\n\nHad had a look.', { format: 'txt', id: 'x' });
    const at = (excerpt: string, kind: Finding['kind']): Finding => {
      const start = doc.text.indexOf(excerpt);
      return { id: excerpt, documentId: 'x', kind, rule: 'r', severity: 'warning', message: '', excerpt, start, end: start + excerpt.length };
    };
    const labels = { claims: [], findings: [{ kind: 'markup-residue', excerpt: '<b>this</b>' }], mustNotFlag: ['Had had'] };
    const findings = [at('<b>', 'markup-residue'), at('</b>', 'markup-residue'), at('Had had', 'duplicated-phrase')];
    const s = score([{ split: 'dev', file: 'x.txt', doc, claims: [], findings, labels, findingsScored: true }]);
    expect(s.findings.get('markup-residue')).toEqual({ tp: 2, fp: 0, found: 1, fn: 0 });
    expect(s.findings.get('duplicated-phrase')).toEqual({ tp: 0, fp: 1, found: 0, fn: 0 });
    expect(s.traps).toEqual({ total: 1, fired: 1 });
  });

  it('locates an excerpt across changed whitespace', () => {
    expect(locate('a  line\nbreak (x) here', 'line break (x)')).toEqual([{ start: 3, end: 17 }]);
  });
});

describe('eval labels', () => {
  // Every split, test2 and the world splits included, but without running seckb on them.
  it('every document has a label file whose finding excerpts and traps stand in the document', async () => {
    for (const split of SPLITS.filter((s) => !WORLD.has(s))) {
      const files = await listDocs(split);
      expect(files.length).toBe(6);
      for (const file of files) {
        const source = await readFile(file, 'utf8');
        const labels = JSON.parse(await readFile(path.join(EVAL_DIR, 'labels', `${path.basename(file)}.json`), 'utf8')) as Labels;
        expect(labels.claims.length, file).toBeGreaterThan(0);
        const excerpts = [...labels.findings.flatMap((f) => [f.excerpt, ...(f.related ? [f.related] : [])]), ...labels.mustNotFlag];
        for (const e of excerpts) expect(locate(source, e).length, `${path.basename(file)}: ${e}`).toBeGreaterThan(0);
      }
    }
  });

  it('world labels use the claims vocabulary, say why a document has none, and list no claim twice', async () => {
    for (const split of [...WORLD]) {
      const files = await listDocs(split);
      // world-dev3 (findings only) is a smaller set of residue pages
      expect(files.length, split).toBeGreaterThanOrEqual(FINDINGS_ONLY.has(split) ? 5 : 10);
      for (const file of files) {
        const name = path.basename(file);
        const labels = JSON.parse(await readFile(path.join(EVAL_DIR, 'labels', `${name}.json`), 'utf8')) as Labels & { $comment?: string };
        if (!labels.claims.length) expect(labels.$comment, `${name}: why no claims`).toBeTruthy();
        const keys = labels.claims.map((c) => claimKey(c));
        expect(new Set(keys).size, `${name}: a label twice`).toBe(keys.length);
        // Finding labels and traps of the dev world splits stand in the text (docx and pdf: in the
        // spec they are built from); a sealed split's are checked by the one who writes them.
        // docx/pdf are built from `<name>.txt`, xlsx from `<name>.json` (eval/generate.ts)
        const spec = path.join(EVAL_DIR, 'specs', split, `${name}.${name.endsWith('.xlsx') ? 'json' : 'txt'}`);
        const raw = SEALED.has(split) ? '' : await readFile(/\.(?:docx|pdf|xlsx)$/.test(name) ? spec : file, 'utf8');
        // an xlsx spec is JSON: its cells' text, not its escaped form, is what the workbook holds
        // an html page's labels quote its markup (a link's address) or what a reader sees: its text with tags
        // removed and entities decoded
        const source = !raw ? raw : name.endsWith('.xlsx') ? cellTexts(JSON.parse(raw)).join('\n') : name.endsWith('.html') ? `${raw}\n${pageText(raw)}` : raw;
        for (const e of SEALED.has(split) ? [] : [...labels.findings.flatMap((f) => [f.excerpt, ...(f.related ? [f.related] : [])]), ...labels.mustNotFlag]) {
          expect(locate(source, e).length, `${name}: ${e}`).toBeGreaterThan(0);
        }
        for (const c of labels.claims) {
          const def = ATTRIBUTE_BY_ID.get(c.attribute);
          expect(def, `${name}: ${c.attribute}`).toBeDefined();
          for (const q of Object.keys(c.qualifiers ?? {})) expect(def?.qualifiers, `${name}: ${c.attribute} ${q}`).toContain(q);
        }
      }
    }
  });
});

describe('eval docx/pdf documents', () => {
  // A spec edited without running eval/generate.ts would leave a stale document behind.
  it.skipIf(!hasPdfFonts() && !process.env.CI)('are the ones eval/specs build, byte for byte', async () => {
    expect(hasPdfFonts(), 'Liberation Sans (fonts-liberation) is needed to build the eval pdfs').toBe(true);
    const out = await mkdtemp(path.join(tmpdir(), 'seckb-eval-docs-'));
    try {
      const written = await generateEvalDocs(out);
      expect(written.length).toBeGreaterThan(0);
      for (const name of written) expect(Buffer.compare(await readFile(path.join(out, name)), await readFile(path.join(EVAL_DIR, 'docs', name))), name).toBe(0);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});

describe('quality floors on eval dev+test', () => {
  let s: Score;
  beforeAll(async () => {
    s = score([...(await runSplit('dev')), ...(await runSplit('test'))]);
  });

  it('claims precision and recall stay above the floors', () => {
    const t = total(s.claims);
    expect(t.tp).toBeGreaterThan(0);
    expect(precision(t)).toBeGreaterThanOrEqual(FLOORS.claims.precision);
    expect(recall(t)).toBeGreaterThanOrEqual(FLOORS.claims.recall);
  });

  it('findings precision and recall stay above the floors', () => {
    const t = total(s.findings);
    expect(t.tp).toBeGreaterThan(0);
    expect(precision(t)).toBeGreaterThanOrEqual(FLOORS.findings.precision);
    expect(recall(t)).toBeGreaterThanOrEqual(FLOORS.findings.recall);
  });

  it('traps stay quiet', () => {
    expect(s.traps.total).toBeGreaterThan(0);
    expect(s.traps.fired).toBeLessThanOrEqual(FLOORS.trapsFired);
  });
});

function pageText(html: string): string {
  return parseHTML(html).document.documentElement?.textContent ?? '';
}
