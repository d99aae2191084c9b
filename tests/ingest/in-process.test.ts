/**
 * `seckb check` of one small text file may run in the command's process (ingest/in-process.ts):
 * which calls qualify, that a note, an error or a limit sends the file to a pool worker, and that
 * both paths print the same bytes.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkInProcess, IN_PROCESS_MAX_BYTES, inProcessFile } from '../../ingest/in-process.ts';
import { resolveLimits } from '../../ingest/limits.ts';
import { runTask, type FileTask } from '../../ingest/tasks.ts';
import { execFile } from 'node:child_process';
import { projectRoot } from '../helpers/seeds.ts';
import { seckbBin } from '../helpers/cli.ts';

const pool = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../ingest/pool.ts', async (original) => {
  const real = await original<typeof import('../../ingest/pool.ts')>();
  return { ...real, runFileTasks: (...args: Parameters<typeof real.runFileTasks>) => (pool.calls++, real.runFileTasks(...args)) };
});

const DRAFT = '# Security\n\nWe keep backups for 30 days in two data centres.\nTODO: name the second one.\n';
const DEEP = Array.from({ length: 60 }, (_, i) => `${'>'.repeat(60)} Line ${i}: backups are kept for 30 days.`).join('\n') + '\n';

let dir = '';
const at = (name: string) => path.join(dir, name);
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'seckb-in-process-'));
  writeFileSync(at('draft.md'), DRAFT);
  writeFileSync(at('notes.TXT'), DRAFT);
  writeFileSync(at('answers.csv'), 'Question,Answer\nAre backups encrypted?,Yes (AES-256)\n');
  writeFileSync(at('edge.md'), 'x'.repeat(IN_PROCESS_MAX_BYTES));
  writeFileSync(at('big.md'), 'x'.repeat(IN_PROCESS_MAX_BYTES + 1));
  writeFileSync(at('paper.docx'), 'not a zip');
  writeFileSync(at('page.html'), '<p>We keep backups.</p>');
  writeFileSync(at('empty.md'), '');
  writeFileSync(at('blank.md'), ' \n\n \n');
  writeFileSync(at('deep.md'), DEEP);
  symlinkSync(at('draft.md'), at('link.md'));
  mkdirSync(at('folder.md'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('which check runs in process', () => {
  /** Without a worker snapshot (the sources, as here) and no SECKB_CHECK_IN_PROCESS. */
  const here = (args: string[]) => inProcessFile(args, {}, () => false);

  it('one regular text file up to the size cap, with any output flags', () => {
    expect(here([at('draft.md')])).toBe(at('draft.md'));
    expect(here(['--format', 'json', at('notes.TXT'), '--locale=pl', '--today', '2026-12-07', '--lang', 'en'])).toBe(at('notes.TXT'));
    expect(here([at('answers.csv'), '--max-age-years', '3'])).toBe(at('answers.csv'));
    expect(here([at('edge.md')])).toBe(at('edge.md'));
  });

  it('the pool for more files, other formats, bigger files, links, limits, user rules or a bad call', () => {
    const no = (args: string[], env: NodeJS.ProcessEnv = {}) => expect(inProcessFile(args, env, () => false), args.join(' ')).toBeUndefined();
    no([at('draft.md'), at('notes.TXT')]);
    no([]);
    no([at('big.md')]);
    no([at('paper.docx')]);
    no([at('page.html')]);
    no([at('empty.md')]);
    no([at('link.md')]);
    no([at('folder.md')]);
    no([at('missing.md')]);
    no([at('draft.md'), '--rules', at('rules.json')]);
    no([at('draft.md'), '--timeout-s', '5']);
    no([at('draft.md'), '--max-memory-mb=256']);
    no([at('draft.md'), '--max-file-mb', '1']);
    no([at('draft.md'), '--help']);
    no([at('draft.md'), '--no-such-flag']);
    no(['--format', at('draft.md')]); // the file is --format's value: a usage error
    no([at('draft.md')], { SECKB_CHECK_IN_PROCESS: '0' });
  });

  it('the pool while a worker snapshot fits (its worker costs less), unless asked', () => {
    const fits = () => true;
    expect(inProcessFile([at('draft.md')], {}, fits)).toBeUndefined();
    expect(inProcessFile([at('draft.md')], { SECKB_CHECK_IN_PROCESS: '1' }, fits)).toBe(at('draft.md'));
    expect(inProcessFile([at('big.md')], { SECKB_CHECK_IN_PROCESS: '1' }, fits)).toBeUndefined();
    expect(inProcessFile([at('draft.md')], {}, () => false)).toBe(at('draft.md'));
  });
});

describe('checkInProcess', () => {
  const limits = resolveLimits({});
  const task = (file: string): Extract<FileTask, { kind: 'check' }> => ({ kind: 'check', file, settings: { locale: 'en', extraRules: [], now: Date.UTC(2026, 11, 7) } });

  it("gives the task's result, as a worker would", async () => {
    const here = await checkInProcess(task(at('draft.md')), limits);
    expect(here?.result?.findings.length).toBeGreaterThan(0);
    expect(here).toEqual(await runTask(task(at('draft.md')), limits));
  });

  it('leaves to a worker a file the reader adds a note to, one that fails, and one past the CPU limit', async () => {
    expect((await runTask(task(at('deep.md')), limits)).result).toBeDefined();
    expect(await checkInProcess(task(at('deep.md')), limits)).toBeUndefined();
    expect((await runTask(task(at('blank.md')), limits)).error).toBeDefined();
    expect(await checkInProcess(task(at('blank.md')), limits)).toBeUndefined();
    expect(await checkInProcess(task(at('draft.md')), { ...limits, timeoutMs: 0.001 })).toBeUndefined();
  });
});

describe('the check command', () => {
  let out = '';
  afterEach(() => vi.restoreAllMocks());
  const run = async (args: string[]) => {
    out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    pool.calls = 0;
    const { command } = await import('../../src/cli/check.ts');
    const code = await command.run(args);
    vi.restoreAllMocks();
    return { code, out, pool: pool.calls };
  };

  it('runs a small draft without the pool, and a file with a note in it', async () => {
    const here = await run([at('draft.md'), '--format', 'json', '--today', '2026-12-07']);
    expect(here.pool).toBe(0);
    const pooled = await run([at('draft.md'), at('draft.md'), '--format', 'json', '--today', '2026-12-07']);
    expect(pooled.pool).toBe(1);
    expect(JSON.parse(pooled.out)[0]).toEqual(JSON.parse(here.out)[0]);
    expect((await run([at('deep.md'), '--format', 'json'])).pool).toBe(1);
  }, 120_000);
});

// The sample corpus and the open dev split: Polish and English, .md, .txt and .csv.
const SAMPLES = [
  'content/sources/konserwo-bezpieczenstwo.md',
  'content/sources/plantwise-security-2025.txt',
  'content/sources/serwisix-bezpieczenstwo-pl.md',
  'eval/docs/dev/brightwrench-security-faq.md',
  'eval/docs/dev/dzwigor-warunki-bezpieczenstwa.txt',
];

/** The real binary, as tests/helpers/cli.ts runs it but without blocking this thread (vitest's own messages wait on it). */
function seckb(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [seckbBin, ...args], { cwd: projectRoot, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 }, (_error, stdout, stderr) =>
      resolve({ code: child.exitCode, stdout, stderr }),
    );
  });
}

// Own files (from beforeAll) are named '@name'.
const CASES = [
  ...SAMPLES.map((file) => [file, '--format', 'json', '--today', '2026-12-07']),
  [SAMPLES[0]!, '--format', 'sarif', '--locale', 'pl', '--today', '2026-12-07'],
  [SAMPLES[3]!, '--today', '2026-12-07'],
  ['@answers.csv', '--format', 'json', '--today', '2026-12-07'],
  ['@draft.md', '--lang', 'pl', '--today', '2026-12-07'],
  ['@deep.md', '--format', 'json', '--today', '2026-12-07'],
  ['@blank.md'],
];

describe('in process and in a worker, the same output', () => {
  it.each(CASES)('prints the same bytes, messages and exit code: %s %s %s', async (...args: string[]) => {
    const argv = ['check', ...args.map((a) => (a.startsWith('@') ? at(a.slice(1)) : a))];
    const here = await seckb(argv, { SECKB_CHECK_IN_PROCESS: '1' });
    expect(here.stderr).toMatch(/files checked|sprawdzone pliki|cannot read/);
    expect(here).toEqual(await seckb(argv, { SECKB_CHECK_IN_PROCESS: '0' }));
  }, 120_000);
});
