/**
 * Shared pieces of the contract tests: JSON schemas (written from ../shared/spec/*.md) compiled
 * once, and a knowledge base built by the real binary once per test file into a temp dir.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { seckb, seckbBin } from '../helpers/cli.ts';
import { projectRoot } from '../helpers/seeds.ts';

const schemaDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'schemas');
const loadSchema = (name: string) => JSON.parse(readFileSync(path.join(schemaDir, name), 'utf8')) as Record<string, unknown>;

const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
addFormats(ajv);
for (const name of ['claim', 'finding', 'manifest', 'document', 'check-output', 'diff-output', 'align-output', 'search-output']) {
  ajv.addSchema(loadSchema(`${name}.schema.json`));
}

export function validator(id: string): ValidateFunction {
  const fn = ajv.getSchema(`seckb:${id}`);
  if (!fn) throw new Error(`no schema seckb:${id}`);
  return fn;
}

/** Errors of `value` against schema `id`, as readable lines (empty when valid). */
export function schemaErrors(id: string, value: unknown, label = ''): string[] {
  const fn = validator(id);
  if (fn(value)) return [];
  return (fn.errors ?? []).map((e) => `${label}${e.instancePath || '/'} ${e.message ?? ''} ${e.params ? JSON.stringify(e.params) : ''}`.trim());
}

export interface KbDocument {
  id: string;
  source: string;
  format: string;
  language: string;
  text: string;
  sections: Array<{ id: string; heading: string; level: number; number?: string; start: number; end: number }>;
  sentences: Array<{ id: string; sectionId: string; start: number; end: number; lang: string }>;
  [key: string]: unknown;
}

export interface Kb {
  dir: string;
  /** Exit code and stderr of the ingest that built it. */
  code: number | null;
  stderr: string;
  manifest: { documents: Array<{ id: string; source: string; status: string; format: string; error?: string }> };
  documents: Map<string, KbDocument>;
  /** Raw documents/<id>.json contents, for schema checks. */
  rawDocuments: Map<string, unknown>;
  claims: Array<Record<string, unknown> & { id: string; documentId: string; attribute: string; start: number; end: number; quote: string; sectionId: string; lang: string }>;
  findings: Array<Record<string, unknown> & { id: string; documentId: string; start: number; end: number; excerpt: string; severity: string }>;
  cleanup(): void;
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/** Runs `seckb ingest SOURCES --out <tmp>` and reads what it wrote. */
export function buildKb(sources: string[], prefix = 'seckb-contract-'): Kb {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  const out = path.join(dir, 'kb');
  const r = seckb(['ingest', ...sources, '--out', out]);
  return { ...readKb(out), code: r.code, stderr: r.stderr, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** {@link buildKb} without blocking: two KBs can be built side by side. */
export async function buildKbAsync(sources: string[], prefix = 'seckb-contract-'): Promise<Kb> {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  const out = path.join(dir, 'kb');
  const r = await seckbAsync(['ingest', ...sources, '--out', out]);
  return { ...readKb(out), code: r.code, stderr: r.stderr, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function readKb(out: string): Omit<Kb, 'code' | 'stderr' | 'cleanup'> {
  const rawDocuments = new Map<string, unknown>();
  for (const f of readdirSync(path.join(out, 'documents')).sort()) {
    rawDocuments.set(f.replace(/\.json$/, ''), readJson(path.join(out, 'documents', f)));
  }
  return {
    dir: out,
    manifest: readJson(path.join(out, 'manifest.json')) as Kb['manifest'],
    rawDocuments,
    documents: rawDocuments as Map<string, KbDocument>,
    claims: readJson(path.join(out, 'claims.json')) as Kb['claims'],
    findings: readJson(path.join(out, 'findings.json')) as Kb['findings'],
  };
}

/** Every file under `dir` (relative posix paths), sorted. */
export function listFiles(dir: string, base = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(path.join(dir, base), { withFileTypes: true })) {
    const rel = base ? `${base}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...listFiles(dir, rel));
    else out.push(rel);
  }
  return out.sort();
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

// At most this many seckb processes at once (each is a Node + tsx process): enough to overlap
// start-up costs on two cores without crowding the machine other suites share.
const MAX_RUNNING = 4;
let running = 0;
const waiting: Array<() => void> = [];

/** `seckb(args)` without blocking, so independent calls can run side by side. */
export async function seckbAsync(args: string[]): Promise<Run> {
  if (running >= MAX_RUNNING) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await spawnSeckb(args);
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function spawnSeckb(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [seckbBin, ...args], { cwd: projectRoot });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
