/**
 * Every export reads back to what was written, on arbitrary Unicode (issue 13, fuzz): csv and
 * xlsx (comparison), tmx and xliff (alignment), sarif and json (findings), json (comparison).
 * XML-based formats cannot carry the characters XML 1.0 forbids (C0 controls but tab/LF/CR,
 * U+FFFE/U+FFFF, lone surrogates): those are dropped, documented in README; everything else,
 * CR included, survives in TMX/XLIFF; xlsx cells keep line breaks as LF.
 */
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { toTmx } from '../../src/align/export/tmx.ts';
import { toXliff } from '../../src/align/export/xliff.ts';
import type { Alignment } from '../../src/align/types.ts';
import { buildComparison } from '../../src/claims/compare.ts';
import { extractClaims } from '../../src/claims/extract.ts';
import { valueTable } from '../../src/claims/reporters/cells.ts';
import { formatCsv, neutralizeFormula } from '../../src/claims/reporters/csv.ts';
import { formatJson as comparisonJson } from '../../src/claims/reporters/json.ts';
import { formatXlsx, xlsxCell } from '../../src/claims/reporters/xlsx.ts';
import { REPORTERS, type FileReport } from '../../src/findings/reporters/index.ts';
import type { Finding } from '../../src/findings/types.ts';
import { documentFromText } from '../../src/model/from-text.ts';
import { stripXmlInvalid } from '../../src/xml-chars.ts';
import { readCsv, readXlsx } from '../helpers/sheets.ts';
import { FUZZ_TIMEOUT, RUNS, text } from './arbitraries.ts';

/** A comparison whose vendor names and quotes carry the generated text. */
function comparisonOf(vendor: string, extra: string) {
  const docs = [
    documentFromText(`# Security\n\nBackups are kept for 30 days ${extra}.\n\nData is hosted in Germany.\n`, { id: 'a', meta: { vendor: vendor || 'V' } }),
    documentFromText(`# Security\n\nBackups are kept for 5 weeks.\n`, { id: 'b', meta: { vendor: `${vendor}2` } }),
  ];
  return buildComparison(docs, docs.flatMap(extractClaims));
}

/** Text content of every element named `name`, in document order, parsed by a strict XML parser. */
function elementTexts(xml: string, name: string): string[] {
  const parser = new SaxesParser({ xmlns: false });
  const out: string[] = [];
  let depth = 0;
  let current = '';
  parser.on('opentag', (tag) => {
    if (tag.name === name) {
      depth++;
      current = '';
    }
  });
  parser.on('text', (t) => {
    if (depth > 0) current += t;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === name) {
      depth--;
      out.push(current);
    }
  });
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(xml).close();
  return out;
}

function alignmentOf(pairs: Array<[string, string]>): Alignment {
  return {
    source: { documentId: 's', file: 's.md', lang: 'pl' },
    target: { documentId: 't', file: 't.md', lang: 'en' },
    pairs: pairs.map(([s, t]) => ({ source: { start: 0, end: s.length, text: s }, target: { start: 0, end: t.length, text: t }, score: 0.5, flags: [] })),
  } as unknown as Alignment;
}

const nonEmpty = text(12).filter((t) => t.length > 0);

describe('export round trips on arbitrary Unicode', () => {
  it('csv reads back to the comparison table (formula-like cells neutralized)', async () => {
    await fc.assert(
      fc.asyncProperty(text(6), text(10), fc.constantFrom('en' as const, 'pl' as const), async (vendor, extra, locale) => {
        const c = comparisonOf(vendor, extra);
        const table = valueTable(c, locale);
        // Cells a spreadsheet would run as a formula open as text (a leading apostrophe).
        expect(await readCsv(formatCsv(c, locale))).toEqual([table.header, ...table.rows].map((r) => r.map(neutralizeFormula)));
      }),
      { numRuns: RUNS },
    );
  }, FUZZ_TIMEOUT);

  it('xlsx opens and reads back to the comparison table, less what XML cannot hold', async () => {
    await fc.assert(
      fc.asyncProperty(text(6), text(10), async (vendor, extra) => {
        const c = comparisonOf(vendor, extra);
        const table = valueTable(c, 'en');
        const sheets = await readXlsx(await formatXlsx(c, 'en'));
        expect(sheets[0]!.rows).toEqual([table.header, ...table.rows].map((r) => r.map(xlsxCell)));
      }),
      { numRuns: Math.max(5, Math.round(RUNS / 4)) },
    );
  }, FUZZ_TIMEOUT);

  it('comparison json parses back to the comparison', () => {
    fc.assert(
      fc.property(text(6), text(10), (vendor, extra) => {
        const c = comparisonOf(vendor, extra);
        expect(JSON.parse(comparisonJson(c))).toEqual(JSON.parse(JSON.stringify(c)));
      }),
      { numRuns: RUNS },
    );
  }, FUZZ_TIMEOUT);

  it('tmx and xliff are well-formed and carry every segment', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(nonEmpty, nonEmpty), { minLength: 1, maxLength: 4 }), (pairs) => {
        const alignment = alignmentOf(pairs);
        const expected = pairs.flatMap(([s, t]) => [stripXmlInvalid(s), stripXmlInvalid(t)]);
        expect(elementTexts(toTmx(alignment), 'seg')).toEqual(expected);
        const xliff = toXliff(alignment);
        const sources = elementTexts(xliff, 'source');
        const targets = elementTexts(xliff, 'target');
        expect(sources.flatMap((s, i) => [s, targets[i]])).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  }, FUZZ_TIMEOUT);

  it('sarif and json findings parse back with every message and excerpt', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text(8), text(8)), { minLength: 1, maxLength: 4 }), (items) => {
        const findings: Finding[] = items.map(([message, excerpt], i) => ({
          id: `f${i}`, documentId: 'd', kind: 'placeholder', rule: 'bracket-placeholder', severity: 'error', message, excerpt, start: 0, end: excerpt.length, line: 1, column: 1,
        }));
        const reports: FileReport[] = [{ file: 'draft.md', documentId: 'd', findings, text: items.map(([, e]) => e).join('\n') }];
        const sarif = JSON.parse(REPORTERS.sarif(reports, { locale: 'en' }));
        expect(sarif.runs[0].results.map((r: { message: { text: string } }) => r.message.text)).toEqual(items.map(([m]) => m));
        const json = JSON.parse(REPORTERS.json(reports));
        expect(json[0].findings.map((f: Finding) => [f.message, f.excerpt])).toEqual(items);
      }),
      { numRuns: RUNS },
    );
  }, FUZZ_TIMEOUT);
});
