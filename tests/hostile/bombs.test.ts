/**
 * Compression bombs (tests/hostile/bombs.ts): small files that expand to hundreds of MB outside
 * the V8 heap, where the worker's heap cap does not reach. The readers measure what a file
 * expands to before the parsers inflate it (streaming, holding nothing), and the pool kills a
 * worker whose resident memory passes its limit; either way the bomb fails alone with one line
 * and the file beside it is read.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFiles } from '../../ingest/pool.ts';
import { readFile } from '../../ingest/read.ts';
import { residentBytes } from '../../ingest/resident.ts';
import { flateStreams } from '../../ingest/readers/pdf-streams.ts';
import { docxBomb, pdfBomb, xlsxBomb } from './bombs.ts';

const MB = 1024 * 1024;
const work = mkdtempSync(path.join(tmpdir(), 'seckb-bombs-'));
const put = (name: string, bytes: Uint8Array | string): string => {
  const file = path.join(work, name);
  writeFileSync(file, bytes);
  return file;
};
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the readers measure what a file expands to before parsing it', () => {
  it('the bombs are what they claim: small, and read whole when small enough', async () => {
    for (const [ext, make] of [['pdf', pdfBomb], ['docx', docxBomb], ['xlsx', xlsxBomb]] as const) {
      const bomb = make(4 * MB);
      expect(bomb.length, ext).toBeLessThan(12_000);
      const small = await readFile(put(`small.${ext}`, make(1000)));
      expect(small.blocks.map((b) => b.text).join(' '), ext).toContain('Backups are kept for 30 days.');
    }
  });

  it('a PDF whose page content inflates past the limit is refused quickly, before pdf.js decodes it', async () => {
    const file = put('bomb.pdf', pdfBomb(64 * MB));
    const started = Date.now();
    await expect(readFile(file, { maxUnzippedBytes: 32 * MB })).rejects.toThrow(
      "the PDF's compressed streams expand to more than 32 MB (a compression bomb?); if it is genuine, split it or print it to a new PDF",
    );
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('finds each FlateDecode stream once, images and other filters left out, on a linear walk', () => {
    const pdf = pdfBomb(1000);
    expect(flateStreams(pdf)).toHaveLength(2); // the bomb's content and the text's
    expect(flateStreams(pdfBomb(1000, { hex: true }))).toHaveLength(1);
    const image = Buffer.from('1 0 obj\n<< /Subtype /Image /Length 3 /Filter /FlateDecode >>\nstream\nabc\nendstream\nendobj\n');
    expect(flateStreams(image)).toEqual([]);
    // 200,000 stream keywords with a dictionary each: every dictionary is looked for once.
    const many = Buffer.from('1 0 obj << /Length 1 /Filter /FlateDecode >>\nstream\nx\nendstream endobj\n'.repeat(200_000));
    const started = Date.now();
    expect(flateStreams(many)).toHaveLength(200_000);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  for (const [ext, make, part] of [['docx', docxBomb, 'word/document.xml'], ['xlsx', xlsxBomb, 'xl/worksheets/sheet1.xml']] as const) {
    it(`a .${ext} part that expands 1,000 times is refused as it inflates, under the total limit too`, async () => {
      const file = put(`bomb.${ext}`, make(20 * MB));
      const started = Date.now();
      await expect(readFile(file)).rejects.toThrow(`a part of the archive (${part}) expands more than 100 times, which no real document does (zip bomb?)`);
      expect(Date.now() - started).toBeLessThan(2000);
    });
  }
});

describe("the pool's watchdog on resident memory", () => {
  it('reads a process’s resident memory from /proc', () => {
    const own = residentBytes(process.pid);
    if (process.platform !== 'linux') return expect(own).toBeUndefined();
    expect(own).toBeGreaterThan(10 * MB);
    expect(own).toBeLessThan(process.memoryUsage().rss * 2);
  });

  it('kills a worker past its resident limit, with one line; the next file is read', async () => {
    if (process.platform !== 'linux') return;
    // Behind ASCIIHex + Flate, which the PDF guard does not measure: pdf.js decodes 400 MB outside the heap.
    const bomb = put('hex-bomb.pdf', pdfBomb(400 * MB, { hex: true }));
    const good = put('good.md', '# Security\n\nBackups are kept for 30 days.\n');
    const started = Date.now();
    const out = await readFiles([bomb, good], { threads: 1, maxResidentMb: 320 });
    expect(out[0].error).toBe(
      'processing took more than 320 MB of resident memory (--max-memory-mb + 256 MB for buffers); the file may be a decompression bomb, damaged or too complex: open and re-save it, or raise --max-memory-mb if it is genuine',
    );
    expect(out[1].error).toBeUndefined();
    expect(out[1].result?.format).toBe('md');
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 30_000);
});
