/**
 * The knowledge-base contract (cli.md, claims.md, findings.md) as one suite, run over any input
 * folder: content/sources (sources.test.ts) and ../shared/seeds (seeds.test.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { decodeText } from '../../ingest/decode.ts';
import { projectRoot } from '../helpers/seeds.ts';
import { buildKbAsync, listFiles, schemaErrors, type Kb, type KbDocument } from './harness.ts';
import { ANY_CLAIM_QUALIFIERS, ATTRIBUTES, EXTENSIONS, QUALIFIER_EXTENSIONS } from './spec-vocabulary.ts';

export interface KbContractOptions {
  /** Document ids that must get no `error` finding. */
  cleanIds?: string[];
  /** Also build a second KB into another folder and require byte-identical files. */
  determinism?: boolean;
}

const inside = (doc: KbDocument, start: number, end: number) => Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= doc.text.length;

const duplicates = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);

/** Registers the contract tests; `sources` go to `seckb ingest` as given. */
export function kbContract(sources: string[], options: KbContractOptions = {}): () => Kb {
  let kb: Kb;
  let twin: Kb | undefined;
  beforeAll(async () => {
    [kb, twin] = await Promise.all([buildKbAsync(sources), options.determinism ? buildKbAsync(sources, 'seckb-contract-twin-') : undefined]);
  });
  afterAll(() => {
    kb?.cleanup();
    twin?.cleanup();
  });

  if (options.determinism) {
    it('determinism: a second ingest into another folder gives byte-identical files (all files)', () => {
      const files = listFiles(kb.dir);
      expect(files).toEqual(expect.arrayContaining(['manifest.json', 'claims.json', 'findings.json']));
      expect(listFiles(twin!.dir)).toEqual(files);
      const differing = files.filter((f) => !readFileSync(path.join(kb.dir, f)).equals(readFileSync(path.join(twin!.dir, f))));
      expect(differing).toEqual([]);
      // Ids are the point of stability: name them when they move.
      expect(twin!.claims.map((c) => c.id)).toEqual(kb.claims.map((c) => c.id));
      expect(twin!.findings.map((f) => f.id)).toEqual(kb.findings.map((f) => f.id));
    });
  }

  it('ingest succeeds and the manifest has exactly the fields of cli.md', () => {
    expect(kb.code, kb.stderr).toBe(0);
    expect(schemaErrors('manifest', kb.manifest)).toEqual([]);
    expect(duplicates(kb.manifest.documents.map((d) => d.id))).toEqual([]);
    const ok = kb.manifest.documents.filter((d) => d.status === 'ok').map((d) => d.id).sort();
    expect(ok.length).toBeGreaterThan(0);
    expect([...kb.documents.keys()].sort()).toEqual(ok);
    for (const entry of kb.manifest.documents.filter((d) => d.status === 'ok')) {
      const doc = kb.documents.get(entry.id)!;
      expect({ id: doc.id, source: doc.source, format: doc.format, sha256: doc.sha256 }).toEqual({
        id: entry.id,
        source: entry.source,
        format: entry.format,
        sha256: (entry as { sha256?: string }).sha256,
      });
    }
  });

  it('documents/<id>.json have the fields and types of cli.md', () => {
    const problems = [...kb.rawDocuments].flatMap(([id, raw]) => schemaErrors('document', raw, `${id}: `));
    expect(problems).toEqual([]);
  });

  it('sections: offsets inside text, in order, headings at their start, ids unique', () => {
    const problems: string[] = [];
    for (const doc of kb.documents.values()) {
      expect(duplicates(doc.sections.map((s) => s.id)), doc.id).toEqual([]);
      let last = -1;
      for (const s of doc.sections) {
        const where = `${doc.id}#${s.id}`;
        if (!inside(doc, s.start, s.end)) problems.push(`${where}: [${s.start},${s.end}) outside text (${doc.text.length})`);
        if (s.start < last) problems.push(`${where}: starts before the previous section`);
        last = s.start;
        if (s.heading !== '' && !doc.text.startsWith(s.heading, s.start)) problems.push(`${where}: heading ${JSON.stringify(s.heading)} not at offset ${s.start}`);
        if ((s.level === 0) !== (s.heading === '')) problems.push(`${where}: level ${s.level} with heading ${JSON.stringify(s.heading)} (level 0 is only the untitled preamble)`);
        if (s.level === 0 && s.start !== 0) problems.push(`${where}: untitled section not at the start`);
        if (s.number !== undefined && !s.heading.startsWith(s.number)) problems.push(`${where}: number ${s.number} not in heading ${JSON.stringify(s.heading)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('sentences: offsets inside text and inside their section, ordered, trimmed, ids unique', () => {
    const problems: string[] = [];
    for (const doc of kb.documents.values()) {
      expect(duplicates(doc.sentences.map((s) => s.id)), doc.id).toEqual([]);
      const sections = new Map(doc.sections.map((s) => [s.id, s]));
      let lastEnd = 0;
      for (const s of doc.sentences) {
        const where = `${doc.id}#${s.id}`;
        const section = sections.get(s.sectionId);
        if (!inside(doc, s.start, s.end) || s.start === s.end) problems.push(`${where}: bad range [${s.start},${s.end})`);
        else {
          const slice = doc.text.slice(s.start, s.end);
          if (slice.trim() !== slice) problems.push(`${where}: untrimmed ${JSON.stringify(slice.slice(0, 40))}`);
        }
        if (!section) problems.push(`${where}: unknown section ${s.sectionId}`);
        else if (s.start < section.start || s.end > section.end) problems.push(`${where}: [${s.start},${s.end}) outside its section [${section.start},${section.end})`);
        if (s.start < lastEnd) problems.push(`${where}: overlaps the previous sentence`);
        lastEnd = s.end;
      }
    }
    expect(problems).toEqual([]);
  });

  it('claims.json: every record has the fields and types of claims.md', () => {
    expect(kb.claims.length).toBeGreaterThan(0);
    expect(kb.claims.flatMap((c, i) => schemaErrors('claim', c, `claims[${i}] ${c.id}: `))).toEqual([]);
    expect(duplicates(kb.claims.map((c) => c.id))).toEqual([]);
  });

  it('claims.json: attributes from the claims.md table, values and qualifiers in their forms', () => {
    const problems: string[] = [];
    const unknown = new Set<string>();
    for (const c of kb.claims) {
      const def = ATTRIBUTES[c.attribute] ?? EXTENSIONS[c.attribute];
      if (!def) {
        unknown.add(c.attribute);
        continue;
      }
      const where = `${c.id} ${c.attribute}`;
      const bad = def.value(c.value);
      if (bad) problems.push(`${where}: value ${bad}`);
      for (const [key, value] of Object.entries(c.qualifiers as Record<string, unknown>)) {
        const check = QUALIFIER_EXTENSIONS[c.attribute]?.[key] ?? def.qualifiers[key] ?? ANY_CLAIM_QUALIFIERS[key];
        if (!check) problems.push(`${where}: qualifier "${key}" not allowed`);
        else {
          const why = check(value);
          if (why) problems.push(`${where}: qualifier ${key} ${why}`);
        }
      }
    }
    expect([...unknown].sort(), 'attributes outside claims.md (add to EXTENSIONS only if documented)').toEqual([]);
    expect(problems).toEqual([]);
  });

  it('claims.json: quote is the exact text at start..end, inside its section; lang that of its sentences', () => {
    const problems: string[] = [];
    for (const c of kb.claims) {
      const doc = kb.documents.get(c.documentId);
      if (!doc) {
        problems.push(`${c.id}: unknown document ${c.documentId}`);
        continue;
      }
      if (!inside(doc, c.start, c.end)) problems.push(`${c.id}: [${c.start},${c.end}) outside text`);
      else if (doc.text.slice(c.start, c.end) !== c.quote) problems.push(`${c.id}: quote ${JSON.stringify(c.quote.slice(0, 50))} != text ${JSON.stringify(doc.text.slice(c.start, c.start + 50))}`);
      const langs = new Set(doc.sentences.filter((s) => s.start < c.end && s.end > c.start).map((s) => s.lang));
      if (langs.size > 0 && !langs.has(c.lang)) problems.push(`${c.id}: lang ${c.lang}, its sentences are ${[...langs].join('/')}`);
      const section = doc.sections.find((s) => s.id === c.sectionId);
      if (!section) problems.push(`${c.id}: unknown section ${c.sectionId}`);
      else if (c.start < section.start || c.end > section.end) problems.push(`${c.id}: quote [${c.start},${c.end}) outside section ${c.sectionId} [${section.start},${section.end})`);
    }
    expect(problems).toEqual([]);
  });

  it('findings.json: every record has the fields and types of findings.md, ids unique', () => {
    expect(kb.findings.flatMap((f, i) => schemaErrors('finding', f, `findings[${i}] ${f.id}: `))).toEqual([]);
    expect(duplicates(kb.findings.map((f) => f.id))).toEqual([]);
  });

  it('findings.json: excerpts (and related excerpts) are the exact text at their offsets', () => {
    const problems: string[] = [];
    const at = (documentId: string, start: number, end: number, excerpt: string, where: string) => {
      const doc = kb.documents.get(documentId);
      if (!doc) problems.push(`${where}: unknown document ${documentId}`);
      else if (!inside(doc, start, end)) problems.push(`${where}: [${start},${end}) outside text`);
      else if (doc.text.slice(start, end) !== excerpt) problems.push(`${where}: excerpt ${JSON.stringify(excerpt.slice(0, 50))} != text ${JSON.stringify(doc.text.slice(start, start + 50))}`);
    };
    for (const f of kb.findings) {
      at(f.documentId, f.start, f.end, f.excerpt, f.id);
      const related = (f.related ?? []) as Array<{ documentId: string; start: number; end: number; excerpt: string }>;
      related.forEach((r, i) => at(r.documentId, r.start, r.end, r.excerpt, `${f.id}.related[${i}]`));
    }
    expect(problems).toEqual([]);
  });

  it('findings.json: line/column only for formats with lines, and they point at the excerpt in the file', () => {
    const problems: string[] = [];
    const lines = new Map<string, string[]>();
    for (const f of kb.findings) {
      if (f.line === undefined) continue;
      const doc = kb.documents.get(f.documentId)!;
      if (doc.format === 'docx' || doc.format === 'pdf') {
        problems.push(`${f.id}: line/column on a ${doc.format} document`);
        continue;
      }
      if (doc.format === 'xlsx' || doc.format === 'csv') {
        // A spreadsheet position is the row and column of the cell the excerpt starts in.
        const cell = ((doc.sourceMap ?? []) as Array<[number, number, number]>).filter(([offset]) => offset <= (f.start as number)).at(-1);
        if (!cell || cell[1] !== f.line || cell[2] !== f.column) problems.push(`${f.id}: ${f.line}:${f.column} is not the cell of offset ${f.start} (${cell?.slice(1).join(':')})`);
        continue;
      }
      if (!lines.has(doc.id)) lines.set(doc.id, decodeText(readFileSync(sourceFile(sources, doc.source))).text.split(/\r\n|\r|\n/));
      const fileLines = lines.get(doc.id)!;
      const line = fileLines[(f.line as number) - 1];
      if (line === undefined) {
        problems.push(`${f.id}: line ${f.line} past the end of ${doc.source} (${fileLines.length} lines)`);
        continue;
      }
      // The file may hold markup around the excerpt (html entities, md syntax): compare its first word.
      const head = (/[\p{L}\p{N}]+/u.exec(f.excerpt)?.[0] ?? '').slice(0, 8);
      const at = line.slice((f.column as number) - 1);
      if (doc.format !== 'html' && head !== '' && !at.slice(0, head.length + 12).includes(head)) {
        problems.push(`${f.id} ${f.kind}: ${doc.source}:${f.line}:${f.column} reads ${JSON.stringify(at.slice(0, 40))}, excerpt ${JSON.stringify(f.excerpt.slice(0, 40))}`);
      }
    }
    expect(problems).toEqual([]);
  });

  if (options.cleanIds) {
    const clean = options.cleanIds;
    it('findings.json: no `error` finding on the clean documents', () => {
      for (const id of clean) expect(kb.documents.has(id), id).toBe(true);
      const errors = kb.findings.filter((f) => clean.includes(f.documentId) && f.severity === 'error');
      expect(errors.map((f) => `${f.documentId} ${f.kind}/${f.rule}: ${f.excerpt}`)).toEqual([]);
    });
  }

  return () => kb;
}

/** The file behind a KB `source`: relative to the project, or (absolute SOURCE) to that folder's parent. */
function sourceFile(sources: string[], source: string): string {
  const from = sources.find((s) => path.isAbsolute(s) && source.startsWith(`${path.basename(s)}/`));
  return from ? path.join(path.dirname(from), source) : path.resolve(projectRoot, source);
}
