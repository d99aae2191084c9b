/**
 * The KB swap is atomic (issue 13 item 2): killed between any two steps, the KB path holds the
 * old or the new KB, never nothing; the next run removes what the dead run left.
 */
import { spawn } from 'node:child_process';
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readKb } from '../../src/kb/read.ts';
import { cleanLeftovers } from '../../src/kb/write.ts';
import { seckb, seckbBin } from '../helpers/cli.ts';
import { projectRoot } from '../helpers/seeds.ts';

/** Runs an ingest that pauses at `step`, waits for it to get there, and kills it with SIGKILL. */
async function killAt(step: string, args: string[]): Promise<void> {
  const child = spawn(process.execPath, [seckbBin, ...args], {
    cwd: projectRoot,
    env: { ...process.env, SECKB_TEST_PAUSE_AT: step, SECKB_TEST_PAUSE_MS: '60000' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`never paused at ${step}: ${stderr}`)), 30_000);
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes(`seckb-test-paused ${step}`)) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  child.kill('SIGKILL');
  await new Promise((r) => child.on('exit', r));
}

const sources = (kb: string) => readKb(kb).manifest.documents.map((d) => path.basename(d.source)).sort();
/** Siblings a run made next to the KB, less the result cache (src/kb/cache.ts), which is meant to stay. */
const leftovers = (kb: string) => readdirSync(path.dirname(kb)).filter((n) => n.startsWith(`.${path.basename(kb)}.`) && n !== `.${path.basename(kb)}.cache`);

describe('atomic KB swap', () => {
  let work: string;
  let one: string;
  let two: string;
  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'seckb-swap-'));
    two = path.join(work, 'two');
    mkdirSync(two);
    writeFileSync(path.join(two, 'acme.md'), '# Acme Security\n\nAcme hosts its service in Azure West Europe.\n');
    writeFileSync(path.join(two, 'beta.txt'), 'Beta Security\n\nBeta keeps backups for 30 days.\n');
    one = path.join(two, 'acme.md');
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.each([
    ['written', ['acme.md']],
    ['linked', ['acme.md']],
    ['swapped', ['acme.md', 'beta.txt']],
  ])('killed at "%s": the path holds a whole KB, and the next run cleans up', async (step, expected) => {
    const kb = path.join(work, `kb-${step}`);
    expect(seckb(['ingest', one, '--out', kb]).code).toBe(0);
    await killAt(step, ['ingest', two, '--out', kb]);
    expect(sources(kb)).toEqual(expected);
    expect(leftovers(kb).length).toBeGreaterThan(1);
    expect(seckb(['ingest', one, '--out', kb]).code).toBe(0);
    expect(sources(kb)).toEqual(['acme.md']);
    expect(leftovers(kb)).toEqual([readlinkSync(kb)]);
  });

  it('migrates an old-style KB folder, and a run killed mid-migration is put back by the next', async () => {
    const kb = path.join(work, 'kb-legacy');
    const model = path.join(work, 'kb-model');
    expect(seckb(['ingest', one, '--out', model]).code).toBe(0);
    // A KB as seckb wrote it before: a real folder, no marker in the manifest.
    cpSync(model, kb, { recursive: true, dereference: true });
    const manifest = JSON.parse(readFileSync(path.join(kb, 'manifest.json'), 'utf8'));
    delete manifest.seckb;
    writeFileSync(path.join(kb, 'manifest.json'), JSON.stringify(manifest));
    await killAt('moved-old', ['ingest', two, '--out', kb]);
    await cleanLeftovers(kb);
    expect(lstatSync(kb).isDirectory()).toBe(true);
    expect(sources(kb)).toEqual(['acme.md']);
    expect(seckb(['ingest', two, '--out', kb]).code).toBe(0);
    expect(lstatSync(kb).isSymbolicLink()).toBe(true);
    expect(sources(kb)).toEqual(['acme.md', 'beta.txt']);
    expect(leftovers(kb)).toEqual([readlinkSync(kb)]);
  });
});
