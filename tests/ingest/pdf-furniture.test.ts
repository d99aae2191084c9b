import { describe, expect, it } from 'vitest';
import { layoutPages, type PdfLine } from '../../ingest/readers/pdf-layout.ts';

const line = (y: number, text: string, size = 11): PdfLine => ({ page: 1, text, x: 72, y, right: 72 + text.length * 5, size, font: 'f1' });
const body = (from: number, texts: string[]) => texts.map((t, i) => line(from - i * 15, t));
const texts = (lines: PdfLine[]) => layoutPages([{ number: 1, height: 842, lines }]).blocks.map((b) => b.text);

describe('pdf furniture of a one-page document', () => {
  const prose = body(700, ['We host the service in two data centres in Warsaw.', 'Backups are taken every night and kept for a month.', 'Administrators sign in with a hardware key.']);

  it('drops a small running header and footer set apart from the text (EN and PL)', () => {
    expect(texts([line(800, 'Fixly Ltd | Security overview', 8), ...prose, line(40, 'Confidential – © 2025 Fixly Ltd', 8)])).toEqual([prose.map((l) => l.text).join(' ')]);
    expect(texts([line(805, 'Serwisant sp. z o.o. | Bezpieczeństwo danych', 8), ...prose, line(36, 'Dokument poufny – wersja dla klientów', 8)])).toEqual([prose.map((l) => l.text).join(' ')]);
  });

  it('keeps a footnote, a closing sentence, a larger title and a small line close to the text', () => {
    expect(texts([...prose, line(40, '¹ Both centres are certified to ISO 27001.', 8)]).at(-1)).toBe('¹ Both centres are certified to ISO 27001.');
    expect(texts([...prose, line(40, 'This overview is reviewed once a year.', 8)]).at(-1)).toBe('This overview is reviewed once a year.');
    expect(texts([line(790, 'Security overview', 18), ...prose])[0]).toBe('Security overview');
    const close = [...body(110, ['We host the service in two data centres in Warsaw.', 'Backups are kept for a month.']), line(80, 'Figures as of March 2025', 8)];
    expect(texts(close).join(' ')).toContain('Figures as of March 2025');
  });
});
