/**
 * A document's findings as data in its text page (src/site/finding-data.ts): once for both UI
 * languages, each language's message (left out when it is the first's), the other places of an
 * inconsistency with their document's title, inert and unbreakable by the text it carries.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { readSiteKb } from '../../src/site/kb.ts';
import { indexKb } from '../../src/site/site-index.ts';
import { FINDINGS_DATA_ID, findingRows, findingsDataBlock, messageIn, readFindingsData } from '../../src/site/finding-data.ts';
import { LOCALES } from '../../src/i18n/index.ts';
import type { Finding } from '../../src/findings/types.ts';

const kb = readSiteKb(path.resolve(import.meta.dirname, 'fixtures/kb'));
const site = indexKb(kb);

const finding = (over: Partial<Finding>): Finding =>
  ({ id: 'f1', documentId: 'd', kind: 'inconsistency', severity: 'warning', message: 'English words', excerpt: 'x', start: 0, end: 1, ruleId: 'r', ...over }) as Finding;

describe('findings as data in the text page', () => {
  it("keeps every locale's message, leaving out a later one equal to the first", () => {
    const en = [finding({}), finding({ id: 'f2', message: 'same' })];
    const pl = [finding({ message: 'Polskie słowa' }), finding({ id: 'f2', message: 'same' })];
    const rows = findingRows([en, pl], {}, false);
    expect(rows).toEqual([
      ['f1', 'warning', 'inconsistency', ['English words', 'Polskie słowa']],
      ['f2', 'warning', 'inconsistency', ['same']],
    ]);
    expect(LOCALES.map((_, i) => messageIn(rows[1]!, i))).toEqual(['same', 'same']);
    expect(messageIn(rows[0]!, LOCALES.indexOf('pl'))).toBe('Polskie słowa');
  });

  it("gives an own finding's other places with their document's title, and none for a finding pointing here", () => {
    const f = kb.findings.find((x) => (x.related ?? []).length > 0)!;
    const [own] = findingRows([[f], [f]], site.titles, true);
    expect(own![4]).toEqual(f.related!.map((r) => [r.documentId, site.titles[r.documentId], r.excerpt]));
    const [at] = findingRows([[f], [f]], site.titles, false);
    expect(at).toHaveLength(4);
  });

  it('is an inert block that no text can close, read back whole; a broken block reads as none', () => {
    const data = { own: findingRows([[finding({ message: '</script><script>alert(1)</script>' })]], {}, false), at: [] };
    const { document } = parseHTML(`<!doctype html><html><body><p>x</p>${findingsDataBlock(data)}</body></html>`);
    const block = document.getElementById(FINDINGS_DATA_ID)!;
    expect(block.getAttribute('type')).toBe('application/json');
    expect(document.querySelectorAll('script')).toHaveLength(1);
    expect(readFindingsData(block.textContent)).toEqual(data);
    expect(readFindingsData('{"own": [[1, 2]], "at": "x"}')).toEqual({ own: [], at: [] });
    expect(readFindingsData('not json')).toEqual({ own: [], at: [] });
    expect(findingsDataBlock({ own: [], at: [] })).toBe(`<script type="application/json" id="${FINDINGS_DATA_ID}">{}</script>`);
  });
});
