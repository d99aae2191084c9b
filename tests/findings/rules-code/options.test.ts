/** Rule behaviour that needs more than a string: pdf pages, the date context, TOC details. */
import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../../src/model/from-text.ts';
import type { Block, SeckbDocument } from '../../../src/model/types.ts';
import { rule as splitAcrossPage } from '../../../src/findings/rules/split-across-page.ts';
import { rule as splitAcrossParagraph } from '../../../src/findings/rules/split-across-paragraph.ts';
import { rule as staleDocument } from '../../../src/findings/rules/stale-document.ts';
import { rule as missingFigure } from '../../../src/findings/rules/missing-figure.ts';
import { rule as unbalancedQuote, unbalancedMarks } from '../../../src/findings/rules/unbalanced-quote.ts';
import { getT } from '../../../src/i18n/index.ts';
import { runRule } from './helpers.ts';

/** A pdf-like document: one paragraph block per entry, each on its page. */
function pdfDoc(paragraphs: Array<[string, number]>): SeckbDocument {
  let text = '';
  const blocks: Block[] = [];
  for (const [p, page] of paragraphs) {
    if (text) text += '\n\n';
    blocks.push({ type: 'paragraph', start: text.length, end: text.length + p.length, page });
    text += p;
  }
  const pages = [...new Set(paragraphs.map(([, p]) => p))].map((n) => {
    const bs = blocks.filter((b) => b.page === n);
    return { number: n, start: bs[0].start, end: bs[bs.length - 1].end };
  });
  return {
    id: 'pdf', source: 'a.pdf', sha256: '', format: 'pdf', title: 't', vendor: { id: 'v', name: 'V' }, language: 'en',
    text, sections: [], sentences: [], blocks, pages,
  };
}

/** A full page of prose, so that a page stopping at a fraction of it was broken early. */
const FULL_PAGE: [string, number] = ['Every change is reviewed by a second engineer before it is merged. '.repeat(12).trim(), 1];

describe('split-across-page', () => {
  it('finds an English sentence cut by a page break, not by a paragraph break on one page', () => {
    const doc = pdfDoc([
      FULL_PAGE,
      ['Every change is reviewed, and before release we run the full', 2],
      ['regression suite against a staging environment.', 3],
      ['Backups are taken daily.', 3],
    ]);
    const hits = runRule(splitAcrossPage, doc);
    expect(hits.map((h) => h.excerpt)).toEqual(['release we run the full\n\nregression suite against a staging']);
    expect(runRule(splitAcrossParagraph, doc)).toEqual([]);
  });

  it('finds a Polish sentence cut by a page break, even before a capitalised name', () => {
    const doc = pdfDoc([
      ['Kopie zapasowe przechowujemy w regionie Frankfurt oraz', 1],
      ['Sztokholm przez trzydzieści dni. ' + 'Każda zmiana jest sprawdzana przez drugiego inżyniera. '.repeat(12).trim(), 2],
    ]);
    expect(runRule(splitAcrossPage, doc)).toHaveLength(1);
  });

  it('leaves a sentence that runs on from a full page alone: that is typesetting, not a cut (EN and PL)', () => {
    const en = pdfDoc([[`${FULL_PAGE[0]} Access rights of staff are reviewed every`, 1], ['quarter by the security team.', 2]]);
    expect(runRule(splitAcrossPage, en)).toEqual([]);
    const pl = pdfDoc([[`${'Każda zmiana jest sprawdzana przez drugiego inżyniera. '.repeat(12)}Przegląd uprawnień personelu odbywa się co`, 1], ['kwartał.', 2]]);
    expect(runRule(splitAcrossPage, pl)).toEqual([]);
  });

  it('leaves pages that end with a full sentence alone, and skips page-number lines', () => {
    const doc = pdfDoc([
      ['Data is encrypted at rest.', 1],
      ['2', 1],
      ['Backups are taken daily.', 2],
      ['Kopie są szyfrowane.', 3],
      ['dalszy tekst zaczyna się małą literą, ale zdanie było pełne.', 4],
    ]);
    expect(runRule(splitAcrossPage, doc)).toEqual([]);
  });
});

describe('stale-document', () => {
  const text = '# Cloud Security\n\nLast updated: 01.06.2021\n\nData is encrypted.';

  it('uses ctx.maxAgeYears and ctx.now', () => {
    const doc = documentFromText(text);
    expect(runRule(staleDocument, doc, { now: new Date('2025-06-01'), maxAgeYears: 2 })).toHaveLength(1);
    expect(runRule(staleDocument, doc, { now: new Date('2025-06-01'), maxAgeYears: 5 })).toEqual([]);
    expect(runRule(staleDocument, doc, { now: new Date('2022-01-01'), maxAgeYears: 2 })).toEqual([]);
  });

  it('takes the newest stated update date', () => {
    const doc = documentFromText('# T\n\nLast updated: 01.06.2019\n\nRevised: 1 March 2025\n\nText.');
    expect(runRule(staleDocument, doc)).toEqual([]);
  });

  it('falls back to the date the model found (doc.date) and points at the first line', () => {
    const doc = { ...documentFromText('# Cloud Security\n\nData is encrypted.'), date: '2019-04-02' };
    const [hit] = runRule(staleDocument, doc);
    expect(hit.excerpt).toBe('Cloud Security');
    expect(hit.params?.date).toBe('2019-04-02');
  });

  it('gives a message with the date and a Polish plural', () => {
    const doc = documentFromText('# Bezpieczeństwo\n\nData aktualizacji: 3 lutego 2020\n\nTekst.');
    const [hit] = runRule(staleDocument, doc, { maxAgeYears: 5 - 3 });
    expect(getT('pl', 'findings')(staleDocument.messageKey, hit.params)).toBe('Dokument był ostatnio aktualizowany 2020-02-03, ponad 2 lata temu.');
    expect(getT('en', 'findings')(staleDocument.messageKey, hit.params)).toBe('The document was last updated on 2020-02-03, more than 2 years ago.');
  });
});

describe('missing-figure and unbalanced-quote details', () => {
  it('does not flag captions in a pdf whose text layer carries no images', () => {
    const doc = { ...pdfDoc([['Figure 1: Architecture', 1], ['Text follows here.', 1]]) };
    expect(runRule(missingFigure, doc)).toEqual([]);
    expect(runRule(missingFigure, { ...doc, format: 'docx' })).toHaveLength(1);
  });

  it('reports crossed marks and ignores code blocks', () => {
    expect(unbalancedMarks('(see “the policy)')).toEqual([5]);
    expect(unbalancedMarks('‘90s hardware')).toEqual([]);
    const doc = documentFromText('# T\n\n```\nif (a [b\n```\n\nText.');
    expect(runRule(unbalancedQuote, doc)).toEqual([]);
  });
});
