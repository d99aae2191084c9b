/**
 * The risk family end to end (claims extracted, then risk findings), on short documents written
 * for these tests after reading how vendors state a red flag and its look-alikes (support-access
 * help pages, MFA settings pages, questionnaire answers, encryption and TLS pages, EN and PL): a
 * red flag must fire and point at the words that state it (the next sentence when it says "no
 * password", the question of a questionnaire row; a "No" answer whatever its comment adds); an
 * option the customer controls, a feature of the customer's own administrators, a second factor
 * left to the customer's identity provider, a past state, a denied denial and a follow-up report
 * must not. Cases: fixtures/risk/{en,pl}.json (family-cases.ts).
 */
import { expect } from 'vitest';
import { riskFindings } from '../../src/findings/risks.ts';
import { familyCases } from './family-cases.ts';

/**
 * Cases the engine still gets wrong (it.fails: each must fail until its rule is fixed). None now:
 * 'załączniki nie są szyfrowane' is read since attachments count as stored data (round 9).
 */
const OPEN = new Set<string>([]);

/** Round 9 (fixtures/risk-round9): shared accounts and penetration-test denials in other words, passwords that can be decrypted, data never deleted, and their look-alikes; round 10 (risk-round10): data kept indefinitely restated by a denied deletion; round 11 (risk-round11): data kept indefinitely told as deleting none ('we do not delete any customer data', 'nie usuwamy danych żadnego klienta'). */
for (const family of ['risk', 'risk-round9', 'risk-round10', 'risk-round11', 'risk-round12', 'risk-round16']) familyCases(family, OPEN, (c, doc, claims) => {
  const found = riskFindings(doc, claims);
  if (!c.fire) {
    expect(found.map((f) => `${f.rule}: ${f.excerpt}`)).toEqual([]);
    return;
  }
  const hit = found.find((f) => f.rule === c.rule);
  expect(hit, `no ${c.rule}`).toBeDefined();
  // One weakness, one finding: no other risk at the same place.
  expect(found.filter((f) => f !== hit && f.start < hit!.end && hit!.start < f.end).map((f) => f.rule)).toEqual([]);
  if (c.excerpt) {
    const at = doc.text.indexOf(c.excerpt);
    expect(at, 'excerpt not in the text').toBeGreaterThanOrEqual(0);
    expect(hit!.start < at + c.excerpt.length && at < hit!.end, `finding "${hit!.excerpt}" misses "${c.excerpt}"`).toBe(true);
  }
  if (c.notCover) {
    const at = doc.text.indexOf(c.notCover);
    expect(at, 'notCover not in the text').toBeGreaterThanOrEqual(0);
    expect(hit!.start < at + c.notCover.length && at < hit!.end, `finding "${hit!.excerpt}" touches "${c.notCover}"`).toBe(false);
  }
});
