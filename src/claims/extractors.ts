/**
 * Value extractors: each turns a segment that a rule matched into values (claims.md value
 * forms). Rules in rules/claims/patterns.json name them by `value.kind`.
 */
import type { ClaimValue } from './types.ts';
import { COMMON, allHits, organisationSlug, regionDef, regionsByCity, type Hit } from './lexicon.ts';
import { firstHit, has, hits, isNegated, clauses, type Segment, type UnitContext } from './context.ts';
import { findDurations, findFrequencies, findPercents, numberBefore, parseNumber } from './numbers.ts';
import { slugify } from '../model/ids.ts';

export type Qualifiers = Record<string, string | number | boolean>;

export interface Extracted {
  value: ClaimValue;
  qualifiers?: Qualifiers;
  /** Overrides the rule's attribute (certifications decide vendor vs infrastructure). */
  attribute?: string;
}

export interface ValueSpec {
  kind: string;
  anchor?: string;
  table?: string;
  multi?: boolean;
  after?: string;
  negated?: string;
  /** Concept whose match just before the anchor denies it (durationOrNegated). */
  negation?: string;
  /** frequency/duration: pair each value with the nearest type cue (qualifier key). */
  pair?: string;
  /** With `pair`: a length without a cue of its own, beside a cued one, takes this type. */
  rest?: string;
  /** frequency: drop adjective uses ("monthly backups") when this concept is in the segment. */
  adjectiveUnless?: string | string[];
  /** frequency: the nouns such an adjective qualifies. */
  nouns?: string[];
  /** durationOrNegated: false reads only the denial ("are not actively deleted"), no length. */
  lengths?: boolean;
  /** duration: of several lengths take the one nearest this concept. */
  near?: string;
  map?: Record<string, string>;
}

type Extractor = (seg: Segment, spec: ValueSpec, ctx: UnitContext) => Extracted[];

function anchorHit(seg: Segment, spec: ValueSpec, ctx: UnitContext): Hit | undefined {
  return spec.anchor ? firstHit(ctx.lex, spec.anchor, seg.text) : undefined;
}

/** Durations that are not part of a frequency ("every 12 hours" is how often, not how long). */
function plainDurations(text: string, ctx: UnitContext) {
  const freq = findFrequencies(text, ctx.lex);
  return findDurations(text, ctx.lex).filter((d) => !freq.some((f) => d.start < f.end && f.start < d.end));
}

function providerIn(text: string): string | undefined {
  return COMMON.providers.find(text)[0]?.key;
}

interface Place {
  start: number;
  end: number;
  country: string;
  region?: string;
  role?: string;
}

// A country is a place only after a preposition or in a list ("in the Netherlands",
// "(Ireland)", "w Niemczech"); "banks in the USA move" still passes, "US banks" does not.
const LOCATIVE = /(?:^|[\s(])(?:in|within|to|at|from|into|inside|and|or|w|we|na|do|z|ze|i|oraz|lub)\s+(?:the\s+)?$|(?:^|[(:,;/|\t&])\s*$/iu;

/** Countries, single-region cities and region names of the provider, merged where they overlap. */
function places(text: string, provider: string | undefined): Place[] {
  const out: Place[] = [];
  for (const h of COMMON.countries.find(text)) {
    if (LOCATIVE.test(text.slice(Math.max(0, h.start - 30), h.start))) out.push({ start: h.start, end: h.end, country: h.key });
  }
  for (const h of COMMON.cities.find(text)) out.push({ start: h.start, end: h.end, country: h.key });
  if (provider) {
    for (const h of COMMON.regionNames.get(provider)?.find(text) ?? []) {
      const def = regionDef(provider, h.key);
      if (def) out.push({ start: h.start, end: h.end, country: def.country, region: `${provider}:${def.code}` });
    }
    for (const h of COMMON.regionCities.get(provider)?.find(text) ?? []) {
      const def = regionDef(provider, h.key);
      if (def && regionsByCity(provider, def.code) === 1) {
        out.push({ start: h.start, end: h.end, country: def.country, region: `${provider}:${def.code}` });
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
      continue;
    }
    merged.push({ ...p });
  }
  return merged;
}

const LIST_GAP = /^[\s,;/()|]*(?:and|or|i|oraz|lub|&)?[\s,;/()|]*$/iu;

/** Gives a role cue to the place after it (else the one before) and to places listed with it. */
function assignRoles(text: string, list: Place[], ctx: UnitContext): void {
  const roles: Array<[string, string]> = [
    ['failover', 'roleFailover'],
    ['backup', 'roleBackup'],
    ['development', 'roleDevelopment'],
    ['production', 'roleProduction'],
  ];
  const cues: Array<Hit & { role: string }> = [];
  for (const [role, concept] of roles) for (const h of hits(ctx.lex, concept, text)) cues.push({ ...h, role });
  cues.sort((a, b) => a.start - b.start);
  const clauseOf = (pos: number) => clauses(text, ctx.lex).findIndex((c) => pos >= c.offset && pos < c.offset + c.text.length);
  for (const cue of cues) {
    const cl = clauseOf(cue.start);
    const inClause = list.filter((p) => clauseOf(p.start) === cl && !(p.start < cue.end && cue.start < p.end));
    let i = inClause.findIndex((p) => p.start >= cue.end);
    let step = 1;
    if (i < 0) {
      i = inClause.length - 1;
      step = -1;
    }
    if (i < 0 || inClause[i].role) continue;
    inClause[i].role = cue.role;
    for (let j = i + step; j >= 0 && j < inClause.length; j += step) {
      const [a, b] = step > 0 ? [inClause[j - 1], inClause[j]] : [inClause[j], inClause[j + 1]];
      if (inClause[j].role || !LIST_GAP.test(text.slice(a.end, b.start))) break;
      inClause[j].role = cue.role;
    }
  }
  // A place with no cue of its own takes its role from the section heading ("Test and development").
  let fallback = 'production';
  if (!has(ctx.lex, 'roleProduction', ctx.heading)) {
    if (has(ctx.lex, 'roleDevelopment', ctx.heading)) fallback = 'development';
    else if (has(ctx.lex, 'roleFailover', ctx.heading)) fallback = 'failover';
    else if (has(ctx.lex, 'roleBackup', ctx.heading)) fallback = 'backup';
  }
  // "Backups go to Europe (Ireland), eu-west-1": a place named twice keeps its cue.
  for (const p of list) p.role ??= list.find((o) => o.role && o.country === p.country)?.role;
  for (const p of list) p.role ??= fallback;
}

/** A control reference after a standard ("27001:2022, A.8.13", "Annex A", "§ 5"). */
const CITATION_AFTER = /^(?::\s?\d{4})?\s*[,;]?\s*(?:A\.?\s?\d|Annex\b|Appendix\b|[Cc]lause\b|cl\.|[Cc]ontrols?\s+\d|§|pkt\b|[Zz]ałącznik\p{L}*\s+A\b|art\.)/u;
/** "e.g. (ISO 27001", "np. ISO 27001": an example of a standard, no claim. */
const CITATION_BEFORE = /(?:e\.\s?g\.|for example|for instance|np\.|see|zob\.|patrz)\s*[(:]?\s*$/iu;

/**
 * "export for 30 days, then deletion within a further 60 days": a length marked as further
 * adds to the one before it (same unit), so the bound counts from the same moment.
 */
function furtherSum(seg: Segment, d: { start: number; iso: string }, ctx: UnitContext): string {
  if (!has(ctx.lex, 'furtherWord', seg.text.slice(Math.max(0, d.start - 25), d.start))) return d.iso;
  // The length it adds to may stand in an earlier clause of the unit.
  const at = seg.offset + d.start;
  const prev = plainDurations(ctx.text, ctx).filter((x) => x.end <= at).at(-1);
  const a = prev && /^P(\d+)([DWMY])$/.exec(prev.iso);
  const b = /^P(\d+)([DWMY])$/.exec(d.iso);
  return a && b && a[2] === b[2] ? `P${Number(a[1]) + Number(b[1])}${b[2]}` : d.iso;
}

const ABBREVIATION = /(?:^|\s)(?:\p{L}+\.\p{L}+|np|tj|ok|itp|itd|nr|ul|dr|inc|ltd|co|sp|vs|etc|no|e\.g|i\.e)$/iu;

/** Sentences inside one segment (a table cell may hold several); abbreviations do not end one. */
function innerSentences(seg: Segment): Segment[] {
  const out: Segment[] = [];
  let from = 0;
  const re = /[.!?]\s+(?=\p{Lu})/gu;
  for (let m = re.exec(seg.text); m; m = re.exec(seg.text)) {
    if (ABBREVIATION.test(seg.text.slice(from, m.index))) continue;
    out.push({ text: seg.text.slice(from, m.index + 1), offset: seg.offset + from });
    from = m.index + m[0].length;
  }
  out.push({ text: seg.text.slice(from), offset: seg.offset + from });
  return out.filter((p) => p.text.trim().length > 0);
}

const TYPE_CUES: Record<string, string> = {
  full: 'typeFull',
  differential: 'typeDifferential',
  incremental: 'typeIncremental',
  files: 'typeFiles',
  database: 'typeDatabase',
};

const extractors: Record<string, Extractor> = {
  provider(seg, _spec, ctx) {
    // "We do not operate our own data centres" denies on-premises hosting.
    const found = COMMON.providers.find(seg.text).filter((h) => h.key !== 'on-premises' || !isNegated(ctx.lex, seg.text, h));
    return [...new Set(found.map((h) => h.key))].map((value) => ({ value }));
  },

  location(seg, _spec, ctx) {
    const provider = providerIn(seg.text) ?? ctx.docProvider;
    const list = places(seg.text, provider);
    if (list.length === 0) return [];
    assignRoles(seg.text, list, ctx);
    const seen = new Map<string, Place>();
    for (const p of list) {
      const key = `${p.country}|${p.role}`;
      const prev = seen.get(key);
      if (prev) prev.region ??= p.region;
      else seen.set(key, { ...p });
    }
    return [...seen.values()].map((p) => ({
      value: p.country,
      qualifiers: { role: p.role!, ...(p.region ? { region: p.region } : {}) },
    }));
  },

  certification(seg, spec, ctx) {
    // "Acme holds a SOC 2 Type I report. AWS holds ISO 27001.": each sentence has its own holder.
    const parts = innerSentences(seg);
    if (parts.length > 1) return parts.flatMap((p) => extractors.certification(p, spec, ctx));
    // A standard cited for a control ("(ISO/IEC 27001:2022, A.8.13)", "e.g. ISO 27001") is no
    // certificate; neither is one the vendor denies or only works towards.
    const found = COMMON.certifications
      .find(seg.text)
      .filter((h) => !CITATION_AFTER.test(seg.text.slice(h.end, h.end + 40)) && !CITATION_BEFORE.test(seg.text.slice(Math.max(0, h.start - 30), h.start)));
    if (found.length === 0) return [];
    const provider = providerIn(seg.text);
    // The subject decides: a provider or its data centres near the list -> the provider's certificate.
    const infra = provider !== undefined || has(ctx.lex, 'infraHolder', seg.text);
    const holder = provider ?? ctx.docProvider;
    // "SOC 1 Type II", "SOC 2 typu I": the type written right after the report names it.
    const typeOf = (h: Hit) => COMMON.certTypes.find(seg.text.slice(h.end, h.end + 12)).find((t) => /^[\s,(-]*$/.test(seg.text.slice(h.end, h.end + t.start)))?.key;
    const types = new Map(found.map((h) => [h.key, typeOf(h)]));
    if (!infra) {
      const denied = (h: Hit) => {
        const before = seg.text.slice(0, h.start).split(/[;()]/).at(-1)!.split(/\s+/).filter(Boolean).slice(-8).join(' ');
        return allHits(ctx.lex.negation, before).length > 0 || has(ctx.lex, 'certPending', before);
      };
      if (found.some(denied) || has(ctx.lex, 'certPending', seg.text)) return [];
    }
    return [...new Set(found.map((h) => h.key))].map((value): Extracted =>
      infra
        ? { value, attribute: 'cert.infrastructure', qualifiers: holder ? { holder } : {} }
        : { value, attribute: 'cert.vendor', qualifiers: types.get(value) ? { type: types.get(value)! } : {} },
    );
  },

  boolean(seg, spec, ctx) {
    const h = anchorHit(seg, spec, ctx);
    return [{ value: h ? !isNegated(ctx.lex, seg.text, h) : true }];
  },

  negatedOnly(seg, spec, ctx) {
    const h = anchorHit(seg, spec, ctx);
    return h && isNegated(ctx.lex, seg.text, h) ? [{ value: false }] : [];
  },

  duration(seg, spec, ctx) {
    let from = 0;
    if (spec.after) {
      const h = firstHit(ctx.lex, spec.after, seg.text);
      if (!h) return [];
      from = h.end;
    }
    const all = plainDurations(seg.text, ctx).filter((x) => x.start >= from);
    if (all.length === 0) return [];
    if (spec.pair && spec.map && all.length > 1) {
      // "daily backups for 14 days and monthly backups for six months": each length with the
      // type cue nearest before it (else after it); only when the cues tell them apart.
      const cues = Object.entries(spec.map).flatMap(([type, concept]) => hits(ctx.lex, concept, seg.text).map((h) => ({ ...h, type })));
      const typed = all.map((d, i) => {
        const lo = i > 0 ? all[i - 1].end : 0;
        const hi = all[i + 1]?.start ?? seg.text.length;
        // A cue after a length is its own only when the next length has no cue before it
        // ("deleted within 30 days, and from backups after a further 60 days": backups go with 60).
        const nextLo = d.end;
        const nextOwns = i + 1 < all.length && cues.some((c) => c.start >= nextLo && c.end <= all[i + 1].start);
        const type =
          cues.filter((c) => c.start >= lo && c.end <= d.start).at(-1)?.type ??
          (nextOwns ? undefined : cues.find((c) => c.start >= d.end && c.end <= hi)?.type);
        return { d, type };
      });
      if (spec.rest && typed.some((t) => t.type) && typed.some((t) => !t.type)) for (const t of typed) t.type ??= spec.rest;
      if (new Set(typed.map((t) => t.type ?? '')).size > 1) {
        return typed.map(({ d, type }) => ({ value: furtherSum(seg, d, ctx), qualifiers: type ? { [spec.pair!]: type } : {} }));
      }
    }
    if (spec.near) {
      // "hands over an export within 14 days, then deletes the data within 60 days": the length
      // next to the deletion (after it first) is the one the rule is about.
      const anchors = hits(ctx.lex, spec.near, seg.text);
      if (anchors.length > 0) {
        const dist = (d: { start: number; end: number }) =>
          Math.min(...anchors.map((a) => (d.start >= a.end ? d.start - a.end : (a.start - d.end) * 2 + 1)));
        const best = [...all].sort((a, b) => dist(a) - dist(b) || a.start - b.start)[0];
        return [{ value: furtherSum(seg, best, ctx) }];
      }
    }
    return [{ value: furtherSum(seg, all[0], ctx) }];
  },

  frequency(seg, spec, ctx) {
    let found = findFrequencies(seg.text, ctx.lex);
    if ([spec.adjectiveUnless ?? []].flat().some((c) => has(ctx.lex, c, ctx.text))) {
      // "monthly backups are kept for a year" names a kind of backup, not how often one is taken.
      const nouns = (spec.nouns ?? []).map((c) => ctx.lex.concept(c).source).join('|');
      const after = new RegExp(`^\\s+(?:\\p{L}+\\s+)?(?:${nouns})`, 'iu');
      // Polish puts the adjective after the noun ("kopie miesięczne").
      const before = new RegExp(`(?:${nouns})[\\p{L}]*\\s+$`, 'iu');
      found = found.filter((f) => !after.test(seg.text.slice(f.end)) && !(ctx.lex.adjectiveAfterNoun && before.test(seg.text.slice(Math.max(0, f.start - 40), f.start))));
    }
    if (found.length === 0) return [];
    if (!spec.pair || found.length === 1) return [{ value: found[0].iso }];
    // "A full backup is taken daily, and transaction logs every 10 minutes": each how-often
    // goes with the nearest type cue.
    const cues = Object.entries(TYPE_CUES).flatMap(([type, concept]) => hits(ctx.lex, concept, seg.text).map((h) => ({ ...h, type })));
    const order = Object.keys(TYPE_CUES);
    const pick = (from: number, to: number) =>
      cues.filter((c) => c.start >= from && c.end <= to).sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type))[0]?.type;
    return found.map((f, i) => {
      const before = pick(i > 0 ? found[i - 1].end : 0, f.start);
      const type = before ?? pick(f.end, found[i + 1]?.start ?? seg.text.length);
      return type ? { value: f.iso, qualifiers: { [spec.pair!]: type } } : { value: f.iso };
    });
  },

  durationOrNegated(seg, spec, ctx) {
    const d = spec.lengths === false ? undefined : plainDurations(seg.text, ctx)[0];
    if (d) return [{ value: d.iso }];
    // Only a denied passive ("are not actively deleted") counts; "an outage cannot destroy" does not.
    const passive = spec.negation ? new RegExp(`${ctx.lex.concept(spec.negation).source}\\s*$`, 'iu') : undefined;
    const negated = hits(ctx.lex, spec.anchor ?? '', seg.text).some((h) =>
      passive ? passive.test(seg.text.slice(Math.max(0, h.start - 60), h.start)) : isNegated(ctx.lex, seg.text, h),
    );
    return spec.negated && negated ? [{ value: spec.negated }] : [];
  },

  durationOrAsap(seg, _spec, ctx) {
    const d = plainDurations(seg.text, ctx)[0];
    if (d) return [{ value: d.iso }];
    return has(ctx.lex, 'asap', seg.text) ? [{ value: 'asap' }] : [];
  },

  table(seg, spec) {
    const found = COMMON.tables[spec.table ?? '']?.find(seg.text) ?? [];
    const keys = [...new Set(found.map((h) => h.key))];
    return (spec.multi ? keys : keys.slice(0, 1)).map((value) => ({ value }));
  },

  concepts(seg, spec, ctx) {
    const keys = Object.entries(spec.map ?? {})
      .filter(([, concept]) => has(ctx.lex, concept, seg.text))
      .map(([key]) => key);
    return (spec.multi ? keys : keys.slice(0, 1)).map((value) => ({ value }));
  },

  tlsMin(seg, _spec, ctx) {
    const re = /(?<![\p{L}])TLS,?\s*v?(?:ersion\s*)?(?:(?:at least|minimum|co najmniej)\s+(?=in version|w wersji|version))?(?:(?:in version|w wersji|wersj\p{L}*|version)\s*)?(?<min>(?:at least|minimum|min\.|no lower than|co najmniej|nie niższ\p{L}* niż|od)\s*)?(?<v>1\.[0-3])(?<more>(?:\s*(?:,|or|and|lub|i|oraz|\/|-|–|to|do)\s*(?:TLS\s*v?)?1\.[0-3])*)(?<up>\s*(?:\+|or (?:higher|above|later|newer)|and (?:higher|above|later)|lub (?:nowsz|wyższ)\p{L}*|i (?:nowsz|wyższ)\p{L}*))?/iu;
    const m = re.exec(seg.text);
    if (!m) return [];
    const g = m.groups!;
    const versions = [g.v, ...(g.more.match(/1\.[0-3]/g) ?? [])].sort();
    const orHigher = g.up !== undefined || g.min !== undefined || /(?:at least|minimum|co najmniej)\s/iu.test(m[0]);
    // "TLS 1.0 and 1.1 are disabled" names versions that are not accepted.
    if (!orHigher && (allHits(ctx.lex.negation, seg.text).length > 0 || /disabl|refus|reject|deprecat|wyłączon|wyłączamy|odrzuc|zablokow/iu.test(seg.text))) return [];
    return [{ value: versions[0] }];
  },

  countBefore(seg, spec, ctx) {
    for (const h of hits(ctx.lex, spec.anchor ?? '', seg.text)) {
      const n = numberBefore(seg.text, h.start, ctx.lex);
      if (n !== undefined) return [{ value: n }];
    }
    // "How many failed attempts lock an account? | Four": the answer opens with the count.
    const answer = /\?\s*\|?\s*([\p{L}\p{N}]+)/u.exec(seg.text);
    const n = answer ? parseNumber(answer[1], ctx.lex) : undefined;
    return n !== undefined && Number.isInteger(n) && n > 1 && n < 100 ? [{ value: n }] : [];
  },

  personalData(seg, _spec, ctx) {
    if (has(ctx.lex, 'username', seg.text)) return [{ value: 'username-only' }];
    const h = firstHit(ctx.lex, 'personalData', seg.text);
    return h && isNegated(ctx.lex, seg.text, h) ? [{ value: 'none' }] : [];
  },

  percent(seg) {
    const p = findPercents(seg.text).find((x) => x.value >= 50 && x.value <= 100);
    return p ? [{ value: p.value }] : [];
  },

  tier(seg, _spec, ctx) {
    const h = firstHit(ctx.lex, 'tier', seg.text);
    if (!h) return [];
    const roman: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };
    const raw = seg.text.slice(h.start, h.end).replace(/^tier\s*/i, '').toUpperCase();
    const n = roman[raw] ?? Number(raw);
    return n >= 1 && n <= 4 ? [{ value: n }] : [];
  },

  subprocessor(seg, _spec, ctx) {
    const purposes = COMMON.subprocessorPurposes.find(seg.text);
    // Each name takes the purpose nearest to it ("Postmark for e-mail and Zendesk for tickets").
    const parts = clauses(seg.text, ctx.lex);
    const clauseAt = (pos: number) => parts.find((c) => pos >= c.offset && pos <= c.offset + c.text.length);
    // Each name takes a purpose of its own clause, first the one after it ("X for e-mail"),
    // then the one before it ("do wysyłki SMS wykorzystujemy X"), else the nearest.
    const purposeNear = (pos: number) => {
      const c = clauseAt(pos);
      const same = purposes.filter((p) => c !== undefined && clauseAt(p.start) === c);
      return (
        same.find((p) => p.start >= pos)?.key ??
        same.filter((p) => p.start < pos).at(-1)?.key ??
        [...purposes].sort((a, b) => Math.abs(a.start - pos) - Math.abs(b.start - pos) || a.start - b.start)[0]?.key
      );
    };
    const found = COMMON.subprocessors.find(seg.text);
    const names = new Map<string, string | undefined>(found.map((h) => [h.key, purposeNear(h.end)]));
    // "payment providers (Acmepay)": a capitalised name in brackets after a provider noun.
    const generic = /(?:providers?|dostawc\p{L}*|processors?|podwykonawc\p{L}*|subprocessors?|sub-processors?)[^.()]{0,60}\((\p{Lu}[\p{L}\p{N}.&-]*\p{Ll}[\p{L}\p{N}.&-]*)\)/gu;
    for (let m = generic.exec(seg.text); m; m = generic.exec(seg.text)) {
      // "(Finlandia)" after "dostawcy w Helsinkach" is a place, not a company.
      const place = COMMON.countries.find(m[1]).length > 0 || COMMON.cities.find(m[1]).length > 0;
      if (!place && COMMON.providers.find(m[1]).length === 0 && !names.has(slugify(m[1]))) names.set(slugify(m[1]), purposeNear(m.index));
    }
    // "Subprocessors: Acme Mail (e-mail), Chatly (chat)": a labelled list of names with purposes.
    const label = new RegExp(`${ctx.lex.concept('subprocessorLabel').source}[^:.]{0,30}:\\s*`, 'iu').exec(seg.text);
    if (label) {
      const item = /(\p{Lu}[\p{L}\p{N}.&+-]*(?: \p{Lu}[\p{L}\p{N}.&+-]*){0,2})\s*\(([^)]*)\)?/gu;
      let prevEnd = label.index + label[0].length;
      item.lastIndex = prevEnd;
      for (let m = item.exec(seg.text); m; m = item.exec(seg.text)) {
        if (!/^[\s,;]*(?:(?:and|i|oraz)\s+)?$/iu.test(seg.text.slice(prevEnd, m.index))) break;
        prevEnd = m.index + m[0].length;
        const id = organisationSlug(m[1]);
        if (!id || COMMON.providers.find(m[1]).length > 0 || COMMON.countries.find(m[1]).length > 0) continue;
        if (!names.has(id)) names.set(id, COMMON.subprocessorPurposes.find(m[2] ?? '')[0]?.key);
      }
    }
    if (has(ctx.lex, 'subprocessorHeading', ctx.heading)) {
      // A list line "Acme Mail – transactional e-mail" under a subprocessor heading.
      const line = /^[\s*•-]*(\p{Lu}[\p{L}\p{N}.&+]*(?:[ -]\p{Lu}[\p{L}\p{N}.&+]*){0,3})\s*(?:[–—:]|\s-)\s+\S/u.exec(seg.text);
      if (line && COMMON.providers.find(line[1]).length === 0 && COMMON.countries.find(line[1]).length === 0) {
        const id = organisationSlug(line[1]);
        if (id && !names.has(id)) names.set(id, purposeNear(line.index + line[0].length));
      }
      const re = new RegExp(ctx.lex.subprocessorUse.source, 'gu');
      for (let m = re.exec(seg.text); m; m = re.exec(seg.text)) {
        const name = m[1];
        if (!/^\p{Lu}/u.test(name) || COMMON.providers.find(name).length > 0) continue;
        const id = slugify(name);
        if (!names.has(id)) names.set(id, purposeNear(m.index + m[0].length));
      }
    }
    return [...names].map(([value, purpose]): Extracted => ({ value, qualifiers: purpose ? { purpose } : {} }));
  },
};

export function extract(seg: Segment, spec: ValueSpec, ctx: UnitContext): Extracted[] {
  const fn = extractors[spec.kind];
  if (!fn) throw new Error(`rules/claims/patterns.json: unknown value kind "${spec.kind}"`);
  return fn(seg, spec, ctx);
}
