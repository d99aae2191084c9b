/**
 * The command line against cli.md, run as a user runs it (bin/seckb.js), over content/sources.
 * One KB is built for the whole file (search, compare, and the texts to check offsets against).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/seeds.ts';
import { buildKbAsync, readKb, schemaErrors, seckbAsync, type Kb, type KbDocument, type Run } from './harness.ts';
import { CLEAN_SOURCES, FINDING_KINDS } from './spec-vocabulary.ts';

const SRC = 'content/sources';
const COMMANDS = ['ingest', 'check', 'diff', 'align', 'search', 'compare'];

let kb: Kb;
/** Calls that need no KB start at once, side by side with the KB build; tests await them. */
const early = new Map<string, Promise<Run>>();
const started = (key: string) => {
  const run = early.get(key);
  if (!run) throw new Error(`call "${key}" was not started`);
  return run;
};
const start = (key: string, args: string[]) => early.set(key, seckbAsync(args));
beforeAll(async () => {
  kb = await buildKbAsync([SRC], 'seckb-contract-cli-');
  expect(kb.code, kb.stderr).toBe(0);
});
afterAll(() => kb?.cleanup());

const docBySource = (file: string): KbDocument => {
  const normalized = path.posix.normalize(file);
  const doc = [...kb.documents.values()].find((d) => d.source === normalized);
  if (!doc) throw new Error(`no KB document for ${file}`);
  return doc;
};

const parseJson = (stdout: string, what: string): unknown => {
  try {
    return JSON.parse(stdout);
  } catch (error) {
    throw new Error(`${what}: stdout is not JSON (${(error as Error).message}): ${stdout.slice(0, 200)}`);
  }
};

interface CheckEntry {
  file: string;
  documentId: string;
  findings: Array<{ id: string; kind: string; severity: string; excerpt: string; start: number; end: number; line?: number; column?: number }>;
}

describe('every subcommand', () => {
  const runs = new Map<string, { code: number | null; stdout: string; stderr: string }>();
  const calls = [...COMMANDS.flatMap((c) => [[c, '--help'], [c, '--no-such-flag']]), ['no-such-command']];
  for (const args of calls) start(args.join(' '), args);
  beforeAll(async () => {
    for (const args of calls) runs.set(args.join(' '), await started(args.join(' ')));
  });

  it.each(COMMANDS)('%s --help: usage on stdout, exit 0', (name) => {
    const r = runs.get(`${name} --help`)!;
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^usage: seckb ${name}\\b`, 'm'));
  });

  it.each(COMMANDS)('%s with a bad flag: exit 2, a usage line on stderr, nothing on stdout', (name) => {
    const r = runs.get(`${name} --no-such-flag`)!;
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^usage: seckb ${name}\\b`, 'm'));
    expect(r.stdout).toBe('');
  });

  it('an unknown subcommand exits 2', () => {
    const r = runs.get('no-such-command')!;
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/usage: seckb/);
  });
});

describe('seckb check', () => {
  // Three spellings of a path: each must come back exactly as given.
  const spelled = [`./${SRC}/plantwise-security-2026.md`, `${SRC}/konserwo-bezpieczenstwo.md`, path.join(projectRoot, SRC, 'nordhall-whitepaper.docx')];
  const rest = readdirSync(path.join(projectRoot, SRC))
    .sort()
    .map((f) => `${SRC}/${f}`)
    .filter((f) => !spelled.some((s) => path.resolve(projectRoot, s) === path.resolve(projectRoot, f)));
  const files = [...spelled, ...rest];
  let json: { code: number | null; stdout: string; stderr: string };
  let entries: CheckEntry[];
  let text: typeof json;
  let sarifRun: typeof json;
  for (const format of ['json', 'text', 'sarif']) start(`check-${format}`, ['check', ...files, '--format', format]);
  beforeAll(async () => {
    [json, text, sarifRun] = await Promise.all(['json', 'text', 'sarif'].map((format) => started(`check-${format}`)));
    entries = parseJson(json.stdout, 'check --format json') as CheckEntry[];
  });

  it('--format json: [{file, documentId, findings}] with file exactly as given, findings per findings.md', () => {
    expect(schemaErrors('check-output', entries)).toEqual([]);
    expect(entries.map((e) => e.file)).toEqual(files);
  });

  it('--format json: excerpts are the document text at their offsets; ids unique', () => {
    const problems: string[] = [];
    for (const e of entries) {
      const doc = docBySource(path.relative(projectRoot, path.resolve(projectRoot, e.file)));
      for (const f of e.findings) {
        if (doc.text.slice(f.start, f.end) !== f.excerpt) problems.push(`${e.file} ${f.id}: ${JSON.stringify(f.excerpt)} != ${JSON.stringify(doc.text.slice(f.start, f.end))}`);
      }
      const ids = e.findings.map((f) => f.id);
      expect(new Set(ids).size, e.file).toBe(ids.length);
    }
    expect(problems).toEqual([]);
  });

  it('findings.json = the findings of check for every document + inconsistencies between documents', () => {
    expect(entries.length).toBe(kb.documents.size);
    for (const e of entries) {
      const doc = docBySource(path.relative(projectRoot, path.resolve(projectRoot, e.file)));
      expect(e.documentId).toBe(doc.id);
      const inKb = kb.findings.filter((f) => f.documentId === doc.id);
      const kbIds = new Set(inKb.map((f) => f.id));
      const checkIds = new Set(e.findings.map((f) => f.id));
      expect(e.findings.filter((f) => !kbIds.has(f.id)).map((f) => `${f.kind} ${JSON.stringify(f.excerpt)}`), `${e.file}: in check, not in findings.json`).toEqual([]);
      const crossDocument = (f: (typeof inKb)[number]) =>
        f.kind === 'inconsistency' && ((f.related ?? []) as Array<{ documentId: string }>).some((r) => r.documentId !== doc.id);
      expect(inKb.filter((f) => !checkIds.has(f.id) && !crossDocument(f)).map((f) => `${f.kind} ${JSON.stringify(f.excerpt)}`), `${e.file}: in findings.json, not in check`).toEqual([]);
    }
  });

  // Risk findings come from src/findings/risks.ts in both paths: they must get line/column in check too.
  it('check prints the same records as findings.json, line and column included', () => {
    const byId = new Map(kb.findings.map((f) => [f.id, f]));
    const differing = entries.flatMap((e) =>
      e.findings.filter((f) => JSON.stringify(f) !== JSON.stringify(byId.get(f.id))).map((f) => `${e.file}: check ${JSON.stringify(f)} / findings.json ${JSON.stringify(byId.get(f.id))}`),
    );
    expect(differing).toEqual([]);
  });

  const clean = CLEAN_SOURCES.map((f) => `${SRC}/${f}`);
  start('check-clean', ['check', ...clean, '--format', 'json']);

  it('exit 1 when an error finding exists, 0 otherwise', async () => {
    const anyError = entries.some((e) => e.findings.some((f) => f.severity === 'error'));
    expect(anyError).toBe(true);
    expect(json.code).toBe(1);
    const r = await started('check-clean');
    const cleanEntries = parseJson(r.stdout, 'check (clean documents)') as CheckEntry[];
    expect(cleanEntries.map((e) => e.file)).toEqual(clean);
    expect(cleanEntries.flatMap((e) => e.findings.filter((f) => f.severity === 'error').map((f) => `${e.file} ${f.kind}: ${f.excerpt}`))).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('--format text: one "file:line:column severity kind message" line per finding', () => {
    const r = text;
    expect(r.code).toBe(json.code);
    const lines = r.stdout.split('\n').filter((l) => l !== '');
    expect(lines.length).toBe(entries.reduce((n, e) => n + e.findings.length, 0));
    let i = 0;
    for (const e of entries) {
      for (const f of e.findings) {
        const line = lines[i++];
        expect(line.startsWith(`${e.file}:`), line).toBe(true);
        const m = /^:(\d+):(\d+) (error|warning|info) (\S+) (.+)$/.exec(line.slice(e.file.length));
        expect(m, line).not.toBeNull();
        expect(FINDING_KINDS).toContain(m![4]);
        expect([m![3], m![4]]).toEqual([f.severity, f.kind]);
        if (f.line !== undefined) expect([Number(m![1]), Number(m![2])], line).toEqual([f.line, f.column]);
      }
    }
  });

  it('--format sarif: valid SARIF 2.1.0 (OASIS schema), one result per finding', () => {
    const r = sarifRun;
    expect(r.code).toBe(json.code);
    const sarif = parseJson(r.stdout, 'sarif') as { version: string; runs: Array<{ results: Array<{ level: string; locations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string } } }> }> }> };
    const schemaFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'schemas/sarif-2.1.0.schema.json');
    const ajv = new Ajv04({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
    expect(validate(sarif) ? [] : validate.errors).toEqual([]);
    expect(sarif.version).toBe('2.1.0');
    const results = sarif.runs.flatMap((run) => run.results);
    expect(results.length).toBe(entries.reduce((n, e) => n + e.findings.length, 0));
    const levels = entries.flatMap((e) => e.findings.map((f) => (f.severity === 'info' ? 'note' : f.severity))).sort();
    expect(results.map((res) => res.level).sort()).toEqual(levels);
  });
});

describe('seckb diff', () => {
  const oldFile = `${SRC}/plantwise-security-2025.txt`;
  const newFile = `${SRC}/plantwise-security-2026.md`;
  start('diff', ['diff', oldFile, newFile, '--format', 'json']);

  it('--format json is exactly {added, removed, changed:[{attribute, qualifiers, old, new}]} with claims from the right side', async () => {
    const r = await started('diff');
    expect(r.code, r.stderr).toBe(0);
    const out = parseJson(r.stdout, 'diff') as {
      added: Array<{ documentId: string; start: number; end: number; quote: string }>;
      removed: Array<{ documentId: string; start: number; end: number; quote: string }>;
      changed: Array<{ attribute: string; old: { attribute: string; documentId: string; start: number; end: number; quote: string }; new: { attribute: string; documentId: string; start: number; end: number; quote: string } }>;
    };
    expect(schemaErrors('diff-output', out)).toEqual([]);
    const oldDoc = docBySource(oldFile);
    const newDoc = docBySource(newFile);
    expect(out.added.length + out.removed.length + out.changed.length).toBeGreaterThan(0);
    const quoteIn = (doc: KbDocument, c: { start: number; end: number; quote: string }) => doc.text.slice(c.start, c.end) === c.quote;
    for (const c of out.added) expect(quoteIn(newDoc, c), c.quote).toBe(true);
    for (const c of out.removed) expect(quoteIn(oldDoc, c), c.quote).toBe(true);
    for (const ch of out.changed) {
      expect([ch.old.attribute, ch.new.attribute]).toEqual([ch.attribute, ch.attribute]);
      expect(quoteIn(oldDoc, ch.old) && quoteIn(newDoc, ch.new), ch.attribute).toBe(true);
    }
  });
});

describe('seckb align', () => {
  const source = `${SRC}/serwisix-bezpieczenstwo-pl.md`;
  const target = `./${SRC}/serwisix-security-en.docx`;
  start('align', ['align', source, target, '--format', 'json']);

  it('--format json: {source:{file,lang}, target:{file,lang}, pairs} with exact texts, empty sides and the 5 flag kinds', async () => {
    const r = await started('align');
    expect(r.code, r.stderr).toBe(0);
    const out = parseJson(r.stdout, 'align') as {
      source: { file: string; lang: string };
      target: { file: string; lang: string };
      pairs: Array<{ source: { start: number; end: number; text: string }; target: { start: number; end: number; text: string }; flags: Array<{ kind: string }> }>;
    };
    expect(schemaErrors('align-output', out)).toEqual([]);
    expect([out.source.file, out.source.lang, out.target.file, out.target.lang]).toEqual([source, 'pl', target, 'en']);
    const sDoc = docBySource(source);
    const tDoc = docBySource(target);
    const problems: string[] = [];
    out.pairs.forEach((p, i) => {
      for (const [side, doc] of [[p.source, sDoc], [p.target, tDoc]] as const) {
        if (side.start === side.end ? side.text !== '' : doc.text.slice(side.start, side.end) !== side.text) problems.push(`pairs[${i}]: ${JSON.stringify(side)}`);
      }
      if (p.source.text === '' && p.target.text === '') problems.push(`pairs[${i}]: both sides empty`);
    });
    expect(problems).toEqual([]);
    expect(out.pairs.some((p) => p.source.text === '' || p.target.text === ''), 'the pair has passages missing on one side').toBe(true);
    const kinds = new Set(out.pairs.flatMap((p) => p.flags.map((f) => f.kind)));
    expect(kinds.size).toBeGreaterThan(0);
  });
});

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
