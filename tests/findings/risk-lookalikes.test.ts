/**
 * The risk family end to end (claims extracted, then risk findings), on short documents written
 * for these tests after reading how vendors state a red flag and its look-alikes (support-access
 * help pages, MFA settings pages, questionnaire answers, encryption and TLS pages, EN and PL): a
 * red flag must fire and point at the words that state it (the next sentence when it says "no
 * password", the question of a questionnaire row); an option the customer controls, a feature of
 * the customer's own administrators, a second factor left to the customer's identity provider, a
 * past state, a denied denial and a follow-up report must not.
 * Cases: fixtures/risk/{en,pl}.json, each naming the attribute it is about, so a look-alike that
 * stops yielding claims is caught instead of passing for the wrong reason.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/extract.ts';
import { riskFindings } from '../../src/findings/risks.ts';
import type { Format } from '../../src/model/types.ts';
import { makeDoc } from './make-doc.ts';

interface Case {
  id: string;
  class: string;
  fire: boolean;
  rule?: string;
  attribute: string;
  text: string;
  /** Text the finding must cover (a label's excerpt). */
  excerpt?: string;
  format?: Format;
}

/** Cases the engine still gets wrong (it.fails: each must fail until its rule is fixed). */
const OPEN = new Set<string>([
  'impersonation-password-next-sentence',
  'mfa-not-enforced-but-available',
  'mfa-not-mandatory-admin-can-require',
  'tls-stopped-accepting',
  'unencrypted-double-negation',
  'impersonation-haslo-w-kolejnym-zdaniu',
  'mfa-nie-jest-obowiazkowe',
  'tls-wylaczony',
  'szyfrowanie-podwojne-przeczenie',
  'zalaczniki-nieszyfrowane',
]);

for (const lang of ['en', 'pl'] as const) {
  const cases = JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures/risk', `${lang}.json`), 'utf8')) as Case[];
  describe(`risk family, ${lang}`, () => {
    for (const c of cases) {
      const test = OPEN.has(c.id) ? it.fails : it;
      test(`${c.fire ? 'fires on' : 'leaves'} ${c.id} (${c.class})`, () => {
        const doc = makeDoc(c.text, { format: c.format ?? 'md', lang, id: c.id });
        const claims = extractClaims(doc);
        expect(claims.some((x) => x.attribute === c.attribute), `no ${c.attribute} claim read`).toBe(true);
        const found = riskFindings(doc, claims);
        if (!c.fire) {
          expect(found.map((f) => `${f.rule}: ${f.excerpt}`)).toEqual([]);
          return;
        }
        const hit = found.find((f) => f.rule === c.rule);
        expect(hit, `no ${c.rule}`).toBeDefined();
        if (c.excerpt) {
          const at = doc.text.indexOf(c.excerpt);
          expect(at, 'excerpt not in the text').toBeGreaterThanOrEqual(0);
          expect(hit!.start < at + c.excerpt.length && at < hit!.end, `finding "${hit!.excerpt}" misses "${c.excerpt}"`).toBe(true);
        }
      });
    }
  });
}
