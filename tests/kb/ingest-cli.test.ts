import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { seckb, seckbBin as bin } from '../helpers/cli.ts';
import { projectRoot } from '../helpers/seeds.ts';

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out[path.relative(dir, full)] = readFileSync(full, 'latin1');
    }
  };
  walk(dir);
  return out;
}

describe('seckb ingest', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'seckb-ingest-'));
    const src = path.join(work, 'src');
    mkdirSync(src);
    writeFileSync(path.join(src, 'acme.md'), '# Acme CMMS Security\n\nAcme Inc. hosts Acme CMMS in Azure West Europe. Backups are kept for 30 days.\n');
    writeFileSync(path.join(src, 'beta.txt'), 'Beta Security Overview\n\nBeta AB stores all data in Sweden.\nBeta encrypts backups with AES-256.\n');
    writeFileSync(path.join(src, 'empty.txt'), '');
    writeFileSync(path.join(src, 'broken.docx'), 'this is not a zip archive');
    writeFileSync(path.join(src, 'notes.rtf'), '{\\rtf1 hello}');
  });

  it('ingests the good files, reports each bad one with a reason, and exits 1', () => {
    const out = path.join(work, 'kb');
    const r = seckb(['ingest', path.join(work, 'src'), '--out', out]);
    expect(r.code).toBe(1);
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    const status = Object.fromEntries(manifest.documents.map((d: { source: string; status: string }) => [path.basename(d.source), d.status]));
    expect(status).toEqual({ 'acme.md': 'ok', 'beta.txt': 'ok', 'empty.txt': 'failed', 'broken.docx': 'failed', 'notes.rtf': 'failed' });
    for (const d of manifest.documents.filter((d: { status: string }) => d.status === 'failed')) {
      expect(d.error).toMatch(/\w{3,}/);
      expect(d.error).not.toMatch(/\n/);
    }
    const acme = JSON.parse(readFileSync(path.join(out, 'documents/acme.json'), 'utf8'));
    expect(acme.vendor.name).toBe('Acme');
    expect(acme.text).toContain('Backups are kept for 30 days.');
  });

  it('writes byte-identical knowledge bases for the same input', () => {
    const a = path.join(work, 'kb-a');
    const b = path.join(work, 'kb-b');
    seckb(['ingest', path.join(work, 'src'), '--out', a]);
    seckb(['ingest', path.join(work, 'src'), '--out', b]);
    expect(snapshot(a)).toEqual(snapshot(b));
    // A rerun over an existing KB reuses unchanged documents and still gives the same bytes.
    const before = snapshot(a);
    const again = seckb(['ingest', path.join(work, 'src'), '--out', a]);
    expect(again.stderr).toMatch(/2 unchanged/);
    expect(snapshot(a)).toEqual(before);
  });

  it('leaves the previous knowledge base whole when killed mid-write', async () => {
    const out = path.join(work, 'kb-atomic');
    const first = seckb(['ingest', path.join(work, 'src', 'acme.md'), '--out', out]);
    expect(first.code, first.stderr).toBe(0);
    const before = snapshot(out);
    const child = spawn(process.execPath, [bin, 'ingest', path.join(work, 'src'), '--out', out], {
      cwd: projectRoot,
      env: { ...process.env, SECKB_TEST_WRITE_PAUSE_MS: '400' },
      stdio: 'ignore',
    });
    // Wait until the staging folder has files in it, then kill the process.
    const parent = path.dirname(out);
    const deadline = Date.now() + 30_000;
    for (;;) {
      const staging = readdirSync(parent).find((n) => n.startsWith('.kb-atomic.staging-'));
      if (staging && readdirSync(path.join(parent, staging)).length > 0) break;
      if (Date.now() > deadline) throw new Error('ingest never started writing');
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
    expect(snapshot(out)).toEqual(before);
  });

  it('exits 2 with a reason for a missing source', () => {
    const r = seckb(['ingest', path.join(work, 'nope'), '--out', path.join(work, 'kb-x')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no such file or folder/);
    expect(existsSync(path.join(work, 'kb-x'))).toBe(false);
  });
});
