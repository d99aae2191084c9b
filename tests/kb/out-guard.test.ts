/**
 * seckb replaces only what it owns (issue 13 item 1): `ingest --out` and `compare --out` refuse,
 * with one line and exit 2, anything that is not their own output, and leave it untouched.
 */
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileOutRefusal, isSeckbKb, kbOutRefusal } from '../../src/kb/out-guard.ts';
import { seckb } from '../helpers/cli.ts';

/** Every file under `dir` with its content, to prove nothing was touched. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out[path.relative(dir, full)] = e.isSymbolicLink() ? '-> link' : readFileSync(full, 'latin1');
    }
  };
  walk(dir);
  return out;
}

function expectRefused(r: { code: number | null; stderr: string }, reason: RegExp) {
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(reason);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('ingest --out refuses what is not its own KB', () => {
  let work: string;
  let src: string;
  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'seckb-guard-'));
    src = path.join(work, 'src');
    mkdirSync(src);
    writeFileSync(path.join(src, 'acme.md'), '# Acme Security\n\nAcme hosts its service in Azure West Europe.\n');
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('a folder holding other files', () => {
    const mine = path.join(work, 'mine');
    mkdirSync(mine);
    writeFileSync(path.join(mine, 'thesis.docx'), 'years of work');
    mkdirSync(path.join(mine, 'photos'));
    writeFileSync(path.join(mine, 'photos', 'cat.jpg'), 'meow');
    const before = tree(mine);
    expectRefused(seckb(['ingest', src, '--out', mine]), /holds files that are not a seckb knowledge base/);
    expect(tree(mine)).toEqual(before);
    expect(readdirSync(work).filter((n) => n.startsWith('.mine.'))).toEqual([]);
  });

  it('the source folder itself, a folder inside it, and a source inside --out', () => {
    const before = tree(src);
    expectRefused(seckb(['ingest', src, '--out', src]), /is the source .* or inside it/);
    expectRefused(seckb(['ingest', src, '--out', path.join(src, 'kb')]), /is the source .* or inside it/);
    expectRefused(seckb(['ingest', path.join(src, 'acme.md'), '--out', work]), /source .* is inside --out/);
    expect(tree(src)).toEqual(before);
  });

  it('a regular file, the root folder and the current folder', () => {
    const file = path.join(work, 'notes.txt');
    writeFileSync(file, 'my notes');
    expectRefused(seckb(['ingest', src, '--out', file]), /is a file, not a folder/);
    expect(readFileSync(file, 'utf8')).toBe('my notes');
    expectRefused(seckb(['ingest', src, '--out', '/']), /is the root folder/);
    const before = tree(work);
    expectRefused(seckb(['ingest', 'src', '--out', '.'], work), /is the current folder/);
    expectRefused(seckb(['ingest', 'acme.md', '--out', '..'], src), /is the current folder or holds it/);
    expect(tree(work)).toEqual(before);
  });

  it('a symbolic link seckb did not make', () => {
    const elsewhere = path.join(work, 'elsewhere');
    mkdirSync(elsewhere);
    writeFileSync(path.join(elsewhere, 'keep.txt'), 'keep');
    const link = path.join(work, 'linked');
    symlinkSync(elsewhere, link);
    expectRefused(seckb(['ingest', src, '--out', link]), /symbolic link seckb did not make/);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(tree(elsewhere)).toEqual({ 'keep.txt': 'keep' });
  });

  it('a read-only place: one line, no stack trace', () => {
    let out: string;
    if (process.getuid?.() === 0) {
      out = '/sys/seckb-kb-test'; // root writes through permissions; sysfs refuses new folders
    } else {
      const ro = path.join(work, 'ro');
      mkdirSync(ro);
      chmodSync(ro, 0o555);
      out = path.join(ro, 'kb');
    }
    const r = seckb(['ingest', src, '--out', out]);
    expectRefused(r, /read-only|not permitted|permission/);
    expect(existsSync(out)).toBe(false);
  });

  it('writes into a new or empty folder, then replaces only its own KB', () => {
    const empty = path.join(work, 'empty');
    mkdirSync(empty);
    expect(seckb(['ingest', src, '--out', empty]).code).toBe(0);
    expect(isSeckbKb(empty)).toBe(true);
    expect(JSON.parse(readFileSync(path.join(empty, 'manifest.json'), 'utf8')).seckb).toEqual({ kb: 1 });
    expect(seckb(['ingest', src, '--out', empty]).code).toBe(0);
    const fresh = path.join(work, 'new', 'deeper', 'kb');
    expect(seckb(['ingest', src, '--out', fresh]).code).toBe(0);
    expect(isSeckbKb(fresh)).toBe(true);
  });

  it('replaces a KB written before the marker existed (only KB files in it)', () => {
    const legacy = path.join(work, 'legacy');
    mkdirSync(path.join(legacy, 'documents'), { recursive: true });
    writeFileSync(path.join(legacy, 'manifest.json'), JSON.stringify({ modelVersion: 'x', documents: [] }));
    writeFileSync(path.join(legacy, 'claims.json'), '[]');
    expect(kbOutRefusal(legacy, [src])).toBeUndefined();
    // The same folder with a stranger's file in it is not a KB any more.
    writeFileSync(path.join(legacy, 'budget.xlsx'), 'PK');
    expect(kbOutRefusal(legacy, [src])).toMatch(/holds files that are not a seckb knowledge base/);
    rmSync(path.join(legacy, 'budget.xlsx'));
    expect(seckb(['ingest', src, '--out', legacy]).code).toBe(0);
    expect(lstatSync(legacy).isSymbolicLink()).toBe(true);
    expect(isSeckbKb(legacy)).toBe(true);
  });

  it("refuses to replace its own KB while it holds a person's files, and keeps them", () => {
    const kb = path.join(work, 'kept');
    expect(seckb(['ingest', src, '--out', kb]).code).toBe(0);
    writeFileSync(path.join(kb, 'notes.txt'), 'call the vendor on Monday');
    expectRefused(seckb(['ingest', src, '--out', kb]), /--out ".*kept" holds "notes\.txt", which seckb did not write and a new knowledge base would delete; move it out/);
    expect(readFileSync(path.join(kb, 'notes.txt'), 'utf8')).toBe('call the vendor on Monday');
    rmSync(path.join(kb, 'notes.txt'));
    // One level down too: a document copied next to the KB's own files.
    writeFileSync(path.join(kb, 'documents', 'contract.pdf'), '%PDF-1.7');
    expectRefused(seckb(['ingest', src, '--out', kb]), /holds "documents\/contract\.pdf"/);
    expect(existsSync(path.join(kb, 'documents', 'contract.pdf'))).toBe(true);
    rmSync(path.join(kb, 'documents', 'contract.pdf'));
    expect(seckb(['ingest', src, '--out', kb]).code).toBe(0);
  });

  it('a manifest.json alone does not make a folder a KB', () => {
    const fake = path.join(work, 'fake');
    mkdirSync(fake);
    writeFileSync(path.join(fake, 'manifest.json'), JSON.stringify({ name: 'my-app', documents: [] }));
    writeFileSync(path.join(fake, 'index.js'), '');
    expect(isSeckbKb(fake)).toBe(false);
    expect(kbOutRefusal(fake, [src])).toMatch(/not a seckb knowledge base/);
  });
});

describe('compare --out replaces only a file of its own kind', () => {
  let work: string;
  let kb: string;
  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'seckb-guard-compare-'));
    mkdirSync(path.join(work, 'src'));
    writeFileSync(path.join(work, 'src', 'acme.md'), '# Acme Security\n\nAcme hosts its service in Azure West Europe.\n');
    kb = path.join(work, 'kb');
    expect(seckb(['ingest', path.join(work, 'src'), '--out', kb]).code).toBe(0);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('refuses a folder, a file of another kind, and a file inside the KB', () => {
    const doc = path.join(work, 'contract.docx');
    writeFileSync(doc, 'PK\u0003\u0004 a word file');
    expectRefused(seckb(['compare', '--kb', kb, '--format', 'csv', '--out', doc]), /exists and is not a \.csv file/);
    expect(readFileSync(doc, 'latin1')).toBe('PK\u0003\u0004 a word file');
    expectRefused(seckb(['compare', '--kb', kb, '--format', 'csv', '--out', work]), /is a folder/);
    expectRefused(seckb(['compare', '--kb', kb, '--format', 'json', '--out', path.join(kb, 'claims.json')]), /inside the knowledge base/);
    // A binary file named .csv is not a CSV either.
    writeFileSync(path.join(work, 'odd.csv'), Buffer.from([0, 1, 2, 3]));
    expect(fileOutRefusal(path.join(work, 'odd.csv'), ['.csv'])).toMatch(/not a \.csv file/);
  });

  it('writes a new file and replaces an earlier export of the same kind', () => {
    const csv = path.join(work, 'table.csv');
    expect(seckb(['compare', '--kb', kb, '--format', 'csv', '--out', csv]).code).toBe(0);
    const first = readFileSync(csv, 'utf8');
    expect(first).toMatch(/Acme/);
    writeFileSync(csv, 'old,export\n');
    expect(seckb(['compare', '--kb', kb, '--format', 'csv', '--out', csv]).code).toBe(0);
    expect(readFileSync(csv, 'utf8')).toBe(first);
    const xlsx = path.join(work, 'table.xlsx');
    expect(seckb(['compare', '--kb', kb, '--format', 'xlsx', '--out', xlsx]).code).toBe(0);
    expect(seckb(['compare', '--kb', kb, '--format', 'xlsx', '--out', xlsx]).code).toBe(0);
    expect(readdirSync(work).filter((n) => n.includes('.tmp'))).toEqual([]);
  });
});
