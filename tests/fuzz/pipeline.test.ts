/**
 * Properties of the whole per-document pipeline on arbitrary text and bytes (issue 13, fuzz):
 * readers throw only ReadError; every offset of every section, sentence, claim and finding lies
 * inside `text` and its slice is the quote/excerpt the record carries.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../ingest/decode.ts';
import { isReadError } from '../../ingest/errors.ts';
import { DEFAULT_LIMITS, readBytesAs } from '../../ingest/read.ts';
import { readHtml } from '../../ingest/readers/html.ts';
import { readMarkdown, readPlainText } from '../../ingest/readers/markdown.ts';
import { extractClaims } from '../../src/claims/extract.ts';
import { documentFindings } from '../../src/findings/document-findings.ts';
import { buildDocument } from '../../src/model/build.ts';
import type { SeckbDocument } from '../../src/model/types.ts';
import { tokenizeWithOffsets } from '../../src/search/analyzer.ts';
import { bytes, FUZZ_TIMEOUT, RUNS, text } from './arbitraries.ts';

const NOW = new Date(Date.UTC(2026, 0, 1));

/** Runs `fn`; an exception other than ReadError fails the property. */
function onlyReadErrors<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch (error) {
    if (isReadError(error)) return undefined;
    throw error;
  }
}

function inside(doc: SeckbDocument, start: number, end: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= doc.text.length;
}

/** Every offset invariant of a document, its claims and its findings. */
function checkDocument(doc: SeckbDocument): void {
  for (const s of doc.sections) expect(inside(doc, s.start, s.end), `section ${s.id}`).toBe(true);
  for (const s of doc.sentences) expect(inside(doc, s.start, s.end) && s.start < s.end, `sentence ${s.id}`).toBe(true);
  const claims = extractClaims(doc);
  for (const c of claims) {
    expect(inside(doc, c.start, c.end), `claim ${c.id}`).toBe(true);
    expect(doc.text.slice(c.start, c.end), `claim ${c.id} quote`).toBe(c.quote);
  }
  for (const locale of ['en', 'pl'] as const) {
    for (const f of documentFindings(doc, { claims, locale, now: NOW })) {
      expect(inside(doc, f.start, f.end), `finding ${f.id}`).toBe(true);
      expect(doc.text.slice(f.start, f.end), `finding ${f.id} excerpt`).toBe(f.excerpt);
    }
  }
}

const build = (read: ReturnType<typeof readMarkdown>) => buildDocument(read, { id: 'fuzz', source: 'fuzz.md', sha256: '0'.repeat(64) });

describe('pipeline properties on arbitrary input', () => {
  it('markdown, plain text and html: only ReadError, and every offset holds', () => {
    fc.assert(
      fc.property(text(), fc.constantFrom('md', 'txt', 'html'), (t, format) => {
        const read = onlyReadErrors(() => (format === 'md' ? readMarkdown(t) : format === 'txt' ? readPlainText(t) : readHtml(t)));
        if (read) checkDocument(build(read));
      }),
      { numRuns: RUNS },
    );
  }, FUZZ_TIMEOUT);

  it('arbitrary bytes: decoding and reading throw only ReadError, and every offset holds', async () => {
    await fc.assert(
      fc.asyncProperty(bytes, fc.constantFrom('.md', '.txt', '.html', '.docx'), async (b, ext) => {
        const decoded = onlyReadErrors(() => decodeText(b));
        if (decoded) expect(typeof decoded.text).toBe('string');
        let read;
        try {
          read = await readBytesAs(ext, b, DEFAULT_LIMITS);
        } catch (error) {
          if (!isReadError(error)) throw error;
          return;
        }
        checkDocument(build(read));
      }),
      { numRuns: RUNS },
    );
  }, FUZZ_TIMEOUT);

  it('search tokens index into the text they came from', () => {
    fc.assert(
      fc.property(text(), (t) => {
        for (const tok of tokenizeWithOffsets(t)) {
          expect(tok.start >= 0 && tok.end <= t.length && tok.start < tok.end).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  }, FUZZ_TIMEOUT);
});
