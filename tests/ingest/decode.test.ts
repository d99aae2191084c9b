import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeText, polishScore } from '../../ingest/decode.ts';

const PL = 'Zażółć gęślą jaźń. Dane są szyfrowane; kopie zapasowe przechowujemy przez 30 dni.\r\nŁódź, Śląsk, Żywiec.';
const EN = 'The café’s “smart” naïve façade — à la carte, crème brûlée.\r\nEnd.';

describe('decodeText', () => {
  it('reads UTF-8 with a BOM and strips the BOM', () => {
    const buf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PL, 'utf8')]);
    const d = decodeText(buf);
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe(PL.replace(/\r\n/g, '\n'));
  });

  it('reads UTF-8 without a BOM, Cyrillic and dashes intact', () => {
    const s = 'Пароль — “quoted” – ok';
    expect(decodeText(Buffer.from(s, 'utf8'))).toEqual({ text: s, encoding: 'utf-8' });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = iconv.encode(PL, 'utf-16le', { addBOM: true });
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(PL, 'utf-16be')]);
    expect(le[0]).toBe(0xff);
    expect(decodeText(le)).toEqual({ text: PL.replace(/\r\n/g, '\n'), encoding: 'utf-16le' });
    expect(decodeText(be)).toEqual({ text: PL.replace(/\r\n/g, '\n'), encoding: 'utf-16be' });
  });

  it('reads UTF-16 LE without a BOM', () => {
    const d = decodeText(iconv.encode('Plain ASCII text in UTF-16.', 'utf-16le'));
    expect(d).toEqual({ text: 'Plain ASCII text in UTF-16.', encoding: 'utf-16le' });
  });

  it('detects Windows-1250 for Polish text', () => {
    const d = decodeText(iconv.encode(PL, 'windows-1250'));
    expect(d.encoding).toBe('windows-1250');
    expect(d.text).toBe(PL.replace(/\r\n/g, '\n'));
  });

  it('detects Windows-1250 on a short Polish phrase a detector may misjudge', () => {
    const s = 'Hasła są szyfrowane.';
    const d = decodeText(iconv.encode(s, 'windows-1250'));
    expect(d).toEqual({ text: s, encoding: 'windows-1250' });
  });

  it('detects Windows-1252 for Western text', () => {
    const d = decodeText(iconv.encode(EN, 'windows-1252'));
    expect(d.encoding).toBe('windows-1252');
    expect(d.text).toBe(EN.replace(/\r\n/g, '\n'));
  });

  it('scores Polish bytes positive and Western bytes negative', () => {
    expect(polishScore(iconv.encode('gałąź źdźbło', 'windows-1250'))).toBeGreaterThan(0);
    expect(polishScore(iconv.encode('crème à la très', 'windows-1252'))).toBeLessThan(0);
    expect(polishScore(Buffer.from('plain ascii'))).toBe(0);
  });

  it('keeps mostly-UTF-8 text as UTF-8 despite a stray byte', () => {
    const buf = Buffer.concat([Buffer.from('Zażółć gęślą jaźń, łódź ', 'utf8'), Buffer.from([0xb9]), Buffer.from(' koniec', 'utf8')]);
    const d = decodeText(buf);
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe('Zażółć gęślą jaźń, łódź \ufffd koniec');
  });

  it('turns CRLF and CR into LF', () => {
    expect(decodeText(Buffer.from('a\r\nb\rc\nd')).text).toBe('a\nb\nc\nd');
  });

  it('refuses binary content', () => {
    const bin = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]);
    expect(() => decodeText(bin)).toThrow('looks like a binary file, not text');
    const ctl = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? 0x01 : 0x61)));
    expect(() => decodeText(ctl)).toThrow('looks like a binary file, not text');
  });
});

describe('mixed encodings in one file (issue 13 item 6)', () => {
  it('reads each line in its own encoding: cp1250 lines and pasted UTF-8 lines', () => {
    const cp1250 = (s: string) => iconv.encode(s, 'windows-1250');
    const buf = Buffer.concat([
      cp1250('Kopie zapasowe przechowujemy przez 30 dni w Łodzi.\n'),
      Buffer.from('Dane są szyfrowane: zażółć gęślą jaźń.\n', 'utf8'),
      cp1250('Hasła użytkowników są chronione.\r\n'),
      Buffer.from('Backups — “quoted” — 30 days.\n', 'utf8'),
    ]);
    const d = decodeText(buf);
    expect(d.text).toBe('Kopie zapasowe przechowujemy przez 30 dni w Łodzi.\nDane są szyfrowane: zażółć gęślą jaźń.\nHasła użytkowników są chronione.\nBackups — “quoted” — 30 days.\n');
    expect(d.encoding).toBe('utf-8+windows-1250');
  });

  it('a cp1250 file with one UTF-8 line keeps the Polish letters of both', () => {
    const lines = Array.from({ length: 20 }, (_, i) => `Wiersz ${i}: źdźbło, gałąź, łączność.\n`);
    const buf = Buffer.concat([...lines.map((l) => iconv.encode(l, 'windows-1250')), Buffer.from('Ostatni: żółw.\n', 'utf8')]);
    expect(decodeText(buf).text).toBe(lines.join('') + 'Ostatni: żółw.\n');
  });
});
