/**
 * Where data is kept when a document names an area, not a country (README "Claims: data residency
 * by area"): "stored in the EU", "EU/EEA data centres", "never leaves the EEA", "na terenie Unii
 * Europejskiej", "nie przekazujemy danych poza EOG". The value is the area (`eu`, `eea`); "EU/EEA"
 * and "EU or EEA" are the wider `eea`, which is all they promise. An area is a place only after a
 * locative ("in", "within", "na terenie"), before a place noun ("EU data centres"), after a label
 * ("Data residency: EU") or after a denied leaving; "outside the EEA" only in a denial ("no data
 * is transferred outside the EEA"). Not "EU-US Data Privacy Framework", "EU law", "customers in
 * the EU", "the EU or the UK". Each area takes its role as a country does (location.ts), and a
 * role a country of the same sentence already holds gives no area: "in the EU (Frankfurt,
 * Germany)" is `hosting.location` DE alone, "in Germany; backups stay in the EU" gives the area
 * for the backups.
 */
import { COMMON } from '../common.ts';
import { has, type UnitContext } from '../context.ts';
import type { Lexicon } from '../lexicon.ts';
import { allHits, type Hit } from '../terms.ts';
import type { Extractor } from './types.ts';
import { inHostname } from './hostname.ts';
import { assignRoles, places, type Place } from './location.ts';

type Area = 'eu' | 'eea';

const before = (lex: Lexicon, concept: string) =>
  lex.memo(`${concept}:before`, (l) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${l.source(concept)})\\s*(?:(?:the|an?|our|your)\\s+)?$`, 'iu'));
const after = (lex: Lexicon, concept: string) => lex.memo(`${concept}:after`, (l) => new RegExp(`^(?:${l.source(concept)})`, 'iu'));

/** "EU/EEA", "EU or EEA", "UE lub EOG", "European Economic Area (EEA)": one place, the wider area when both are named. */
const JOINED = /^\s*(?:\/|,|\(|or|and|and\/or|lub|i|oraz|albo)?\s*(?:(?:the|w|we)\s+)?$/iu;

/** Abbreviations are written in capitals: "eu" is a region code's or host name's part ("eu-central-1", "track-eu.example.io"). */
const written = (text: string, h: Hit) => {
  const word = text.slice(h.start, h.end);
  return word.length > 4 || (word === word.toUpperCase() && !inHostname(text, h.start, h.end));
};

function areaHits(text: string, lex: Lexicon): Array<Hit & { area: Area }> {
  const found = [
    ...allHits(lex.concept('areaEu'), text).map((h) => ({ ...h, area: 'eu' as Area })),
    ...allHits(lex.concept('areaEea'), text).map((h) => ({ ...h, area: 'eea' as Area })),
  ]
    .filter((h) => written(text, h) && !/^[-‑]\d/.test(text.slice(h.end, h.end + 2)))
    .sort((a, b) => a.start - b.start);
  const merged: Array<Hit & { area: Area }> = [];
  for (const h of found) {
    const last = merged.at(-1);
    if (last && h.start >= last.end && JOINED.test(text.slice(last.end, h.start))) {
      last.end = Math.max(last.end, h.end);
      if (text[last.end] === ')' && text.slice(last.start, h.start).includes('(')) last.end++;
      if (h.area === 'eea') last.area = 'eea';
      continue;
    }
    merged.push({ ...h });
  }
  return merged;
}

/** A denial of data leaving the area: a negation in the clause before "outside" ("No customer data is transferred outside"). */
function deniedLeaving(text: string, at: number, lex: Lexicon): boolean {
  const from = Math.max(0, text.slice(0, at).search(/[^;:.]*$/u), at - 90);
  const span = text.slice(from, at);
  return allHits(lex.negation, span).length > 0 || allHits(lex.farNegation, span).length > 0 || has(lex, 'areaDenial', span);
}

function areaPlaces(text: string, lex: Lexicon): Place[] {
  const out: Place[] = [];
  for (const h of areaHits(text, lex)) {
    const lead = text.slice(Math.max(0, h.start - 60), h.start);
    const tail = text.slice(h.end, h.end + 40);
    if (after(lex, 'areaNotPlaceAfter').test(tail) || lex.memo('areaNotPlaceBefore:lead', (l) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${l.source('areaNotPlaceBefore')})\\s+(?:(?:the|an?)\\s+)?$`, 'iu')).test(lead)) continue;
    const outside = before(lex, 'areaOutsideBefore').exec(lead);
    const place = outside
      ? deniedLeaving(text, h.start - outside[0].length, lex)
      : before(lex, 'areaPlaceBefore').test(lead) || after(lex, 'areaPlaceAfter').test(tail);
    if (place) out.push({ start: h.start, end: h.end, country: h.area });
  }
  return out;
}

export const area: Extractor = (seg, _spec, ctx: UnitContext) => {
  // "Is customer data stored in the EU?": a question states nothing.
  if (seg.text.includes('?')) return [];
  // "Our error-reporting tool (Sentry) keeps data in the EU": a named third party's place is not the service's.
  if (COMMON.subprocessors.find(seg.text).length > 0) return [];
  const areas = areaPlaces(seg.text, ctx.lex);
  if (areas.length === 0) return [];
  // Roles are given over the countries and areas together, as one list of places: in "Production
  // runs in Frankfurt, Germany, and every backup stays within the EU" production is Germany's cue.
  const countries = places(seg.text, ctx.docProvider, ctx.lex).filter((c) => !areas.some((a) => c.start < a.end && a.start < c.end));
  const list = [...countries, ...areas].sort((a, b) => a.start - b.start);
  assignRoles(seg.text, list, ctx);
  const countryRoles = new Set(countries.map((c) => c.role));
  const seen = new Set<string>();
  const out = [];
  for (const p of areas) {
    const role = p.role ?? 'production';
    if (role === 'cdn' || countryRoles.has(role) || seen.has(`${p.country}|${role}`)) continue;
    seen.add(`${p.country}|${role}`);
    out.push({ value: p.country, qualifiers: { role } });
  }
  return out;
};
