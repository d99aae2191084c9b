/**
 * Red flags a vendor states in words that no claim attribute carries (rules/{en,pl}/risk-statements.json):
 * "support engineers share one administrator account", "archive copies are kept indefinitely". A
 * clause (split at ';') holding a cue is the finding, unless a denied word stands in it ("No shared
 * accounts are permitted"), a quiet word in its sentence ("we recommend", "until 2023", "anonymised
 * statistics") or its subject is missing. A question states nothing unless its row answers "Yes".
 * Browser-safe.
 */
import en from '../../rules/en/risk-statements.json' with { type: 'json' };
import pl from '../../rules/pl/risk-statements.json' with { type: 'json' };
import type { SeckbDocument } from '../model/types.ts';
import { clauses } from './clauses.ts';
import { cueRe } from './frame-cues.ts';

interface StatementRule {
  cues: string[];
  subject?: string[];
  denied: string[];
  quiet: string[];
}
type Data = { yes: string[]; rules: Record<string, StatementRule> };
const LANGS = [en, pl] as Data[];
const merged = (rule: string, pick: (r: StatementRule) => string[] | undefined) => cueRe(LANGS.flatMap((l) => pick(l.rules[rule] ?? { cues: [], denied: [], quiet: [] }) ?? []));

const RULES = [...new Set(LANGS.flatMap((l) => Object.keys(l.rules)))].map((id) => ({
  id,
  cue: merged(id, (r) => r.cues),
  subject: LANGS.some((l) => l.rules[id]?.subject) ? merged(id, (r) => r.subject) : undefined,
  denied: merged(id, (r) => r.denied),
  quiet: merged(id, (r) => r.quiet),
}));
const YES = new Set(LANGS.flatMap((l) => l.yes));

/** A row answering "Yes" ("Are shared accounts used? | Yes | ..."). */
const answersYes = (text: string): boolean => text.split('|').some((cell) => YES.has(cell.trim().replace(/[.!]$/u, '').toLowerCase()));

export interface StatedRisk {
  rule: string;
  start: number;
  end: number;
}

/** The stated red flags of a document, one per rule and clause. */
export function statedRisks(doc: Pick<SeckbDocument, 'text' | 'sentences'>): StatedRisk[] {
  const out: StatedRisk[] = [];
  for (const s of doc.sentences) {
    const text = doc.text.slice(s.start, s.end);
    for (const r of RULES) {
      if (!r.cue.test(text) || r.quiet.test(text) || (r.subject && !r.subject.test(text))) continue;
      // A question states nothing by itself: its answer does ("| Yes"), or the text after it.
      const asked = text.lastIndexOf('?') + 1;
      if (asked > 0 && !r.cue.test(text.slice(asked))) {
        if (answersYes(text.slice(asked))) out.push({ rule: r.id, start: s.start, end: s.end });
        continue;
      }
      for (const [from, to] of clauses(text, ';')) {
        let at = Math.max(from, asked);
        while (at < to && /[\s|]/u.test(text[at])) at++;
        const clause = text.slice(at, to);
        if (at < to && r.cue.test(clause) && !r.denied.test(clause)) out.push({ rule: r.id, start: s.start + at, end: s.start + to });
      }
    }
  }
  return out;
}
