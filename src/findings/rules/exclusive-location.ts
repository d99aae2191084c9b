/**
 * A place stated as the only one ("all customer data, backups included, is processed only in our
 * Frankfurt data centre", "dane nie opuszczają Polski") against another location of the same data
 * in the same document ("every night a backup is sent to Helsinki"). hosting.location holds several
 * values at once (production here, backups there), so inconsistency.ts never compares its claims;
 * an exclusive statement makes them comparable. The other place counts when it has the same role,
 * or when the exclusive statement covers every copy (`allCopies`); places named in the exclusive
 * sentence itself are part of it, and frames that set two statements apart (a plan, a past state,
 * an on-site part) still do. Cues: rules/{en,pl}/statement-frames.json. Needs ctx.claims.
 */
import en from '../../../rules/en/statement-frames.json' with { type: 'json' };
import pl from '../../../rules/pl/statement-frames.json' with { type: 'json' };
import type { Claim } from '../../claims/types.ts';
import { effectiveQualifiers } from '../diff.ts';
import { documentFrames, place } from '../inconsistency.ts';
import { cueRe } from '../frame-cues.ts';
import { FrameCache } from '../statement-frames.ts';
import type { CodeRule, RuleHit } from '../rule-types.ts';

const EXCLUSIVE = cueRe([...en.exclusivePlace, ...pl.exclusivePlace]);
const ALL_COPIES = cueRe([...en.allCopies, ...pl.allCopies]);
const ONLY_IN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation([...en.onlyIn, ...pl.onlyIn])})\\s+`, 'giu');
const PLACE_NOUN = new RegExp(`^(?:${alternation([...en.placeNouns, ...pl.placeNouns])})(?![\\p{L}\\p{N}])`, 'iu');
const NOT_PLACE = new RegExp(`^(?:${alternation([...en.notPlace, ...pl.notPlace])})(?![\\p{L}\\p{N}])`, 'iu');
const PLACE_WINDOW = 4;

/** A cue word list as one alternation (statement-frames.ts's form: `*` lets a word go on, a space is any white space). */
function alternation(cues: readonly string[]): string {
  return cues.map((c) => c.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '\\p{L}*').replace(/ /g, '\\s+')).join('|');
}

/**
 * 'only in' (and kin) followed within four words by a place, a capitalised name or a place noun
 * ('only in our Frankfurt data centre', 'wyłącznie w Polsce'), and not by a manner ('only in
 * emergencies', 'wyłącznie w celu'). Capitals count, so this is tested outside a case-folding regex.
 */
function onlyInPlace(quote: string): boolean {
  for (const m of quote.matchAll(ONLY_IN)) {
    const after = quote.slice(m.index + m[0].length, m.index + m[0].length + 120);
    if (NOT_PLACE.test(after)) continue;
    const words = after.split(/\s+/u).slice(0, PLACE_WINDOW);
    if (words.some((w, i) => /^\p{Lu}\p{Ll}/u.test(w) || PLACE_NOUN.test(words.slice(i).join(' ')))) return true;
  }
  return false;
}

const roleOf = (c: Claim): string => String(effectiveQualifiers(c).role ?? 'production');

export interface ExclusiveConflict {
  exclusive: Claim;
  other: Claim;
}

export function exclusiveConflicts(claims: readonly Claim[], frames = new FrameCache()): ExclusiveConflict[] {
  const places = claims.filter((c) => c.attribute === 'hosting.location');
  // One claim per country and role (the first, and the first from another sentence), so a
  // document naming its places many times is compared once per distinct place.
  const distinct = new Map<string, Claim[]>();
  for (const c of places) {
    const key = `${String(c.value)}|${roleOf(c)}`;
    const kept = distinct.get(key) ?? [];
    if (kept.length === 0 || (kept.length === 1 && kept[0].start !== c.start)) distinct.set(key, [...kept, c]);
  }
  // The places each sentence names: those of the exclusive sentence itself are part of it.
  const named = new Map<number, Set<string>>();
  for (const c of places) named.set(c.start, (named.get(c.start) ?? new Set()).add(String(c.value)));
  const candidates = [...distinct.values()].flat();
  const out: ExclusiveConflict[] = [];
  const seen = new Set<string>();
  for (const a of places) {
    if (!EXCLUSIVE.test(a.quote) && !onlyInPlace(a.quote)) continue;
    const every = ALL_COPIES.test(a.quote);
    const own = named.get(a.start)!;
    const other = candidates.find((b) => b.start !== a.start && !own.has(String(b.value)) && (every || roleOf(b) === roleOf(a)) && !frames.apart(a, b));
    if (!other) continue;
    // Once per pair of places, as the other inconsistency rules report a pair of values once.
    const key = `${String(a.value)}|${String(other.value)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ exclusive: a, other });
  }
  return out;
}

export const rule: CodeRule = {
  id: 'exclusive-location',
  kind: 'inconsistency',
  severity: 'warning',
  messageKey: 'findings.exclusive-location',
  detect(doc, ctx) {
    return exclusiveConflicts(ctx.claims ?? [], documentFrames(doc)).map(
      ({ exclusive, other }): RuleHit => ({
        start: exclusive.start,
        end: exclusive.end,
        params: { value: String(exclusive.value), other: String(other.value) },
        related: [place(other)],
      }),
    );
  },
};
