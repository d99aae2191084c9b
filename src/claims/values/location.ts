/**
 * Where data or systems are: countries after a preposition or in a list, single-region cities and
 * the provider's region names and ids (rules/claims/common.json), each with its role
 * (production, failover, backup, development) from the nearest role cue.
 */
import { COMMON, regionDef, regionsByCity } from '../common.ts';
import { clauses, has, hits, type UnitContext } from '../context.ts';
import type { Lexicon } from '../lexicon.ts';
import type { Hit } from '../terms.ts';
import type { Extractor } from './types.ts';
import { inHostname } from './hostname.ts';
import { countryCodeCells } from './country-cell.ts';
import { listedWithHosted } from './listed-copies.ts';

export interface Place {
  start: number;
  end: number;
  country: string;
  region?: string;
  role?: string;
  /** "holds the backup copies and a standby server": a second role the place serves. */
  also?: string;
  /** A city's first letters ("warsz" for Warszawa, Warszawie): two cities are two places. */
  city?: string;
}

// A country is a place only after a preposition or in a list ("in the Netherlands",
// "(Ireland)", "w Niemczech"); "banks in the USA move" still passes, "US banks" does not.
const locative = (lex: Lexicon) =>
  lex.memo('locative', (l) => new RegExp(`(?:^|[\\s(])(?:${l.source('locative')})\\s+(?:(?:${l.source('article')})\\s+)?$|[(:,;/|\\t&]\\s*$`, 'iu'));

/**
 * A country opening a line is a place when the line is a value ("Data center location(s)" /
 * "United States", a list line): a short line. "Germany and Austria are where most of our
 * customers run their plants" opens prose.
 */
const VALUE_LINE_WORDS = 8;
function opensValueLine(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (!/^[ \t]*$/.test(text.slice(lineStart, start))) return false;
  const end = text.indexOf('\n', start);
  // "Germany. EU-incorporated company, no transfer outside the EEA.": the line's first sentence is the value.
  const line = text.slice(start, end < 0 ? text.length : end).split(/[.;](?:\s|$)/)[0];
  return line.split(/\s+/).filter(Boolean).length <= VALUE_LINE_WORDS;
}

/**
 * Countries, single-region cities and region names of the provider, merged where they overlap.
 * Where the text names several providers ("Google Cloud in Frankfurt; AWS in Stockholm"), a region
 * is the last one's named before it (the first one's before any).
 */
export function places(text: string, docProvider: string | undefined, lex: Lexicon): Place[] {
  const named = COMMON.providers.find(text);
  const provider = named[0]?.key ?? docProvider;
  const several = new Set(named.map((h) => h.key)).size > 1;
  const providerAt = (pos: number) => (several ? named.filter((h) => h.end <= pos).at(-1)?.key ?? provider : provider);
  const out: Place[] = [];
  // "Customers in New Zealand are hosted in ...": where the customers are is no place of the service.
  const customers = lex.memo('customerPlace', (l) => new RegExp(`(?:${l.source('customerPlace')})\\s+(?:(?:${l.source('article')})\\s+)?$`, 'iu'));
  // "a country of their choice, ex: Canada": a place given as an example is no place of the service.
  const example = lex.memo('examplePlace', (l) => new RegExp(`(?<![\\p{L}])(?:${l.source('exampleBefore')})\\s*[(:,]?\\s*$`, 'iu'));
  for (const h of COMMON.countries.find(text)) {
    const before = text.slice(Math.max(0, h.start - 30), h.start);
    if ((locative(lex).test(before) || opensValueLine(text, h.start)) && !customers.test(before) && !example.test(before)) out.push({ start: h.start, end: h.end, country: h.key });
  }
  for (const c of countryCodeCells(text)) out.push({ start: c.start, end: c.end, country: c.country });
  for (const h of COMMON.cities.find(text)) out.push({ start: h.start, end: h.end, country: h.key, city: text.slice(h.start, h.start + 5).toLowerCase() });
  // A region id names its provider ("eu-central-1" is AWS) when the text names none.
  // Among several providers the id says whose it is.
  if (!provider || several) {
    for (const h of COMMON.regionCodes.find(text)) {
      const [p, code] = h.key.split(':');
      if (!provider || providerAt(h.start) === p) out.push({ start: h.start, end: h.end, country: regionDef(p, code)!.country, region: h.key });
    }
  }
  for (const p of new Set(several ? named.map((h) => h.key) : provider ? [provider] : [])) {
    for (const h of COMMON.regionNames.get(p)?.find(text) ?? []) {
      const def = regionDef(p, h.key);
      if (def && providerAt(h.start) === p) out.push({ start: h.start, end: h.end, country: def.country, region: `${p}:${def.code}` });
    }
    for (const h of COMMON.regionCities.get(p)?.find(text) ?? []) {
      const def = regionDef(p, h.key);
      if (def && regionsByCity(p, def.code) === 1 && providerAt(h.start) === p) {
        out.push({ start: h.start, end: h.end, country: def.country, region: `${p}:${def.code}` });
      }
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Place[] = [];
  for (const p of out) {
    const last = merged[merged.length - 1];
    // "West Europe (Netherlands)": a region and its country in brackets are one place.
    const close = last && last.country === p.country && p.start - last.end <= 3;
    if (last && (p.start < last.end || close)) {
      last.end = Math.max(last.end, p.end);
      last.region ??= p.region;
      last.city ??= p.city;
      continue;
    }
    merged.push({ ...p });
  }
  return merged;
}

/** One place named twice: same country, and neither another region nor another city ("eu-west-1" after "Europe (Ireland)"). */
const samePlace = (p: Place, q: Place) => p.country === q.country && (!p.region || !q.region || p.region === q.region) && (!p.city || !q.city || p.city === q.city);

/** `cdn`: edge locations of a delivery network say nothing of where the service is hosted. */
const ROLES: Array<[string, string]> = [
  ['cdn', 'cdnCue'],
  ['failover', 'roleFailover'],
  ['backup', 'roleBackup'],
  ['development', 'roleDevelopment'],
  ['production', 'roleProduction'],
];

/** Gives a role cue to the place after it (else the one before) and to places listed with it. */
export function assignRoles(text: string, list: Place[], ctx: UnitContext): void {
  const listGap = ctx.lex.memo('listGap', (l) => new RegExp(`^[\\s,;/()|]*(?:&|${l.source('listJoin')})?[\\s,;/()|]*$`, 'iu'));
  const cues: Array<Hit & { role: string }> = [];
  // "All data, including backups, is kept in X": X holds production and the backups both, so an
  // included backups cue gives the places after it backup as a second role, not instead.
  const placeEndBefore = (pos: number) => list.reduce((end, p) => (p.end <= pos ? Math.max(end, p.end) : end), 0);
  const included = (h: Hit) =>
    has(ctx.lex, 'includingWord', text.slice(Math.max(0, h.start - 16), h.start)) || /^\s*(?:included|włącznie)/iu.test(text.slice(h.end, h.end + 12)) || (list.some((p) => p.start >= h.end) && listedWithHosted(text, h, placeEndBefore(h.start), ctx.lex));
  const inclusions: Array<Hit & { role: string }> = [];
  for (const [role, concept] of ROLES) for (const h of hits(ctx.lex, concept, text)) if (!inHostname(text, h.start, h.end)) (role === 'backup' && included(h) ? inclusions : cues).push({ ...h, role });
  cues.sort((a, b) => a.start - b.start);
  // Each place's clause once per unit: a long unit (a table row of a whole file) must not
  // cost cues x places x clauses.
  const parts = clauses(text, ctx.lex);
  const clauseOf = (pos: number) => parts.findIndex((c) => pos >= c.offset && pos < c.offset + c.text.length);
  const placesByClause = new Map<number, Place[]>();
  for (const p of list) {
    const cl = clauseOf(p.start);
    const group = placesByClause.get(cl);
    if (group) group.push(p);
    else placesByClause.set(cl, [p]);
  }
  // "ap-southeast-1 backups go to ap-northeast-1": a place right before a cue word names where
  // those copies come from; no cue makes it their destination.
  const sources = new Set(list.filter((p) => cues.some((c) => c.start >= p.end && /^\s*$/.test(text.slice(p.end, c.start)))));
  // "Backups are replicated from Stockholm to Frankfurt": the place copies come from is no
  // destination of the cue either (it keeps the heading's role); the place they go to takes it.
  const origin = ctx.lex.memo('placeOriginBefore', (l) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${l.source('placeOrigin')})\\s+(?:[\\p{L}\\p{N}.-]+\\s+){0,3}$`, 'iu'));
  list.forEach((p, k) => {
    const clause = parts[clauseOf(p.start)];
    const clauseStart = clause?.offset ?? 0;
    const before = text.slice(Math.max(clauseStart, p.start - 48), p.start);
    const fromHere = origin.test(before) || (k > 0 && sources.has(list[k - 1]) && listGap.test(text.slice(list[k - 1].end, p.start)));
    if (fromHere && list.some((q) => q.start > p.end && clauseOf(q.start) === clauseOf(p.start) && !listGap.test(text.slice(p.end, q.start)))) sources.add(p);
  });
  const rightBefore = (c: Hit, p: Place) => {
    const gap = text.slice(c.end, p.start);
    return c.end <= p.start && !/[,;:.]/.test(gap) && gap.split(/\s+/).filter(Boolean).length <= 3 && !list.some((q) => q !== p && q.start >= c.end && q.end <= p.start);
  };
  // A standby that can take over, named beside the backups a place holds, makes it failover too.
  const standbyCues = hits(ctx.lex, 'standbyCue', text);
  const standby = (cue: Hit & { role: string }, p: Place) => cue.role === 'failover' && p.role === 'backup' && standbyCues.some((h) => h.start < cue.end && cue.start < h.end);
  const forward = new Set<string>();
  // "Frankfurt (eu-central-1) as the primary region and Dublin as the recovery region": a cue after
  // "as" names the place right before it, not the next one.
  const roleAfter = ctx.lex.memo('roleAfterPlace', (l) => new RegExp(`^[\\s)]*(?:\\([^()]{0,40}\\)\\s*)?,?\\s*(?:${l.source('roleAfterPlace')})\\s+(?:[\\p{L}-]+\\s+){0,2}$`, 'iu'));
  const bound = new Set<Hit>();
  const setBy = new Map<Place, Hit & { role: string }>();
  for (const cue of cues) {
    const p = list.filter((q) => q.end <= cue.start && clauseOf(q.start) === clauseOf(cue.start)).at(-1);
    if (!p || !roleAfter.test(text.slice(p.end, cue.start))) continue;
    bound.add(cue);
    p.role ??= cue.role;
  }
  for (const cue of cues) {
    if (bound.has(cue)) continue;
    const cl = clauseOf(cue.start);
    const eligible = (n: number) => (placesByClause.get(n) ?? []).filter((p) => !sources.has(p) && !(p.start < cue.end && cue.start < p.end));
    let inClause = eligible(cl);
    let i = inClause.findIndex((p) => p.start >= cue.end);
    let step = 1;
    // "Backups stay with the same provider, but in another location: Helsinki": a cue whose
    // clause names no place reaches the next clause's first place.
    if (inClause.length === 0 && eligible(cl + 1).length > 0) [inClause, i] = [eligible(cl + 1), 0];
    // "Where are backups stored? | Oracle Cloud | UK West (Newport)": a question's cue reaches its answer's places.
    const answered = inClause.length === 0 ? parts.findIndex((c, n) => n > cl && /\?/.test(text.slice(cue.end, c.offset)) && eligible(n).length > 0) : -1;
    if (answered > 0) [inClause, i] = [eligible(answered), 0];
    if (i < 0) {
      // Backwards only while no place has taken this role from a cue before it ("copied to
      // Frankfurt, so a problem in Amsterdam cannot take the backups with it").
      if (forward.has(cue.role)) continue;
      i = inClause.length - 1;
      step = -1;
    }
    // "geo-redundant backups are replicated to X": copies of backups are backups, whatever else is said of them.
    if (i >= 0 && inClause[i].role === 'failover' && cue.role === 'backup') inClause[i].role = undefined;
    if (i >= 0 && inClause[i].role && standby(cue, inClause[i])) inClause[i].also = 'failover';
    // "Our production and disaster-recovery sites are in Ireland": cues listed together share their place.
    // Only a list ("and", a comma): "Backup replication from A to B" is one cue word after another.
    const by = i >= 0 ? setBy.get(inClause[i]) : undefined;
    const joint = by && by.end <= cue.start ? text.slice(by.end, cue.start).replace(/^\p{L}+/u, '') : '';
    if (by && step > 0 && by.role !== cue.role && !inClause[i].also && /\S/u.test(joint) && listGap.test(joint)) inClause[i].also = cue.role;
    if (i < 0 || inClause[i].role) continue;
    // "Backups are copied to West Central (Frankfurt), so a copy is kept outside the primary
    // region": a cue reaching back to a place named twice is not that place's; it keeps its cue.
    if (step < 0 && list.some((q) => q !== inClause[i] && q.role && samePlace(q, inClause[i]))) continue;
    // "Our database is hosted by X in Amsterdam, and besides their snapshots we ...": a place the
    // service is said to run in keeps that role against a cue reaching back to it.
    if (step < 0 && has(ctx.lex, 'serviceRuns', text.slice(Math.max(parts[cl]?.offset ?? 0, inClause[i - 1]?.end ?? 0), inClause[i].start))) continue;
    // "... from production: production runs in A, backups in B": a production cue right before
    // the place (a few words, no place or punctuation between) is its own.
    if (step > 0 && cue.role !== 'production' && cues.some((c) => c.start >= cue.end && c.role === 'production' && rightBefore(c, inClause[i]))) continue;
    inClause[i].role = cue.role;
    setBy.set(inClause[i], cue);
    if (step > 0) forward.add(cue.role);
    for (let j = i + step; j >= 0 && j < inClause.length; j += step) {
      const [a, b] = step > 0 ? [inClause[j - 1], inClause[j]] : [inClause[j], inClause[j + 1]];
      if (inClause[j].role || !listGap.test(text.slice(a.end, b.start))) break;
      inClause[j].role = cue.role;
    }
  }
  // A place with no cue of its own takes its role from the section heading ("Test and development"),
  // unless the heading names production or hosting too, or the sentence says the service runs there.
  const own = (concept: string) => has(ctx.lex, concept, ctx.heading);
  const headingRoles = own('roleProduction') || own('serviceRuns') || has(ctx.lex, 'serviceRuns', text) ? [] : ['development', 'failover', 'backup'];
  const fallback = headingRoles.find((r) => own(ROLES.find(([role]) => role === r)![1])) ?? 'production';
  // "Backups go to Europe (Ireland), eu-west-1": a place named twice keeps its cue.
  // Not across regions: "Australia East ...; backups to Australia Southeast" are two places of one
  // country, and neither across cities: "in Warsaw, and backups in Poznań".
  const roleOfCountry = new Map<string, Place>();
  for (const o of list) if (o.role && !roleOfCountry.has(o.country)) roleOfCountry.set(o.country, o);
  for (const p of list) {
    const named = roleOfCountry.get(p.country);
    if (named && samePlace(p, named)) p.role ??= named.role;
  }
  for (const p of list) p.role ??= fallback;
  for (const p of list) if (p.role === 'production' && !p.also && inclusions.some((h) => h.end <= p.start)) p.also = 'backup';
}

export const location: Extractor = (seg, _spec, ctx) => {
  const list = places(seg.text, ctx.docProvider, ctx.lex);
  if (list.length === 0) return [];
  assignRoles(seg.text, list, ctx);
  const seen = new Map<string, Place>();
  const withAlso = list.flatMap((p) => (p.also && p.also !== p.role ? [p, { ...p, role: p.also }] : [p]));
  for (const p of withAlso.filter((x) => x.role !== 'cdn')) {
    const key = `${p.country}|${p.role}`;
    const prev = seen.get(key);
    if (prev) prev.region ??= p.region;
    else seen.set(key, { ...p });
  }
  return [...seen.values()].map((p) => ({
    value: p.country,
    qualifiers: { role: p.role!, ...(p.region ? { region: p.region } : {}) },
  }));
};
