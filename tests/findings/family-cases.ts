/**
 * Runs a findings family's dev cases (fixtures/<family>/{en,pl}.json): per case, the document is
 * built, its claims read (the case names the attribute it is about, so a look-alike that stops
 * yielding claims is caught instead of passing for the wrong reason), then `check` asserts.
 * Cases in `open` are it.fails: each must fail until its rule is fixed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/extract.ts';
import type { Claim } from '../../src/claims/types.ts';
import type { Format, SeckbDocument } from '../../src/model/types.ts';
import { makeDoc } from './make-doc.ts';

export interface FamilyCase {
  id: string;
  class: string;
  fire: boolean;
  /** The attribute the case's claims must hold; '-' for a risk stated in words no claim attribute has (shared accounts). */
  attribute: string;
  text: string;
  format?: Format;
  /** The rule that must fire (risk cases). */
  rule?: string;
  /** Text the finding must cover (a label's excerpt). */
  excerpt?: string;
  /** Text the finding must not touch (a question that is no statement). */
  notCover?: string;
}

export function familyCases(family: string, open: ReadonlySet<string>, check: (c: FamilyCase, doc: SeckbDocument, claims: Claim[]) => void): void {
  for (const lang of ['en', 'pl'] as const) {
    const cases = JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures', family, `${lang}.json`), 'utf8')) as FamilyCase[];
    describe(`${family} family, ${lang}`, () => {
      for (const c of cases) {
        const test = open.has(c.id) ? it.fails : it;
        test(`${c.fire ? 'fires on' : 'leaves'} ${c.id} (${c.class})`, () => {
          const doc = makeDoc(c.text, { format: c.format ?? 'md', lang, id: c.id });
          const claims = extractClaims(doc);
          if (c.attribute !== '-') expect(claims.some((x) => x.attribute === c.attribute), `no ${c.attribute} claim read`).toBe(true);
          check(c, doc, claims);
        });
      }
    });
  }
}
