/**
 * A document's exact text from its page (src/site/text-layout.ts): the page's text elements
 * and the layout's gaps give `document.text` back character for character, for the fixtures and
 * the sample corpus; a text the HTML parser would change is stored whole.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { documentFromText } from '../../src/model/from-text.ts';
import type { SeckbDocument } from '../../src/model/types.ts';
import { readSiteKb } from '../../src/site/kb.ts';
import { documentHtml, textBoxHtml } from '../../src/site/document-html.ts';
import { joinText, pageText, textLayout, textLayoutBlock } from '../../src/site/text-layout.ts';
import { documentMarks } from '../../src/site/marks.ts';
import { fixtureDocuments } from '../search/fixtures.ts';

const kb = readSiteKb(path.resolve(import.meta.dirname, 'fixtures/kb'));
const md = (text: string, id = 'x'): SeckbDocument => documentFromText(text, { format: 'md', source: `${id}.md`, id });

/** The text's box as the document page writes it, amid the page's other text, parsed, and the text read back from it. */
function roundTrip(doc: SeckbDocument, marks = documentMarks(doc.id, [], [], { claim: () => '', finding: () => '' })): string | undefined {
  const box = textBoxHtml(doc.language, documentHtml(doc, marks) + textLayoutBlock(textLayout(doc)));
  const { document } = parseHTML(`<!doctype html><html><body><h1>Title</h1><p>Meta</p><section><h2>Text</h2>${box}</section><table><tbody><tr><td>x</td></tr></tbody></table></body></html>`);
  return pageText(document);
}

describe('text layout', () => {
  it('gives back every text of the fixtures and the search fixtures exactly, with their marks in place', () => {
    const docs = [...kb.documents, ...fixtureDocuments()];
    for (const doc of docs) {
      const marks = documentMarks(doc.id, kb.claims, kb.findings, { claim: () => 'c', finding: () => 'f' });
      expect(roundTrip(doc, marks), doc.id).toBe(doc.text);
      expect('gaps' in textLayout(doc), doc.id).toBe(true);
    }
    expect(docs.length).toBeGreaterThan(8);
  });

  it('lists only the gaps that are not a blank line, so the layout is small', () => {
    const doc = md('# Title\n\nOne paragraph.\n\n- a\n- b\n\n| k | v |\n|---|---|\n| RTO | 4 h |\n\nLast line.');
    const layout = textLayout(doc);
    // The text's start, the list's and the table's line breaks and cell separators, the end.
    expect('gaps' in layout && layout.gaps.length).toBeLessThan(8);
    expect(roundTrip(doc)).toBe(doc.text);
  });

  it('keeps markup, entities and odd spacing in the text as text', () => {
    const doc = md('# Intro &amp; <b>bold</b>\n\nA  line\twith tabs &lt;script&gt; and "quotes" \'too\'.\n\n\n\nAfter three blank lines.\n');
    expect(roundTrip(doc)).toBe(doc.text);
  });

  it('stores the text whole where the HTML parser would change it: CR, NUL, lone surrogates', () => {
    for (const bad of ['a\rb', 'a\0b', 'a\uD800b', 'a\uDC00b']) {
      const doc = { ...md('# H\n\nplain'), text: `# H\n\n${bad}` };
      expect(textLayout(doc)).toEqual({ text: doc.text });
    }
    expect('gaps' in textLayout(md('# H\n\nA pair \uD83D\uDE00 of surrogates.'))).toBe(true);
  });

  it('joins pieces and gaps in order, the tail after the last piece', () => {
    expect(joinText(['a', 'b'], { gaps: [[0, ''], [2, '']] })).toBe('a\n\nb');
    expect(joinText(['a', 'b'], { gaps: [[0, ''], [1, ' | '], [2, '\n']] })).toBe('a | b\n');
    expect(joinText([], { gaps: [[0, 'only']] })).toBe('only');
    expect(joinText(['ignored'], { text: 'whole' })).toBe('whole');
  });

  it('gives back the sample corpus texts', () => {
    const dir = path.resolve(import.meta.dirname, '../../content/sources');
    const files = readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f));
    for (const f of files) {
      const doc = documentFromText(readFileSync(path.join(dir, f), 'utf8'), { format: f.endsWith('.md') ? 'md' : 'txt', source: f, id: f });
      expect(roundTrip(doc), f).toBe(doc.text);
    }
    expect(files.length).toBeGreaterThan(3);
  });
});
