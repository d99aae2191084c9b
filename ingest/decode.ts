/**
 * Bytes -> text for the text formats (.md, .txt, .html).
 *
 * Order: a BOM decides (UTF-8, UTF-16 LE/BE); else valid UTF-8 is UTF-8; else each line is
 * UTF-8 when it is valid UTF-8, and the other lines get a single-byte code page a detector
 * (chardet) proposes. Detectors confuse Windows-1250 (Polish) and
 * Windows-1252 (Western) on short texts, so for the Latin code pages the choice is re-checked
 * with the letters themselves: the bytes of "ą ś ź ż ł" are "¹ œ Ÿ ¿ ³" in 1252, which inside
 * a word are mojibake, while "è à" are "č ŕ" in 1250, which Polish never uses.
 * Line ends come out as LF. A file that is not text (NUL bytes, control characters) is refused.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { ReadError, reasons } from './errors.ts';

export interface Decoded {
  text: string;
  /** iconv-lite name of the encoding used: "utf-8", "utf-16le", "windows-1250", ... */
  encoding: string;
}

/** Decodes a text file; throws ReadError for binary content. */
export function decodeText(buf: Uint8Array): Decoded {
  const bom = bomEncoding(buf);
  if (bom) {
    const body = buf.subarray(bom.length);
    const text = iconv.decode(Buffer.from(body), bom.encoding);
    assertText(text);
    return { text: normalizeNewlines(text), encoding: bom.encoding };
  }
  const utf16 = guessBomlessUtf16(buf);
  if (utf16) {
    const text = iconv.decode(Buffer.from(buf), utf16);
    assertText(text);
    return { text: normalizeNewlines(text), encoding: utf16 };
  }
  assertNotBinary(buf);
  const utf8 = tryUtf8(buf);
  if (utf8 !== undefined) return { text: normalizeNewlines(utf8), encoding: 'utf-8' };
  return decodeByLine(buf);
}

type LineKind = 'ascii' | 'utf-8' | 'code-page';

/**
 * A file that is not UTF-8 as a whole may still hold UTF-8 lines (a cp1250 file with lines
 * pasted from a UTF-8 one, or the reverse): each line is read in the encoding it is in. A line
 * of mostly UTF-8 with a few stray bytes stays UTF-8 (the strays become U+FFFD), since reading
 * it as a code page would garble every letter. The encoding reported is then "utf-8+<page>".
 */
function decodeByLine(buf: Uint8Array): Decoded {
  const lines: Uint8Array[] = [];
  for (let start = 0; start < buf.length; ) {
    const nl = buf.indexOf(0x0a, start);
    const end = nl < 0 ? buf.length : nl + 1;
    lines.push(buf.subarray(start, end));
    start = end;
  }
  const kinds = lines.map(lineKind);
  const pageLines = lines.filter((_, i) => kinds[i] === 'code-page');
  if (pageLines.length === 0) return { text: normalizeNewlines(new TextDecoder('utf-8').decode(buf)), encoding: 'utf-8' };
  const encoding = chooseSingleByte(pageLines.length === lines.length ? buf : Buffer.concat(pageLines));
  if (!kinds.includes('utf-8')) return { text: normalizeNewlines(iconv.decode(Buffer.from(buf), encoding)), encoding };
  const utf8 = new TextDecoder('utf-8');
  const text = lines.map((line, i) => (kinds[i] === 'code-page' ? iconv.decode(Buffer.from(line), encoding) : utf8.decode(line))).join('');
  return { text: normalizeNewlines(text), encoding: `utf-8+${encoding}` };
}

function lineKind(line: Uint8Array): LineKind {
  const { valid, invalid } = utf8Sequences(line);
  if (invalid === 0) return valid > 0 ? 'utf-8' : 'ascii';
  return valid > 0 && valid >= invalid * 4 ? 'utf-8' : 'code-page';
}

/** CRLF and lone CR -> LF (old Mac files end lines with CR). */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function bomEncoding(buf: Uint8Array): { encoding: string; length: number } | undefined {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * UTF-16 saved without a BOM: ASCII-heavy text has NUL in every other byte. Checked before the
 * binary test, which would otherwise refuse it for its NUL bytes.
 */
function guessBomlessUtf16(buf: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(buf.length, 8192) & ~1;
  if (n < 8) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenNul++;
    if (buf[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** Control characters other than tab, LF, FF, CR (and ESC/SUB seen in old text files). */
function isBinaryByte(b: number): boolean {
  return b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1a && b !== 0x1b;
}

function assertNotBinary(buf: Uint8Array): void {
  const n = Math.min(buf.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) throw new ReadError(reasons.binary());
    if (isBinaryByte(b)) control++;
  }
  // A few stray control bytes happen in real text exports; 1% does not.
  if (control > Math.max(2, n * 0.01)) throw new ReadError(reasons.binary());
}

function assertText(text: string): void {
  const n = Math.min(text.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) throw new ReadError(reasons.binary());
    if (isBinaryByte(c)) control++;
  }
  if (control > Math.max(2, n * 0.01)) throw new ReadError(reasons.binary());
}

function tryUtf8(buf: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return undefined;
  }
}

/** Counts well-formed multi-byte UTF-8 sequences and bytes that fit none. */
function utf8Sequences(buf: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < buf.length; ) {
    const b = buf[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 1) {
      i++;
      continue;
    }
    let ok = len > 0 && i + len <= buf.length;
    for (let k = 1; ok && k < len; k++) ok = (buf[i + k] & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

/** Code pages the Polish/Western check arbitrates; a detector's other answers are trusted. */
const LATIN = new Set(['windows-1250', 'windows-1252', 'iso-8859-1', 'iso-8859-2', 'iso-8859-15']);

function chooseSingleByte(buf: Uint8Array): string {
  const detected = (chardet.detect(buf) ?? '').toLowerCase();
  const score = polishScore(buf);
  // Polish evidence wins over a detector that guessed another family (short texts mislead it).
  if (score > 0) return 'windows-1250';
  if (detected && !LATIN.has(detected) && iconv.encodingExists(detected) && score === 0) {
    return detected;
  }
  return 'windows-1252';
}

const POLISH = new Set([...'ąćęłńśźżĄĆĘŁŃŚŹŻ']);

/** A letter in either code page (ASCII letters, Latin-1/Latin-2 letters, œ Ÿ Š ...). */
function isLetter(ch: string): boolean {
  return /\p{L}/u.test(ch);
}

/**
 * > 0: the high bytes read as Windows-1250 Polish; < 0: as Windows-1252; 0: no evidence.
 * Each high byte next to an ASCII letter votes: a Polish-only letter in 1250 whose 1252 reading
 * is not a letter ("¹", "³", "¿") counts double, one whose 1252 reading is a letter ("ê", "ñ")
 * once; a 1252 letter that reads as a non-Polish letter in 1250 ("è" -> "č") counts for 1252.
 */
export function polishScore(buf: Uint8Array): number {
  let score = 0;
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i];
    if (b < 0x80) continue;
    const near = isAsciiLetter(buf[i - 1]) || isAsciiLetter(buf[i + 1]);
    if (!near) continue;
    const one = Buffer.from([b]);
    const c50 = iconv.decode(one, 'windows-1250');
    const c52 = iconv.decode(one, 'windows-1252');
    if (c50 === c52) continue;
    // Mojibake shows after a letter ("ga³¹Ÿ"); a Spanish "¿Qué" opens a word, so it weighs less.
    const inWord = isAsciiLetter(buf[i - 1]);
    if (POLISH.has(c50)) score += isLetter(c52) || !inWord ? 1 : 2;
    else if (isLetter(c52)) score -= isLetter(c50) ? 1 : 2;
  }
  return score;
}

function isAsciiLetter(b: number | undefined): boolean {
  return b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));
}
