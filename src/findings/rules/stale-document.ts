/**
 * The document says it was last updated long ago: "Last updated: 01.06.2021", "Data
 * aktualizacji: 3 lutego 2020". Older than ctx.maxAgeYears (default 2) before ctx.now is stale.
 * The newest stated update date counts; without one, the model's `doc.date` does, unless its
 * line labels it the date the document took effect ("Effective date:", "obowiązuje od").
 */
import type { SeckbDocument } from '../../model/types.ts';
import type { CodeRule, RuleHit } from '../rule-types.ts';
import { alternation, effectivePhrases, months, updatePhrases } from './structure-data.ts';

const MONTH = alternation(Object.keys(months));
const DATE_FORMS = [
  `(?<d1>\\d{1,2})[./-](?<m1>\\d{1,2})[./-](?<y1>\\d{4})`,
  `(?<y2>\\d{4})-(?<m2>\\d{1,2})-(?<d2>\\d{1,2})`,
  `(?<d3>\\d{1,2})\\.?\\s+(?<mn3>${MONTH})\\.?,?\\s+(?<y3>\\d{4})`,
  `(?<mn4>${MONTH})\\.?\\s+(?<d4>\\d{1,2}),?\\s+(?<y4>\\d{4})`,
  `(?<mn5>${MONTH})\\.?,?\\s+(?<y5>\\d{4})`,
  `(?<m6>\\d{1,2})[./](?<y6>\\d{4})`,
  `(?<y7>(?:19|20)\\d{2})`,
];
const PHRASE = new RegExp(
  `(?<![\\p{L}])(?:${alternation(updatePhrases)})(?:\\s*(?:on|:|-|–|—|dnia|z dnia))?\\s*(?:${DATE_FORMS.join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

/** A stated date as UTC milliseconds; undefined when it is no real date. */
export function parseStatedDate(g: Record<string, string | undefined>): number | undefined {
  const year = Number(g.y1 ?? g.y2 ?? g.y3 ?? g.y4 ?? g.y5 ?? g.y6 ?? g.y7);
  const name = (g.mn3 ?? g.mn4 ?? g.mn5)?.toLowerCase();
  let month = name ? months[name] : Number(g.m1 ?? g.m2 ?? g.m6 ?? 1);
  let day = Number(g.d1 ?? g.d2 ?? g.d3 ?? g.d4 ?? 1);
  // 06/13/2021: a month cannot exceed 12, so the first number was the month (US order).
  if (g.m1 && month > 12 && day <= 12) [day, month] = [month, day];
  if (!year || !month || month > 12 || day < 1 || day > 31) return undefined;
  return Date.UTC(year, month - 1, day);
}

function isoToMs(iso: string): number | undefined {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/u.exec(iso);
  return m ? Date.UTC(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1)) : undefined;
}

/** An effective-date label right before a date: "Effective date: ", "obowiązuje od dnia ". */
const EFFECTIVE_LABEL = new RegExp(`(?<![\\p{L}])(?:${alternation(effectivePhrases)})\\s*(?:[:\\-–—]|on|as\\s+of|dnia|z\\s+dniem)?\\s*$`, 'iu');

const ANY_DATE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${DATE_FORMS.slice(0, 5).join('|')})(?![\\p{L}\\p{N}])`, 'giu');

/**
 * The line stating the model's date ("Data: 3 marca 2021", "Date: 2021-03-03"): the first line
 * with a full date equal to `ms`, so a title holding a year or a product code is not blamed.
 * `null` when that line labels it the date the document took effect ("Effective date: ...",
 * "obowiązuje od ..."): when a text came into force is not when it was last checked.
 */
function dateLine(doc: SeckbDocument, ms: number): [number, number] | null | undefined {
  for (const m of doc.text.matchAll(ANY_DATE)) {
    if (parseStatedDate(m.groups ?? {}) !== ms) continue;
    const at = m.index ?? 0;
    const start = doc.text.lastIndexOf('\n', at) + 1;
    if (EFFECTIVE_LABEL.test(doc.text.slice(Math.max(start, at - 60), at))) return null;
    const nl = doc.text.indexOf('\n', at);
    const end = nl === -1 ? doc.text.length : nl;
    const line = doc.text.slice(start, end);
    // A date inside a long paragraph: the date itself is the excerpt.
    if (line.length > 80) return [at, at + m[0].length];
    const lead = line.length - line.trimStart().length;
    return [start + lead, start + line.trimEnd().length];
  }
  return undefined;
}

function firstLine(doc: SeckbDocument): [number, number] {
  const start = doc.text.search(/\S/u);
  if (start === -1) return [0, 0];
  const nl = doc.text.indexOf('\n', start);
  return [start, nl === -1 ? doc.text.length : nl];
}

export const rule: CodeRule = {
  id: 'stale-document',
  kind: 'stale-document',
  severity: 'warning',
  messageKey: 'findings.stale-document',
  detect(doc, ctx) {
    let best: { start: number; end: number; ms: number } | undefined;
    for (const m of doc.text.matchAll(PHRASE)) {
      const ms = parseStatedDate(m.groups ?? {});
      if (ms === undefined) continue;
      if (!best || ms > best.ms) best = { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, ms };
    }
    if (!best && doc.date) {
      const ms = isoToMs(doc.date);
      const place = ms === undefined ? null : dateLine(doc, ms);
      if (ms !== undefined && place !== null) {
        const [start, end] = place ?? firstLine(doc);
        best = { start, end, ms };
      }
    }
    if (!best) return [];
    const limit = new Date(ctx.now.getTime());
    limit.setUTCFullYear(limit.getUTCFullYear() - (ctx.maxAgeYears ?? 2));
    if (best.ms >= limit.getTime()) return [];
    const date = new Date(best.ms).toISOString().slice(0, 10);
    const years = Math.floor((ctx.now.getTime() - best.ms) / (365.25 * 24 * 3600 * 1000));
    const hit: RuleHit = { start: best.start, end: best.end, params: { date, years, count: ctx.maxAgeYears ?? 2 } };
    return [hit];
  },
};
