/** Command-line contract tests (run by tests/contracts/cli.test.ts): `seckb check` in its three formats, against findings.json and the OASIS SARIF schema. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../helpers/seeds.ts';
import { schemaErrors } from '../harness.ts';
import { CLEAN_SOURCES, FINDING_KINDS } from '../spec-vocabulary.ts';
import { docBySource, kb, parseJson, SRC, start, started, type CheckEntry } from './context.ts';

export function checkTests(): void {
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
      const schemaFile = path.join(path.dirname(fileURLToPath(import.meta.url)), '../schemas/sarif-2.1.0.schema.json');
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
}
