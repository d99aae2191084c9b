/**
 * A KB built from a folder under an absolute path never contains that path (issue 13, security):
 * the site and every export are made from the KB, so the builder's folder names never reach
 * a reader.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readKb } from '../../src/kb/read.ts';
import { sourcePaths } from '../../src/kb/source-path.ts';
import { seckb } from '../helpers/cli.ts';

describe('no absolute builder paths in the KB', () => {
  let work: string;
  let kb: string;
  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), `seckb-builder-${randomBytes(6).toString('hex')}-`));
    const docs = path.join(work, 'clients', 'docs');
    mkdirSync(docs, { recursive: true });
    writeFileSync(path.join(docs, 'acme.md'), '# Acme Security\n\nAcme hosts its service in Azure West Europe. Backups are kept for 30 days.\n');
    writeFileSync(path.join(docs, 'broken.docx'), 'not a zip');
    writeFileSync(path.join(docs, 'notes.rtf'), '{\\rtf1 hello}');
    symlinkSync(path.join(docs, 'acme.md'), path.join(docs, 'alias.md'));
    const single = path.join(work, 'single');
    mkdirSync(single);
    writeFileSync(path.join(single, 'beta.txt'), 'Beta Security\n\nBeta keeps backups in Sweden.\n');
    kb = path.join(work, 'kb');
    const r = seckb(['ingest', docs, path.join(single, 'beta.txt'), '--out', kb]);
    expect(r.code, r.stderr).toBe(1);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('no KB file holds the temporary folder', () => {
    const files = readdirSync(kb, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(files.length).toBeGreaterThan(5);
    for (const e of files) {
      const text = readFileSync(path.join(e.parentPath, e.name), 'utf8');
      expect(text.includes(work), `${e.name} holds ${work}`).toBe(false);
      expect(text.includes(path.basename(work)), `${e.name} holds ${path.basename(work)}`).toBe(false);
    }
  });

  it('sources start at the named folder, or are the file name', () => {
    const sources = readKb(kb).manifest.documents.map((d) => d.source).sort();
    expect(sources).toEqual(['beta.txt', 'docs/acme.md', 'docs/alias.md', 'docs/broken.docx', 'docs/notes.rtf']);
    expect(readKb(kb).documents.map((d) => d.source).sort()).toEqual(['beta.txt', 'docs/acme.md']);
  });

  it('relative sources are kept as given, reasons lose the prefix', () => {
    const paths = sourcePaths(['content/sources', '/home/someone/clients/x']);
    expect(paths.shown('content/sources/a.md')).toBe('content/sources/a.md');
    expect(paths.shown('/home/someone/clients/x/y/a.md')).toBe('x/y/a.md');
    expect(paths.scrub('cannot open /home/someone/clients/x/a.pdf')).toBe('cannot open x/a.pdf');
  });
});
