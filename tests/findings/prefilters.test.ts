/**
 * Cheap tests that let the findings rules skip a pattern where it cannot match (check on a
 * 50-page .docx, bench/README.md): stripPageSuffix runs its page-number and leader patterns only on
 * a line that ends in a digit, a leader or a tab, and maskUrls its URL pattern only on a text that
 * holds '@', 'http' or 'www.'; LEADERS only where two leaders end the line; gluedBrackets only a text
 * with a "(". Each must give what the patterns alone give: the references below
 * are the functions as they were, scanning every line.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alternation, tocPageWords } from '../../src/findings/rules/structure-data.ts';
import { maskUrls, stripPageSuffix } from '../../src/findings/rules/text-utils.ts';
import { sentenceSplits } from '../../src/findings/rules/sentence-split.ts';
import { gluedBrackets } from '../../src/findings/rules/brand-names.ts';
import { makeDoc } from './make-doc.ts';

// The patterns of text-utils.ts, copied: the reference scans with them unconditionally.
const PAGE_SUFFIX = /(?:(?<!\s)\s+(?:\.{2,}\s*)?|(?<![\s.])\.{2,}\s*)(?:\.\s*)?\d{1,3}\s*$/u;
const LEADERS = /(?:(?<!\s)\s+|(?<![\s.…·_]))[.…·_]{2,}\s*$|(?<!\t)\t+$/u;
const PAGE_REF = new RegExp(`(?:[–—|-]\\s*)?(?<!\\p{L})(?:${alternation(tocPageWords)})\\s*\\d{1,4}(?:\\s*[–—-]\\s*\\d{1,4})?\\s*$`, 'iu');
const URL_LIKE = /\b(?:https?:\/\/|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+/giu;

function referenceStripPageSuffix(line: string): string {
  const ref = PAGE_REF.exec(line);
  if (ref && ref.index > 0) return line.slice(0, ref.index).replace(/[\s–—|-]+$/u, '');
  return line.replace(PAGE_SUFFIX, '').replace(LEADERS, '').trimEnd();
}

const tocPieces = fc.constantFrom(
  'Backups', 'Kopie zapasowe', ' ', '  ', '\t', '\u00a0', '\u3000', '\n', '.', '..', '....', '…', '·', '_', '__', '1', '7', '12', '123', '1234',
  'Page', 'page ', 'str.', 'Strona ', 's.', 'p.', '–', '—', '|', '-', ' - ', 'a', 'Z', '§', '4.2', ')', '!',
);
const urlPieces = fc.constantFrom(
  'h', 'H', 't', 'T', 'p', 'P', 'w', 'W', 's', 'S', 'ſ', 'k', 'K', 'ttp', 'HTTP', 'hTtP', 'https', '://', ':', '/', 'www', 'WwW', '.', 'www.',
  '@', 'x.com', 'acme', '-', '+', '_', ' ', '\n', '(', ')', 'ą', '1',
);
const textOf = (pieces: fc.Arbitrary<string>) => fc.array(pieces, { maxLength: 24 }).map((p) => p.join(''));

describe('findings prefilters give what the patterns alone give', () => {
  it('stripPageSuffix: page numbers, page references, leaders and tabs', () => {
    fc.assert(fc.property(textOf(tocPieces), (line) => {
      expect(stripPageSuffix(line)).toBe(referenceStripPageSuffix(line));
    }), { numRuns: 3000 });
    for (const line of ['Backups ....... 7', 'Hosting\t\t3', 'Szyfrowanie – s. 2', 'Przedmiot umowy – s. 2-3', 'Kopie | Strona 4 ', 'Scope\t', 'Purpose …… ', 'Plain heading', 'Ends in 2025.']) {
      expect(stripPageSuffix(line)).toBe(referenceStripPageSuffix(line));
    }
  });

  it('maskUrls: any case of http / www, e-mail addresses, letters that fold (ſ, K)', () => {
    // The callback masks a whole match as maskUrls masks a text that is only that match.
    const reference = (t: string) => t.replace(URL_LIKE, (m) => maskUrls(m));
    fc.assert(fc.property(textOf(urlPieces), (t) => {
      expect(maskUrls(t)).toBe(reference(t));
    }), { numRuns: 3000 });
    for (const t of ['see HTTPS://Acme.example/x).', 'WWW.acme.example', 'mail ops@acme.example now', 'no address here']) expect(maskUrls(t)).toBe(reference(t));
    expect(maskUrls('WwW.acme.example and Ops@Acme.example')).toBe(' '.repeat(16) + ' and ' + ' '.repeat(16));
  });

  it('gluedBrackets: only texts with a "(" are scanned', () => {
    const GLUED_BRACKET = /(?<![\p{L}\p{N}._/\\-])(\p{L}{3,})\((\p{Lu}\p{Ll}{2,}[^()\n]{0,60})\)/gu;
    // Round 15: a capitalised word glued after a bracket too ("Finland (EU)Primary").
    const AFTER_BRACKET = /(?<=\p{L}[ \u00A0]?)\(([^()\n/:=]{1,30})\)(\p{Lu}\p{Ll}{2,})/gu;
    const reference = (t: string) =>
      [...t.matchAll(GLUED_BRACKET), ...t.matchAll(AFTER_BRACKET)].map((m) => ({ start: 7 + m.index, end: 7 + m.index + m[0].length })).sort((a, b) => a.start - b.start);
    const pieces = fc.constantFrom('Lisbon', 'Wiedniu', 'Portugal', 'Austria', '(', ')', ' ', '\n', 'a', 'UE', '.', '-', 'x_y', 'EU', 'Primary', '/');
    fc.assert(fc.property(textOf(pieces), (t) => {
      expect(gluedBrackets(t, 7).map(({ start, end }) => ({ start, end }))).toEqual(reference(t));
    }), { numRuns: 2000 });
    expect(gluedBrackets('in Lisbon(Portugal) and Wiedniu(Austria)', 0)).toHaveLength(2);
  });

  it('a document without page numbers has no sentence cut at a page change, and still its paragraph cuts', () => {
    const doc = makeDoc('Backups are taken every night and\n\nkept for thirty days in a second region.\n');
    expect(doc.blocks.every((b) => b.page === undefined)).toBe(true);
    expect(sentenceSplits(doc, true)).toEqual([]);
    expect(sentenceSplits(doc, false)).toHaveLength(1);
  });
});
