/**
 * The inconsistency family end to end (claims extracted, then every finding rule), on short
 * documents written for these tests after reading how vendors state two figures (EN and PL):
 * real contradictions (a revised number left in one place, a rule for everything beside an
 * exception, deleted data leaving backups sooner than they expire) must fire; look-alikes where
 * both statements hold (another scope, plan, time, role; an example, a default beside an option,
 * a typical value beside a bound, a range, a service credit's threshold) must not.
 * Cases: fixtures/inconsistency/{en,pl}.json, each naming the attribute the case is about, so a
 * look-alike that stops yielding claims is caught instead of passing for the wrong reason.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/extract.ts';
import { checkDocument } from '../../src/findings/engine.ts';
import type { Format } from '../../src/model/types.ts';
import { makeDoc } from './make-doc.ts';

interface Case {
  id: string;
  class: string;
  fire: boolean;
  attribute: string;
  text: string;
  format?: Format;
}

/** Cases the engine still gets wrong (it.fails: each must fail until its rule is fixed). */
const OPEN = new Set<string>([
  'outcome-against-objective',
  'settings-row-both-modes',
  'single-daily-rung-vs-general',
  'wynik-wobec-celu',
  'ustawienia-oba-tryby',
  'jeden-szczebel-dzienny',
]);

for (const lang of ['en', 'pl'] as const) {
  const cases = JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures/inconsistency', `${lang}.json`), 'utf8')) as Case[];
  describe(`inconsistency family, ${lang}`, () => {
    for (const c of cases) {
      const test = OPEN.has(c.id) ? it.fails : it;
      test(`${c.fire ? 'fires on' : 'leaves'} ${c.id} (${c.class})`, () => {
        const doc = makeDoc(c.text, { format: c.format ?? 'md', lang, id: c.id });
        const claims = extractClaims(doc);
        expect(claims.some((x) => x.attribute === c.attribute), `no ${c.attribute} claim read`).toBe(true);
        const found = checkDocument(doc, { claims, now: new Date('2026-11-23T00:00:00Z') }).filter((f) => f.kind === 'inconsistency');
        if (c.fire) expect(found.length, 'no inconsistency found').toBeGreaterThan(0);
        else expect(found.map((f) => `${f.rule}: ${f.excerpt}`)).toEqual([]);
      });
    }
  });
}
