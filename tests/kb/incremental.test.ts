/**
 * A re-ingest reuses the cached results of unchanged files (documents, pairs, search-index parts),
 * and its KB must be byte-identical to a cold ingest of the same sources: nothing a reused part
 * carries may differ from what computing it afresh gives (README: output is deterministic).
 */
import { execFile } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seckbBin } from '../helpers/cli.ts';
import { projectRoot } from '../helpers/seeds.ts';

/** Async, so the test worker stays responsive through minutes-long runs on a loaded machine. */
function seckb(args: string[]): Promise<{ stderr: string }> {
  return new Promise((resolve) => execFile(process.execPath, [seckbBin, ...args], { cwd: projectRoot, maxBuffer: 64 << 20 }, (_error, _stdout, stderr) => resolve({ stderr })));
}

function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else files.set(path.relative(dir, full), readFileSync(full, 'latin1'));
    }
  };
  walk(dir);
  return files;
}

describe('incremental re-ingest', () => {
  it('writes the same bytes as a cold ingest after a file is changed, one removed and one added', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'seckb-incremental-'));
    const src = path.join(work, 'src');
    cpSync(path.join(projectRoot, 'content/sources'), src, { recursive: true });
    const warm = path.join(work, 'warm');
    const first = await seckb(['ingest', src, '--out', warm]);
    expect(first.stderr).toMatch(/(\d+) documents \(0 unchanged\)/);
    const before = snapshot(warm);

    // One changed (its search part and its version pair's diff change), one removed (document
    // files of later documents are renumbered), one added.
    const names = readdirSync(src).filter((n) => /\.(md|txt)$/.test(n)).sort();
    appendFileSync(path.join(src, names[0]!), '\nAudit logs are kept for 400 days and reviewed monthly.\n');
    rmSync(path.join(src, names[1]!));
    writeFileSync(path.join(src, 'aaa-new-vendor.md'), '# Zentrix CMMS Security\n\nZentrix stores customer data in Warsaw. Backups run every night.\n');
    const again = await seckb(['ingest', src, '--out', warm]);
    const total = Number(/(\d+) documents/.exec(first.stderr)![1]);
    // Every file but the two new ones came from the cache.
    expect(again.stderr).toContain(`${total} documents (${total - 2} unchanged)`);

    const cold = path.join(work, 'cold');
    expect((await seckb(['ingest', src, '--out', cold])).stderr).toContain(`${total} documents (0 unchanged)`);
    const incremental = snapshot(warm);
    const fresh = snapshot(cold);
    expect([...incremental.keys()].sort()).toEqual([...fresh.keys()].sort());
    for (const [name, bytes] of fresh) expect(incremental.get(name), name).toBe(bytes);
    // The change reached the KB (this is not two copies of the old KB).
    expect(incremental.get('documents/aaa-new-vendor.json')).toContain('Zentrix');
    expect([...incremental].filter(([name, bytes]) => before.get(name) !== bytes).map(([name]) => name)).toEqual(
      expect.arrayContaining(['manifest.json', 'search/manifest.json', 'search/en.json']),
    );
  }, 300_000);
});
