/**
 * Residue families written from how real templates, editors and chat assistants leave text behind
 * (our own sentences, no eval or vendor text): dot and underscore blanks, figures in drafting
 * brackets, date masks, merge fields, drafting alternatives, instructions to whoever fills the
 * template in, lower-case slots, comparison headers, editors' notes in parentheses, an assistant's
 * offers, edit reports and caveats. Each draft plants them; each guide holds their look-alikes (legal '[...]'
 * omissions, TOC leaders, signature blocks, footnotes, format descriptions, FAQ questions, advice
 * in parentheses) and must stay quiet.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFindings } from '../../src/findings/document-findings.ts';
import { documentFromText } from '../../src/model/from-text.ts';

function findingsOf(name: string) {
  const text = readFileSync(path.join(import.meta.dirname, 'fixtures/families', name), 'utf8');
  const doc = documentFromText(text, { format: 'md', source: name, id: name.replace(/\.md$/, '') });
  return documentFindings(doc, { locale: 'en', now: new Date('2026-06-01T00:00:00Z') });
}
const excerpts = (fs: ReturnType<typeof findingsOf>, kind: string) => fs.filter((f) => f.kind === kind).map((f) => f.excerpt);

describe('an English draft with template, editor and assistant leftovers', () => {
  const fs = findingsOf('draft-en.md');
  it('finds the blanks, bracketed figures, slots, date mask and merge field', () => {
    expect(excerpts(fs, 'placeholder')).toEqual([
      '..........',
      '..........',
      '[choose region]',
      '[24]',
      '[x 36 months]',
      '{company_contact}',
      '[dd.mm.yyyy]',
      '[OPTION B: only after the customer approves a request]',
      '(replace with your actual review cycle)',
      '[policy owner]',
    ]);
  });
  it('finds the comparison header and the notes in parentheses', () => {
    expect(excerpts(fs, 'editorial-note')).toEqual([
      'Versions compared: 3.2 → 3.3',
      'Key: Inserted text. Deleted text. Moved text.',
      '(is this still 14 days?)',
      '(to be confirmed)',
    ]);
  });
  it("finds the assistant's offers", () => {
    expect(excerpts(fs, 'ai-chat-residue')).toEqual(['Happy to adjust', 'Want me to', "I've kept the tone", 'double-check that before publishing']);
  });
});

describe('a Polish draft with the same families', () => {
  const fs = findingsOf('draft-pl.md');
  it('finds the blanks, slots and the bracketed figure', () => {
    expect(excerpts(fs, 'placeholder')).toEqual([
      '…………',
      '…………',
      '[Nazwa firmy]',
      '[miejscowość]',
      '[NIP]',
      '[18]',
      '[WARIANT 2: tylko po akceptacji zgłoszenia przez klienta]',
      '(dostosuj do swojej polityki)',
    ]);
  });
  it('finds the comparison header and the notes in parentheses', () => {
    expect(excerpts(fs, 'editorial-note')).toEqual(['Porównywane wersje: 1.1 / 1.2', '(do weryfikacji z zespołem IT)', '(sprawdzić z dostawcą)']);
  });
  it("finds the assistant's offers", () => {
    expect(excerpts(fs, 'ai-chat-residue')).toEqual(['Czy mam jeszcze', 'Mogę też przetłumaczyć', 'Uprościłem też sformułowania', 'sprawdź to przed publikacją']);
  });
});

describe('guides full of look-alikes', () => {
  for (const name of ['guide-en.md', 'guide-pl.md']) {
    it(`${name}: omissions, TOC leaders, signature blocks, footnotes, formats, FAQ questions and advice raise nothing`, () => {
      expect(findingsOf(name).map((f) => `${f.rule}: ${f.excerpt}`)).toEqual([]);
    });
  }
});
