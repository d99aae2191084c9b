/**
 * What the command-line contract tests share (tests/contracts/cli.test.ts runs them, one KB for
 * all): the KB built from content/sources (`kb`, set by `buildSharedKb` before the first test),
 * calls started early, and the helpers that read their output.
 */
import path from 'node:path';
import { expect } from 'vitest';
import { buildKbAsync, seckbAsync, type Kb, type KbDocument, type Run } from '../harness.ts';

export const SRC = 'content/sources';
export const COMMANDS = ['ingest', 'check', 'diff', 'align', 'search', 'compare'];

export let kb: Kb;
/** Calls that need no KB start at once, side by side with the KB build; tests await them. */
const early = new Map<string, Promise<Run>>();
export const started = (key: string) => {
  const run = early.get(key);
  if (!run) throw new Error(`call "${key}" was not started`);
  return run;
};
export const start = (key: string, args: string[]) => early.set(key, seckbAsync(args));

export async function buildSharedKb(): Promise<void> {
  kb = await buildKbAsync([SRC], 'seckb-contract-cli-');
  expect(kb.code, kb.stderr).toBe(0);
}

export const removeSharedKb = (): void => kb?.cleanup();

export const docBySource = (file: string): KbDocument => {
  const normalized = path.posix.normalize(file);
  const doc = [...kb.documents.values()].find((d) => d.source === normalized);
  if (!doc) throw new Error(`no KB document for ${file}`);
  return doc;
};

export const parseJson = (stdout: string, what: string): unknown => {
  try {
    return JSON.parse(stdout);
  } catch (error) {
    throw new Error(`${what}: stdout is not JSON (${(error as Error).message}): ${stdout.slice(0, 200)}`);
  }
};

export interface CheckEntry {
  file: string;
  documentId: string;
  findings: Array<{ id: string; kind: string; severity: string; excerpt: string; start: number; end: number; line?: number; column?: number }>;
}
