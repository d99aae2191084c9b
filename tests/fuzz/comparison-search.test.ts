/**
 * The searches of the inconsistency rules, against the ones they replaced (round 15, issue 12):
 * `findContradictions` looked through every earlier distinct value for each claim, and
 * `generalIndex` filtered and JSON-stringified a key's kept list for each claim, both growing with
 * (claims x distinct values). The references below are the old code; on generated claims (values
 * that agree within the duration tolerance, 'asap', a multi-valued attribute, shared sentences,
 * quotes whose frames set them apart) both give the same output. Also counted: the candidates a
 * long document of distinct values makes the search try grow with it, not with its square.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import cardinality from '../../rules/common/claim-cardinality.json' with { type: 'json' };
import type { Claim, ClaimValue } from '../../src/claims/types.ts';
import { effectiveQualifiers, groupByKey } from '../../src/findings/diff.ts';
import { bySentence, conflicting, eitherStatesBoth, findContradictions, severalPerDocument, type Contradiction } from '../../src/findings/inconsistency.ts';
import { generalIndex } from '../../src/findings/rules/general-scoped.ts';
import { FrameCache } from '../../src/findings/statement-frames.ts';
import { arrayScans } from '../helpers/array-scans.ts';
import { RUNS } from './arbitraries.ts';

/** Quotes of our own: plain, planned, a legacy exception, a remainder, another trigger. */
const QUOTES = [
  'Backups are kept for the period below.',
  'We plan to change how long copies are kept.',
  'One legacy gateway still works this way.',
  'All other systems follow the rule.',
  'When you close your account, this applies.',
  'Kopie przechowujemy przez ten okres.',
];
const VALUES: ClaimValue[] = ['P30D', 'P1M', 'P31D', 'P60D', 'PT4H', 'P1D', 'asap', 'Daily', 'daily', true, false, 'P7D'];
const ATTRIBUTES = ['backup.retention', 'availability.rto', 'auth.mfa', 'hosting.location', 'logging.retention'];
const QUALIFIERS: Array<Claim['qualifiers']> = [{}, { type: 'database' }, { scope: 'backups' }, { edition: 'enterprise' }, { type: 'daily' }];

const claimArb = fc.record({
  attribute: fc.constantFrom(...ATTRIBUTES),
  value: fc.constantFrom(...VALUES),
  qualifiers: fc.constantFrom(...QUALIFIERS),
  sentence: fc.nat(7),
  quote: fc.nat(QUOTES.length - 1),
});

function claimsOf(drawn: Array<{ attribute: string; value: ClaimValue; qualifiers: Claim['qualifiers']; sentence: number; quote: number }>): Claim[] {
  return drawn.map((d, i) => ({
    id: `c${i}`,
    documentId: 'd',
    attribute: d.attribute,
    value: d.value,
    qualifiers: d.qualifiers,
    quote: QUOTES[(d.quote + d.sentence) % QUOTES.length],
    start: d.sentence * 100,
    end: d.sentence * 100 + 40,
    sectionId: 's',
    lang: 'en',
  }));
}

/** The old per-group search of findContradictions (every earlier value visited for each claim). */
function oldGroupSearch(group: Claim[], frames: FrameCache): Contradiction[] {
  const out: Contradiction[] = [];
  const seen = new Set<string>();
  const earlier = new Map<string, { index: number; first: Claim; other?: { index: number; claim: Claim } }>();
  const sentences = bySentence(group);
  // Round 16 (findings): three or more values of a key are a schedule, contradicted only by a statement admitting no exception.
  const schedule = new Set(group.map((c) => `${typeof c.value}:${String(c.value)}`)).size >= cardinality.scheduleValues;
  group.forEach((c, i) => {
    let other: Claim | undefined;
    let otherIndex = Infinity;
    for (const v of earlier.values()) {
      for (const candidate of [v.first.start !== c.start ? { index: v.index, claim: v.first } : undefined, v.other]) {
        if (!candidate || candidate.index >= otherIndex || !conflicting(candidate.claim, c)) continue;
        if (eitherStatesBoth(sentences, candidate.claim, c) || frames.apart(candidate.claim, c)) continue;
        if (schedule && !frames.of(candidate.claim).universal && !frames.of(c).universal) continue;
        other = candidate.claim;
        otherIndex = candidate.index;
        break;
      }
    }
    const key = `${typeof c.value}:${String(c.value)}`;
    const v = earlier.get(key);
    if (!v) earlier.set(key, { index: i, first: c });
    else if (!v.other && c.start !== v.first.start) v.other = { index: i, claim: c };
    if (!other) return;
    const pair = JSON.stringify([other.value, c.value]);
    if (seen.has(pair)) return;
    seen.add(pair);
    out.push({ claim: c, other });
  });
  return out;
}

/** The old findContradictions for attributes that are neither schemes nor bounded by scope (its other two paths did not change). */
function oldContradictions(claims: Claim[], frames: FrameCache): Contradiction[] {
  const out = [...groupByKey(claims).values()].flatMap((group) => oldGroupSearch(group, frames));
  return out.sort((a, b) => a.claim.start - b.claim.start || a.claim.id.localeCompare(b.claim.id));
}

const RUNG_OF = new Map(Object.entries(cardinality.rungCadences).map(([type, cadence]) => [cadence, type]));

/** The old generalIndex: a key's kept list filtered and stringified for every claim. */
function oldGeneralIndex(claims: Claim[], parts: ReadonlyMap<Claim, { scope: string; rest: string } | undefined>): Map<string, Claim[]> {
  const index = new Map<string, Claim[]>();
  const rungs = new Set(claims.filter((c) => c.attribute === 'backup.retention').map((c) => String(effectiveQualifiers(c).type ?? '')));
  const isRung = (f: Claim) => {
    const type = RUNG_OF.get(String(f.value));
    return type !== undefined && rungs.has(type);
  };
  for (const g of claims) {
    const p = parts.get(g);
    if (p === undefined || p.scope !== '' || (g.attribute === 'backup.frequency' && isRung(g))) continue;
    const key = `${g.attribute}|${p.rest}`;
    const kept = index.get(key) ?? [];
    const same = kept.filter((k) => JSON.stringify(k.value) === JSON.stringify(g.value));
    if (same.length === 0 || (same.length === 1 && same[0].start !== g.start)) kept.push(g);
    index.set(key, kept);
  }
  return index;
}

describe('findContradictions', () => {
  it('finds what the search it replaced found, in the same order', () => {
    expect(ATTRIBUTES.some((a) => severalPerDocument(a) || cardinality.boundedByScopeAll.includes(a))).toBe(true); // logging.retention: a scheme
    const plain = ATTRIBUTES.filter((a) => !severalPerDocument(a) && !cardinality.boundedByScopeAll.includes(a));
    let found = 0;
    fc.assert(
      fc.property(fc.array(claimArb, { maxLength: 40 }), (drawn) => {
        const claims = claimsOf(drawn).filter((c) => plain.includes(c.attribute));
        const now = findContradictions(claims, new FrameCache());
        expect(now).toEqual(oldContradictions(claims, new FrameCache()));
        found += now.length;
      }),
      { numRuns: Math.max(200, RUNS) },
    );
    expect(found).toBeGreaterThan(0);
  });

  it('visits earlier values in proportion to the claims when each states a value of its own', () => {
    // Distinct values, each in its own plain sentence: every claim contradicts the first, so the
    // search stops there; the old one went on through every earlier value (n^2 / 2 visits).
    const visits = (n: number) => {
      // Every statement admits no exception ("every"), so the values, a schedule since round 16, still contradict.
      const claims = Array.from({ length: n }, (_, i) => claimsOf([{ attribute: 'auth.mfa', value: `v${i}`, qualifiers: {}, sentence: 0, quote: 0 }])[0]).map((c, i) => ({ ...c, id: `c${i}`, start: i * 100, end: i * 100 + 40, quote: 'Every account follows the rule below.' }));
      let found = 0;
      const count = iterations(() => (found = findContradictions(claims, new FrameCache()).length));
      expect(found).toBe(n - 1);
      return count;
    };
    expect(visits(1600) / visits(400)).toBeLessThan(6);
  });
});

/** Elements yielded by array and Map iterators (for-of, spread, Map#values) while `run` runs. */
function iterations(run: () => void): number {
  let yielded = 0;
  const arrayValues = Array.prototype[Symbol.iterator];
  const mapValues = Map.prototype.values;
  const counting = <T>(it: Iterator<T>): IterableIterator<T> => ({
    next() {
      const r = it.next();
      if (!r.done) yielded++;
      return r;
    },
    [Symbol.iterator]() {
      return this;
    },
  });
  Object.defineProperty(Array.prototype, Symbol.iterator, { configurable: true, writable: true, value: function (this: unknown[]) { return counting(arrayValues.call(this)); } });
  Object.defineProperty(Map.prototype, 'values', { configurable: true, writable: true, value: function (this: Map<unknown, unknown>) { return counting(mapValues.call(this)); } });
  try {
    run();
  } finally {
    Object.defineProperty(Array.prototype, Symbol.iterator, { configurable: true, writable: true, value: arrayValues });
    Object.defineProperty(Map.prototype, 'values', { configurable: true, writable: true, value: mapValues });
  }
  return yielded;
}

describe('generalIndex', () => {
  it('keeps what the index it replaced kept, in the same order', () => {
    const partsArb = fc.array(fc.option(fc.record({ scope: fc.constantFrom('', '', 'type=database'), rest: fc.constantFrom('', 'trigger=request') }), { nil: undefined }), { minLength: 40, maxLength: 40 });
    fc.assert(
      fc.property(fc.array(claimArb, { maxLength: 40 }), partsArb, (drawn, drawnParts) => {
        const claims = claimsOf(drawn.map((d) => (d.attribute === 'hosting.location' ? { ...d, attribute: 'backup.frequency' } : d)));
        const parts = new Map(claims.map((c, i) => [c, drawnParts[i]]));
        expect([...generalIndex(claims, parts)]).toEqual([...oldGeneralIndex(claims, parts)]);
      }),
      { numRuns: Math.max(200, RUNS) },
    );
  });

  it('visits the kept claims in proportion to the claims when each states a value of its own', () => {
    const visits = (n: number) => {
      const claims = claimsOf(Array.from({ length: n }, (_, i) => ({ attribute: 'auth.mfa', value: `v${i}`, qualifiers: {}, sentence: i, quote: 0 })));
      const parts = new Map(claims.map((c) => [c, { scope: '', rest: '' }]));
      let kept = 0;
      const count = arrayScans(() => (kept = generalIndex(claims, parts).get('auth.mfa|')?.length ?? 0));
      expect(kept).toBe(n);
      return count;
    };
    expect(visits(1600) / visits(400)).toBeLessThan(6);
  });
});
