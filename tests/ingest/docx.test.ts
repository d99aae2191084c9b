import { deflateRawSync } from 'node:zlib';
import { Document, FootnoteReferenceRun, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../ingest/readers/docx.ts';
import { zipEntries } from '../../ingest/zip.ts';
import { makeDocx } from './fixtures/make-docx.ts';

/** A minimal zip whose single entry may declare a false uncompressed size. */
function zipWith(name: string, content: Buffer, declaredSize = content.length): Buffer {
  const data = deflateRawSync(content);
  const nameBuf = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declaredSize, 22);
  local.writeUInt16LE(nameBuf.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declaredSize, 24);
  central.writeUInt16LE(nameBuf.length, 28);
  central.writeUInt32LE(0, 42);
  const cdOffset = local.length + nameBuf.length + data.length;
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(1, 8);
  eocd.writeUInt16LE(1, 10);
  eocd.writeUInt32LE(central.length + nameBuf.length, 12);
  eocd.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([local, nameBuf, data, central, nameBuf, eocd]);
}

describe('readDocx', async () => {
  const buf = await makeDocx();
  const r = await readDocx(buf);

  it('keeps headings, paragraphs, lists, tables, images and captions', () => {
    expect(r.format).toBe('docx');
    expect(r.hasLines).toBe(false);
    expect(r.blocks.slice(0, 2)).toEqual([
      { type: 'heading', depth: 1, text: '1. Data protection' },
      { type: 'heading', depth: 2, text: '1.1 Encryption' },
    ]);
    const items = r.blocks.filter((b) => b.type === 'list-item');
    expect(items.map((b) => b.text)).toEqual(['Backups run daily.', 'Logs are kept for 30 days.']);
    expect(new Set(items.map((b) => b.group)).size).toBe(1);
    const rows = r.blocks.filter((b) => b.type === 'table-row');
    expect(rows.map((b) => b.text)).toEqual(['Data | Retention', 'Logs | 30 days']);
    expect(rows[0].header).toBe(true);
    expect(r.blocks.find((b) => b.type === 'image')).toEqual({ type: 'image', text: '', alt: 'Network diagram' });
    expect(r.blocks.find((b) => b.type === 'caption')?.text).toBe('Network zones and their firewalls');
  });

  it('keeps markdown markers typed literally and drops Word formatting', () => {
    expect(r.blocks.map((b) => b.text)).toContain('Data is encrypted with **AES-256** at rest – “always”.');
  });

  it('reads the title from core properties and embeds no image bytes', () => {
    expect(r.meta?.title).toBe('Acme Security Overview');
    expect(JSON.stringify(r)).not.toContain('base64');
  });

  it('keeps footnote text without its back-link arrow', async () => {
    const doc = new Document({
      footnotes: { 1: { children: [new Paragraph('Source: annual audit report.')] } },
      sections: [{ children: [new Paragraph({ children: [new TextRun('Backups are tested monthly.'), new FootnoteReferenceRun(1)] })] }],
    });
    const f = await readDocx(await Packer.toBuffer(doc));
    expect(f.blocks.map((b) => b.text)).toEqual(['Backups are tested monthly.[1]', 'Source: annual audit report.']);
  });

  it('refuses a file that is not a zip', async () => {
    await expect(readDocx(Buffer.from('This is plain text saved as .docx'))).rejects.toThrow(
      'not a Word document (.docx is not a zip archive); re-save it as .docx',
    );
  });

  it('refuses a zip without a Word document in it', async () => {
    await expect(readDocx(zipWith('readme.txt', Buffer.from('hello')))).rejects.toThrow('no word/document.xml');
  });

  it('refuses an archive that expands past the limit', async () => {
    await expect(readDocx(buf, { maxUnzippedBytes: 2000 })).rejects.toThrow('expands to more than');
    await expect(readDocx(buf, { maxUnzippedBytes: 2000 })).rejects.toThrow('(zip bomb?)');
  });

  it('catches a zip bomb that declares a small size', async () => {
    const bomb = zipWith('word/document.xml', Buffer.alloc(3 * 1024 * 1024), 10);
    expect(bomb.length).toBeLessThan(10_000);
    expect(zipEntries(bomb)?.[0].size).toBe(10);
    // Caught as it inflates, whatever it declares: its one part expands ~1,000 times (the ratio rule fires first).
    await expect(readDocx(bomb, { maxUnzippedBytes: 1024 * 1024 })).rejects.toThrow('(word/document.xml) expands more than 100 times, which no real document does (zip bomb?)');
  });
});
