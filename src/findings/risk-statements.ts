/**
 * Red flags a vendor states in words that no claim attribute carries (rules/{en,pl}/risk-statements.json):
 * "support engineers share one administrator account", "archive copies are kept indefinitely", "we
 * have not commissioned a penetration test so far", "passwords can be decrypted". A clause (split at
 * ';') holding a cue (a phrase, or words near each other: near-cues.ts) is the finding, unless a
 * denied word stands in it outside the cue ("No shared accounts are permitted"; "never deleted" is
 * a cue, so its "never" denies nothing), a quiet word in its sentence ("we recommend", "until 2023",
 * "anonymised statistics", "found no critical issues") or its subject is missing. A question states
 * nothing unless its row answers "Yes" (rules marked `questions: false`, whose cue is a denial, never
 * read questions). Browser-safe.
 */
import en from '../../rules/en/risk-statements.json' with { type: 'json' };
import pl from '../../rules/pl/risk-statements.json' with { type: 'json' };
import type { SeckbDocument } from '../model/types.ts';
import { clauses } from './clauses.ts';
import { cueRe } from './frame-cues.ts';
import { blankMatches, nearRe, type Near } from './near-cues.ts';

interface StatementRule {
  cues?: string[];
  near?: Near[];
  subject?: string[];
  /** Cues naming the keeping itself ("retained indefinitely"): whatever is kept so needs no listed subject. */
  kept?: string[];
  denied: string[];
  /** Denials that restate the weakness ("kept indefinitely and not deleted"): they deny nothing. */
  agrees?: string[];
  quiet: string[];
  /** false: the cue states a denial ("not ... penetration test"), so a question answered "Yes" is no red flag. */
  questions?: boolean;
}
type Data = { yes: string[]; rules: Record<string, StatementRule> };
const LANGS = [en, pl] as Data[];
const listed = <T>(rule: string, pick: (r: StatementRule) => T[] | undefined): T[] => LANGS.flatMap((l) => (l.rules[rule] ? (pick(l.rules[rule]) ?? []) : []));
const merged = (rule: string, pick: (r: StatementRule) => string[] | undefined) => cueRe(listed(rule, pick));

const RULES = [...new Set(LANGS.flatMap((l) => Object.keys(l.rules)))].map((id) => ({
  id,
  // No phrase cues: none (an empty cue list would match everywhere).
  cues: [listed(id, (r) => r.cues).length > 0 ? merged(id, (r) => r.cues) : undefined, nearRe(listed(id, (r) => r.near))],
  kept: listed(id, (r) => r.kept).length > 0 ? merged(id, (r) => r.kept) : undefined,
  questions: LANGS.every((l) => l.rules[id]?.questions !== false),
  subject: LANGS.some((l) => l.rules[id]?.subject) ? merged(id, (r) => r.subject) : undefined,
  denied: merged(id, (r) => r.denied),
  agrees: listed(id, (r) => r.agrees).length > 0 ? merged(id, (r) => r.agrees) : undefined,
  quiet: merged(id, (r) => r.quiet),
}));
const holds = (cues: ReadonlyArray<RegExp | undefined>, text: string) => cues.some((re) => re?.test(text));
const YES = new Set(LANGS.flatMap((l) => l.yes));

/** A row answering "Yes" ("Are shared accounts used? | Yes | ..."). */
const answersYes = (text: string): boolean => text.split('|').some((cell) => YES.has(cell.trim().replace(/[.!]$/u, '').toLowerCase()));

export interface StatedRisk {
  rule: string;
  start: number;
  end: number;
}

/** Per document: riskFindings asks once per message language. */
const stated = new WeakMap<Pick<SeckbDocument, 'text' | 'sentences'>, StatedRisk[]>();

/** The stated red flags of a document, one per rule and clause. */
export function statedRisks(doc: Pick<SeckbDocument, 'text' | 'sentences'>): StatedRisk[] {
  let out = stated.get(doc);
  if (!out) stated.set(doc, (out = readStatedRisks(doc)));
  return out;
}

function readStatedRisks(doc: Pick<SeckbDocument, 'text' | 'sentences'>): StatedRisk[] {
  const out: StatedRisk[] = [];
  for (const s of doc.sentences) {
    const text = doc.text.slice(s.start, s.end);
    for (const r of RULES) {
      if (!holds(r.cues, text) || r.quiet.test(text) || (r.subject && !r.subject.test(text) && !r.kept?.test(text))) continue;
      // A question states nothing by itself: its answer does ("| Yes"), or the text after it.
      const asked = text.lastIndexOf('?') + 1;
      if (asked > 0 && !holds(r.cues, text.slice(asked))) {
        if (r.questions && answersYes(text.slice(asked))) out.push({ rule: r.id, start: s.start, end: s.end });
        continue;
      }
      for (const [from, to] of clauses(text, ';')) {
        let at = Math.max(from, asked);
        while (at < to && /[\s|]/u.test(text[at])) at++;
        const clause = blankMatches(text.slice(at, to), r.cues);
        if (at < to && clause.matched && !r.denied.test(blankMatches(clause.text, [r.agrees]).text)) out.push({ rule: r.id, start: s.start + at, end: s.start + to });
      }
    }
  }
  return out;
}
