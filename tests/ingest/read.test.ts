import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { isSupported, readFile, SUPPORTED_EXTENSIONS } from '../../ingest/read.ts';
import { makeDocx } from './fixtures/make-docx.ts';
import { makePdf } from './fixtures/make-pdf.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'seckb-read-'));
function put(name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

describe('readFile', () => {
  it('dispatches by extension', async () => {
    expect((await readFile(put('a.md', '# Title\n\nBody text.\n'))).format).toBe('md');
    expect((await readFile(put('a.markdown', '# Title\n'))).format).toBe('md');
    expect((await readFile(put('a.txt', 'Plain prose.\n'))).format).toBe('txt');
    expect((await readFile(put('a.htm', '<p>Hi</p>'))).format).toBe('html');
    expect((await readFile(put('a.html', '<p>Hi</p>'))).format).toBe('html');
    expect((await readFile(put('a.docx', await makeDocx()))).format).toBe('docx');
    expect((await readFile(put('a.pdf', await makePdf()))).format).toBe('pdf');
    expect(SUPPORTED_EXTENSIONS).toEqual(['.md', '.markdown', '.txt', '.docx', '.pdf', '.html', '.htm', '.xlsx', '.csv']);
    expect(isSupported('x/Paper.PDF')).toBe(true);
    expect(isSupported('x/paper.pdf.meta.json')).toBe(false);
  });

  it('decodes Windows-1250 text files and normalizes CRLF', async () => {
    const text = 'Dane są szyfrowane.\r\nKopie zapasowe: 30 dni, łącznie z logami.\r\n';
    const r = await readFile(put('pl.txt', iconv.encode(text, 'windows-1250')));
    const all = r.blocks.map((b) => b.text).join('\n');
    expect(all).toContain('Dane są szyfrowane.');
    expect(all).toContain('łącznie');
    expect(all).not.toContain('\r');
  });

  it('gives each kind of bad input its reason', async () => {
    await expect(readFile(put('empty.md', ''))).rejects.toThrow(/^empty file$/);
    await expect(readFile(put('blank.txt', ' \n\n \n'))).rejects.toThrow(/^empty file$/);
    await expect(readFile(put('bin.txt', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0])))).rejects.toThrow('looks like a binary file, not text');
    await expect(readFile(put('doc.rtf', '{\\rtf1 hello}'))).rejects.toThrow('unsupported extension ".rtf"; convert to .md, .txt, .docx, .pdf, .html, .xlsx or .csv');
    await expect(readFile(put('fake.docx', 'not a zip at all'))).rejects.toThrow('.docx is not a zip archive');
    await expect(readFile(put('big.txt', 'x'.repeat(3 * 1024 * 1024)), { maxFileBytes: 1024 * 1024 })).rejects.toThrow(
      'file is 3 MB, over the 1 MB limit (--max-file-mb)',
    );
    await expect(readFile(path.join(dir, 'missing.md'))).rejects.toThrow('cannot open the file (ENOENT)');
    await expect(readFile(put('script-only.html', '<script>alert(1)</script><style>p{}</style>'))).rejects.toThrow('no readable text in the file');
  });

  it('merges a sidecar .meta.json over declared metadata', async () => {
    const file = put('side.html', '<html lang="en"><head><title>Declared</title></head><body><p>x</p></body></html>');
    put('side.html.meta.json', JSON.stringify({ vendor: 'Acme', title: 'Override', version: 2, ignored: true }));
    expect((await readFile(file)).meta).toEqual({ title: 'Override', vendor: 'Acme', language: 'en', version: '2' });
    const bad = put('bad.md', '# x\n');
    put('bad.md.meta.json', '{ not json');
    await expect(readFile(bad)).rejects.toThrow('bad.md.meta.json is not valid JSON');
  });
});
