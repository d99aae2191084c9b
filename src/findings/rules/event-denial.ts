/**
 * An event denied in one sentence and counted in another: "No attachment contents were
 * downloaded." / "The attacker downloaded 212 attachments from 9 workspaces"; "atakujący nie
 * uzyskał dostępu do żadnego konta" / "uzyskał dostęp do 6 kont". No claim attribute holds what
 * happened in an incident, so the sentences are compared by their structure: a denial (a negation
 * word, no word excluding a remainder: "no other files") with a past verb, and a statement without
 * negation with the same past verb and a number counting a noun the denial names. Cues are data
 * (rules/{en,pl}/structure.json `eventDenial`). Questions are no statements and are skipped.
 */
import en from '../../../rules/en/structure.json' with { type: 'json' };
import pl from '../../../rules/pl/structure.json' with { type: 'json' };
import type { CodeRule, RuleHit } from '../rule-types.ts';
import { foldDiacritics } from './text-utils.ts';
import { alternation } from './structure-data.ts';

/** Verbs compare on their first letters ("downloaded" / "download"), nouns on fewer ("konta" / "kont"). */
const VERB_STEM = 5;
const NOUN_STEM = 4;
/** Affirming sentences compared with one denial at most (a long report stays linear). */
const MAX_PAIRS = 8;

interface Cues {
  negation: string[];
  remainder: string[];
  past: string;
}
const LANGS: Cues[] = [en.eventDenial, pl.eventDenial];
const words = (pick: (c: Cues) => string[]) => new RegExp(`(?<![\\p{L}\\p{N}'’])(?:${alternation(LANGS.flatMap(pick))})(?![\\p{L}\\p{N}])`, 'iu');
const NEGATION = words((c) => c.negation);
const REMAINDER = words((c) => c.remainder);
/** A past verb, the event (its first capture group that matched): a passive or counting past in English, a past ending in Polish. */
const PAST = new RegExp(`(?<![\\p{L}\\p{N}])(?:${LANGS.map((c) => c.past).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
/** A number and the word it counts ("212 attachments", "6 kont"). */
const COUNTED = /(?<![\p{L}\p{N}.,])\d[\d  ,.]*\s+(\p{L}{3,})/gu;
const WORD = /\p{L}{4,}/gu;

const fold = (w: string) => foldDiacritics(w).toLowerCase();

interface Sentence {
  start: number;
  end: number;
  lang: string;
  verbs: Set<string>;
}

function verbsOf(text: string): Set<string> {
  return new Set([...text.matchAll(PAST)].map((m) => fold(m.slice(1).find((g) => g !== undefined) ?? m[0]).slice(0, VERB_STEM)));
}

export const rule: CodeRule = {
  id: 'event-denial',
  kind: 'inconsistency',
  severity: 'warning',
  messageKey: 'findings.event-denial',
  detect(doc) {
    const denials: Array<Sentence & { nouns: Set<string> }> = [];
    const counted = new Map<string, Sentence[]>();
    for (const s of doc.sentences) {
      const text = doc.text.slice(s.start, s.end);
      if (text.trimEnd().endsWith('?')) continue;
      const verbs = verbsOf(text);
      if (verbs.size === 0) continue;
      const sentence = { start: s.start, end: s.end, lang: s.lang, verbs };
      if (NEGATION.test(text)) {
        if (!REMAINDER.test(text)) denials.push({ ...sentence, nouns: new Set((text.match(WORD) ?? []).map((w) => fold(w).slice(0, NOUN_STEM))) });
        continue;
      }
      for (const m of text.matchAll(COUNTED)) {
        const noun = fold(m[1]).slice(0, NOUN_STEM);
        const list = counted.get(noun);
        if (!list) counted.set(noun, [sentence]);
        else if (list.length < MAX_PAIRS && list[list.length - 1] !== sentence) list.push(sentence);
      }
    }
    const hits: RuleHit[] = [];
    const reported = new Set<number>();
    for (const d of denials) {
      for (const noun of d.nouns) {
        for (const a of counted.get(noun) ?? []) {
          if (a.lang !== d.lang || reported.has(a.start) || ![...a.verbs].some((v) => d.verbs.has(v))) continue;
          reported.add(a.start);
          const [later, earlier] = a.start > d.start ? [a, d] : [d, a];
          const other = doc.text.slice(earlier.start, earlier.end);
          hits.push({ start: later.start, end: later.end, params: { other }, related: [{ documentId: doc.id, start: earlier.start, end: earlier.end, excerpt: other }] });
        }
      }
    }
    return hits.sort((x, y) => x.start - y.start);
  },
};
