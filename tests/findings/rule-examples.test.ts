/**
 * Every rule's examples are its tests (remark-lint's @example): each `invalid` example must make
 * the rule fire, each `valid` one must not, through the whole engine, in the rule's language.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULE_FILES } from '../../src/findings/rules-index.ts';
import { checkDocument } from '../../src/findings/engine.ts';
import type { RuleEntry } from '../../src/findings/rule-data.ts';
import { exampleText, makeDoc } from './make-doc.ts';

const NOW = new Date('2025-06-01T00:00:00Z');

for (const file of BUILTIN_RULE_FILES) {
  describe(file.path, () => {
    const lang = file.lang === 'common' ? 'en' : file.lang;
    for (const raw of file.entries) {
      const entry = raw as RuleEntry;
      it(`${entry.id}: has examples both ways`, () => {
        expect(entry.examples?.invalid.length).toBeGreaterThan(0);
        expect(entry.examples?.valid.length).toBeGreaterThan(0);
      });
      for (const example of entry.examples?.invalid ?? []) {
        const { text, format } = exampleText(example);
        it(`${entry.id} fires on ${format}: ${JSON.stringify(text)}`, () => {
          const doc = makeDoc(text, { format, lang });
          const hits = checkDocument(doc, { now: NOW, source: text }).filter((f) => f.rule === entry.id);
          expect(hits.length, JSON.stringify(checkDocument(doc, { now: NOW, source: text }))).toBeGreaterThan(0);
          for (const f of hits) {
            expect(f.kind).toBe(entry.kind);
            expect(f.excerpt).toBe(doc.text.slice(f.start, f.end));
            expect(f.message).not.toContain('findings.');
          }
        });
      }
      for (const example of entry.examples?.valid ?? []) {
        const { text, format } = exampleText(example);
        it(`${entry.id} stays quiet on ${format}: ${JSON.stringify(text)}`, () => {
          const doc = makeDoc(text, { format, lang });
          const hits = checkDocument(doc, { now: NOW, source: text }).filter((f) => f.rule === entry.id);
          expect(hits).toEqual([]);
        });
      }
    }
  });
}
