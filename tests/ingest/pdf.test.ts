import { describe, expect, it } from 'vitest';
import { readPdf } from '../../ingest/readers/pdf.ts';
import { joinLines, layoutBlocks, layoutPages, type PdfLine } from '../../ingest/readers/pdf-layout.ts';
import { makePdf } from './fixtures/make-pdf.ts';

describe('readPdf', async () => {
  const buf = await makePdf();
  const r = await readPdf(buf);
  const texts = r.blocks.map((b) => b.text);

  it('gives every block its page and keeps a sentence cut by the page break cut', () => {
    expect(r.format).toBe('pdf');
    expect(r.blocks.every((b) => b.page === 1 || b.page === 2)).toBe(true);
    const end1 = r.blocks.filter((b) => b.page === 1).at(-1)!;
    const start2 = r.blocks.find((b) => b.page === 2)!;
    expect(end1.text).toMatch(/and the$/);
    expect(start2.text).toMatch(/^audit log records/);
  });

  it('rebuilds paragraphs from lines and finds headings', () => {
    expect(r.blocks[0]).toMatchObject({ type: 'heading', text: '1. Introduction', page: 1 });
    expect(r.blocks.find((b) => b.text === '2.1 Network security')).toMatchObject({ type: 'heading', depth: 2 });
    const p = r.blocks.find((b) => b.text.startsWith('All customer data'));
    expect(p?.type).toBe('paragraph');
    expect(p?.text).toMatch(/ciphers and regularly rotated keys managed by the platform\.$/);
  });

  it('removes a line-end hyphen inside a word and keeps it in a compound', () => {
    expect(texts.join('\n')).toContain('strong encryption at rest');
    expect(texts.join('\n')).toContain('uses end-to-end encryption');
  });

  it('drops running headers and page numbers', () => {
    const all = texts.join('\n');
    expect(all).not.toContain('Security White Paper');
    expect(all).not.toMatch(/Page \d/);
  });

  it('gives the same result for the same bytes', async () => {
    expect(await readPdf(buf)).toEqual(r);
  });

  it('reads the declared title', () => {
    expect(r.meta?.title).toBe('Acme Security White Paper');
  });

  it('refuses an encrypted PDF', async () => {
    await expect(readPdf(await makePdf({ userPassword: 'secret' }))).rejects.toThrow('the PDF is encrypted; export an unprotected copy');
  });

  it('refuses a truncated PDF', async () => {
    await expect(readPdf(buf.subarray(0, Math.floor(buf.length * 0.6)))).rejects.toThrow('the PDF is truncated');
    const cut = Buffer.concat([buf.subarray(0, Math.floor(buf.length * 0.5)), Buffer.from('\n%%EOF\n')]);
    await expect(readPdf(cut)).rejects.toThrow('the PDF is damaged');
  });

  it('refuses bytes that are not a PDF', async () => {
    await expect(readPdf(Buffer.from('hello, not a pdf'))).rejects.toThrow('not a PDF file');
  });
});

describe('pdf layout', () => {
  const line = (text: string, y: number, extra: Partial<PdfLine> = {}): PdfLine => ({
    page: 1, text, x: 72, y, right: 72 + text.length * 5, size: 10, ...extra,
  });
  const vocab = (words: string[], pairs: string[] = []) => ({ words: new Set(words), pairs: new Set(pairs) });

  it('joins a hyphenated word only when the joined word is a word', () => {
    expect(joinLines(['secu-', 'rity'], vocab([]))).toBe('security');
    expect(joinLines(['data-', 'base'], vocab(['database']))).toBe('database');
    expect(joinLines(['well-', 'known'], vocab(['well', 'known']))).toBe('well-known');
    expect(joinLines(['end-to-', 'end'], vocab(['end', 'to']))).toBe('end-to-end');
    expect(joinLines(['Software-as-a-', 'Service'], vocab([]))).toBe('Software-as-a-Service');
    expect(joinLines(['multi-', 'factor'], vocab(['multi', 'factor'], ['multi-factor']))).toBe('multi-factor');
    expect(joinLines(['zabezpie-', 'czenia'], vocab(['zabezpieczenia']))).toBe('zabezpieczenia');
    expect(joinLines(['soft\u00ad', 'ware'], vocab([]))).toBe('software');
    expect(joinLines(['a dash -', 'then'], vocab([]))).toBe('a dash - then');
  });

  it('drops lines repeated in the page margins and keeps body lines', () => {
    const page = (n: number) => ({
      number: n,
      height: 800,
      lines: [
        line('Vendor Confidential', 780, { page: n, size: 8 }),
        line(`Body text of page ${n} that is long enough to read.`, 600, { page: n }),
        line(`${n} / 3`, 20, { page: n, size: 8 }),
      ],
    });
    const blocks = layoutBlocks([page(1), page(2), page(3)]);
    expect(blocks.map((b) => b.text)).toEqual([1, 2, 3].map((n) => `Body text of page ${n} that is long enough to read.`));
    expect(blocks.map((b) => b.page)).toEqual([1, 2, 3]);
  });

  it('reads dotted table-of-contents lines and numbered headings', () => {
    const blocks = layoutBlocks([{
      number: 1,
      height: 800,
      lines: [
        line('1 Introduction ........................ 2', 700),
        line('2 Hosting ............................. 3', 688),
        line('3.2 Data in transit', 650),
        line('All traffic uses TLS 1.2 or higher, and older protocol versions are refused.', 630, { right: 480 }),
        line('Weak cipher suites are disabled on every endpoint.', 618),
      ],
    }]);
    expect(blocks.map((b) => [b.type, b.text, b.depth])).toEqual([
      ['toc-entry', '1 Introduction ........................ 2', undefined],
      ['toc-entry', '2 Hosting ............................. 3', undefined],
      ['heading', '3.2 Data in transit', 2],
      ['paragraph', 'All traffic uses TLS 1.2 or higher, and older protocol versions are refused. Weak cipher suites are disabled on every endpoint.', undefined],
    ]);
  });

  it('splits paragraphs at gaps and reads bullets as list items', () => {
    const blocks = layoutBlocks([{
      number: 1,
      height: 800,
      lines: [
        line('Larger title', 700, { size: 16 }),
        line('First paragraph line one continues', 670, { right: 400 }),
        line('onto line two and ends here.', 658),
        line('Second paragraph after a blank line.', 630),
        line('• Backups are encrypted.', 600),
        line('• Keys rotate yearly.', 588),
      ],
    }]);
    expect(blocks.map((b) => [b.type, b.text])).toEqual([
      ['heading', 'Larger title'],
      ['paragraph', 'First paragraph line one continues onto line two and ends here.'],
      ['paragraph', 'Second paragraph after a blank line.'],
      ['list-item', 'Backups are encrypted.'],
      ['list-item', 'Keys rotate yearly.'],
    ]);
    expect(blocks[3].group).toBe(blocks[4].group);
  });

  it('keeps fact-sheet "Label: value" lines apart, and a wrapped value with its label', () => {
    const blocks = layoutBlocks([{
      number: 1,
      height: 800,
      lines: [
        line('At rest: AES-256 on databases, object storage and every nightly backup copy', 700, { right: 500 }),
        line('In transit: TLS 1.2 or higher on every public endpoint we operate today', 688, { right: 500 }),
        line('Keys: held in a managed key service, rotated once a year by the operations', 676, { right: 500 }),
        line('team under dual control.', 664),
        line('Szyfrowanie: AES-256 dla baz danych i kopii zapasowych w każdej lokalizacji', 640, { right: 500 }),
        line('Klucze: w usłudze zarządzania kluczami', 628),
      ],
    }]);
    expect(blocks.map((b) => b.text)).toEqual([
      'At rest: AES-256 on databases, object storage and every nightly backup copy',
      'In transit: TLS 1.2 or higher on every public endpoint we operate today',
      'Keys: held in a managed key service, rotated once a year by the operations team under dual control.',
      'Szyfrowanie: AES-256 dla baz danych i kopii zapasowych w każdej lokalizacji',
      'Klucze: w usłudze zarządzania kluczami',
    ]);
  });

  it('still joins a prose paragraph whose wrapped line opens with a capitalised word and a colon only when it opened with a label', () => {
    const blocks = layoutBlocks([{
      number: 1,
      height: 800,
      lines: [
        line('Backups are copied every night to a second region and kept for thirty days, see', 700, { right: 500 }),
        line('Appendix: retention schedule for the longer copies.', 688),
      ],
    }]);
    expect(blocks.map((b) => b.text)).toEqual(['Backups are copied every night to a second region and kept for thirty days, see Appendix: retention schedule for the longer copies.']);
  });

  it('keeps a list item wrapped before a capitalised word as one item, and starts the next item anew', () => {
    const blocks = layoutBlocks([{
      number: 1,
      height: 800,
      lines: [
        line('1. The service runs on servers rented from a data centre operator in Gdansk and', 700, { right: 500 }),
        line('Warsaw.', 688),
        line('2. Connections are encrypted with TLS 1.2 or higher on every endpoint.', 676, { right: 450 }),
        line('Customers can ask for the report under a non-disclosure agreement.', 652),
      ],
    }]);
    expect(blocks.map((b) => [b.type, b.text])).toEqual([
      ['list-item', 'The service runs on servers rented from a data centre operator in Gdansk and Warsaw.'],
      ['list-item', 'Connections are encrypted with TLS 1.2 or higher on every endpoint.'],
      ['paragraph', 'Customers can ask for the report under a non-disclosure agreement.'],
    ]);
  });

  it('measures how far down each page its text runs, running footers left out', () => {
    const page = (n: number, lastY: number) => ({
      number: n,
      height: 800,
      lines: [
        line(`Body text of page ${n} that is long enough to read.`, 700, { page: n }),
        line(`More body text of page ${n}, down to where this page stops.`, lastY, { page: n }),
        line('Vendor Confidential - page #', 20, { page: n, size: 8 }),
      ],
    });
    expect(layoutPages([page(1, 80), page(2, 400), page(3, 600)]).fill).toEqual([0.9, 0.5, 0.25]);
  });
});
