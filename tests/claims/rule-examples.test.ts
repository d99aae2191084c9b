/**
 * Every attribute rule's examples are its tests (as tests/findings/rule-examples.test.ts does for
 * findings): each positive example must give the claim through the whole engine, each negative
 * one must not, in the example's language. Every rule has positive and negative examples in
 * English and in Polish.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/extract.ts';
import { RULES, type RuleExample } from '../../src/claims/rules.ts';
import { makeDoc } from '../findings/make-doc.ts';

const LANGS = ['en', 'pl'] as const;
const langOf = (ex: RuleExample) => LANGS.find((l) => typeof ex[l] === 'string')!;
const attributeMatches = (rule: string, attribute: string) => (rule === 'cert.*' ? attribute.startsWith('cert.') : attribute === rule);

function claimsOf(ex: RuleExample, attribute: string) {
  const lang = langOf(ex);
  const doc = makeDoc(ex[lang]!, { format: 'md', lang });
  return extractClaims(doc).filter((c) => attributeMatches(attribute, c.attribute));
}

const sorted = (q: Record<string, unknown>) => JSON.stringify(Object.fromEntries(Object.entries(q).sort(([a], [b]) => a.localeCompare(b))));

for (const rule of RULES) {
  describe(`${rule.id} (${rule.attribute})`, () => {
    const examples = rule.examples ?? [];
    for (const lang of LANGS) {
      it(`has positive and negative examples in ${lang}`, () => {
        const own = examples.filter((e) => langOf(e) === lang);
        expect(own.filter((e) => e.value !== undefined).length, 'positive').toBeGreaterThan(0);
        expect(own.filter((e) => e.value === undefined).length, 'negative').toBeGreaterThan(0);
      });
    }
    for (const ex of examples) {
      const lang = langOf(ex);
      const text = ex[lang]!;
      if (ex.value !== undefined) {
        it(`${lang} gives ${JSON.stringify(ex.value)}: ${JSON.stringify(text)}`, () => {
          const found = claimsOf(ex, rule.attribute);
          const hit = found.some((c) => c.value === ex.value && (ex.qualifiers === undefined || sorted(c.qualifiers) === sorted(ex.qualifiers)));
          expect(hit, JSON.stringify(found.map((c) => [c.attribute, c.value, c.qualifiers]))).toBe(true);
        });
      } else {
        it(`${lang} gives ${ex.none ? 'nothing' : `no ${JSON.stringify(ex.not)}${ex.qualifiers ? ` ${sorted(ex.qualifiers)}` : ''}`}: ${JSON.stringify(text)}`, () => {
          // `not` with qualifiers: no claim of that value carrying those qualifiers (other scopes may stand).
          const withQualifiers = (c: { qualifiers: Record<string, unknown> }) => Object.entries(ex.qualifiers ?? {}).every(([k, v]) => c.qualifiers[k] === v);
          const found = claimsOf(ex, rule.attribute).filter((c) => ex.none || (c.value === ex.not && withQualifiers(c)));
          expect(found.map((c) => [c.value, c.qualifiers])).toEqual([]);
        });
      }
    }
  });
}
