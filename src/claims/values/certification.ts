/**
 * Certifications and audit reports (rules/claims/common.json `certifications`): the vendor's
 * own (`cert.vendor`, with the SOC report type) or its hosting provider's (`cert.infrastructure`).
 * A standard cited for a control, given as an example, denied or only worked towards is none.
 */
import { COMMON, providerIn } from '../common.ts';
import { has, isNegated, type Segment, type UnitContext } from '../context.ts';
import type { Lexicon } from '../lexicon.ts';
import { allHits, type Hit } from '../terms.ts';
import type { Extracted, Extractor } from './types.ts';
import { blockIndexAt } from '../../model/block-at.ts';
import { otherCompanyHolds } from './cert-holder.ts';

/** A control reference after a standard ("27001:2022, A.8.13", "Annex A", "§ 5"). */
const citationAfter = (lex: Lexicon) =>
  lex.memo('citationAfter', (l) => new RegExp(`^(?::\\s?\\d{4})?\\s*[,;]?\\s*(?:A\\.?\\s?\\d|§|${l.source('citationAfter')})`, 'iu'));
/** "... Type II is an auditing standard": what follows the standard (and its type) defines it. */
const definition = (lex: Lexicon) =>
  lex.memo('standardDefinition', (l) => new RegExp(`^\\s*(?:(?:Type|typu?)\\s+[\\p{L}\\d]+\\s+)?(?:${l.source('standardDefinition')})`, 'iu'));
/** "e.g. (ISO 27001", "e.g., ISO 27001", "np. ISO 27001", "two kinds of SOC 2 report": an example of a standard, no claim. */
const citationBefore = (lex: Lexicon) => lex.memo('citationBefore', (l) => new RegExp(`${l.source('citationBefore')}[\\s,]*[(:]?\\s*$`, 'iu'));
/** "SOC 2 Type II, defined by the AICPA, ...": a participle right after a standard that opens the sentence defines it. */
const participle = (lex: Lexicon) =>
  lex.memo('standardParticiple', (l) => new RegExp(`^\\s*(?:(?:Type|typu?)\\s+[\\p{L}\\d]+)?\\s*[,(–—-]\\s*(?:${l.source('standardParticiple')})`, 'iu'));

/** Sentences inside one segment (a table cell may hold several); abbreviations do not end one. */
function innerSentences(seg: Segment, lex: Lexicon): Segment[] {
  const abbreviation = lex.memo('abbreviationEnd', (l) => new RegExp(`(?:^|\\s)(?:\\p{L}+\\.\\p{L}+|${l.source('abbreviation')})$`, 'iu'));
  const out: Segment[] = [];
  let from = 0;
  const re = /[.!?]\s+(?=\p{Lu})/gu;
  for (let m = re.exec(seg.text); m; m = re.exec(seg.text)) {
    if (abbreviation.test(seg.text.slice(from, m.index))) continue;
    out.push({ text: seg.text.slice(from, m.index + 1), offset: seg.offset + from });
    from = m.index + m[0].length;
  }
  out.push({ text: seg.text.slice(from), offset: seg.offset + from });
  return out.filter((p) => p.text.trim().length > 0);
}

/** Denied or pending in the eight words before the standard ("We do not yet hold ISO 27001"). */
function denied(seg: Segment, h: Hit, ctx: UnitContext): boolean {
  const before = seg.text.slice(0, h.start).split(/[;()]/).at(-1)!.split(/\s+/).filter(Boolean).slice(-8).join(' ');
  return allHits(ctx.lex.negation, before).length > 0 || has(ctx.lex, 'certPending', before);
}

/**
 * Standards listed together ("ISO 27001, ISO 27017 and SOC 2") share what is said before and
 * after them; each group gets the text from the previous group to the next one.
 */
function groups(found: Hit[], text: string, lex: Lexicon): Array<{ hits: Hit[]; before: string; after: string }> {
  const gap = lex.memo('certListGap', (l) => new RegExp(`^[\\s,;/()&-]*(?:(?:${l.source('listJoin')})[\\s(]*)?(?:\\p{Lu}[\\p{L}\\d.]*\\s*)?$`, 'iu'));
  const out: Array<{ hits: Hit[]; before: string; after: string }> = [];
  for (const h of found) {
    const last = out.at(-1);
    if (last && gap.test(text.slice(last.hits.at(-1)!.end, h.start))) last.hits.push(h);
    else out.push({ hits: [h], before: '', after: '' });
  }
  out.forEach((g, i) => {
    g.before = text.slice(i > 0 ? out[i - 1].hits.at(-1)!.end : 0, g.hits[0].start);
    g.after = text.slice(g.hits.at(-1)!.end, out[i + 1]?.hits[0].start ?? text.length);
  });
  return out;
}

/**
 * Not held: a plan ("we are working towards SOC 2", "ISO 27001 is planned for next year", "w
 * trakcie certyfikacji"), or a standard only applied ("our ISMS follows ISO 27001", "zgodnie z
 * ISO 27001") with no word of a certificate or report. What follows a group counts only for the
 * last group (in "We hold ISO 27001 and are working towards SOC 2" the plan is SOC 2's).
 */
/**
 * "SOC 2 Type II is an auditing standard developed by the AICPA", "ISO 27001 certifies that the
 * operator ...": a definition, unless it says the vendor holds it ("ISO 27001 is the standard our
 * ISMS is certified to"); "ISO 27001, published by ISO, sets ...": the standard is the subject
 * ("We hold ISO 27001, issued by ..." is not). Whoever the definition names holds nothing.
 */
function defines(g: { before: string; after: string }, lex: Lexicon): boolean {
  const clause = g.after.split(/[.;]/)[0];
  if (definition(lex).test(clause) && !has(lex, 'definitionOwner', clause)) return true;
  return /^[\s\p{P}]*(?:the\s+)?$/iu.test(g.before) && participle(lex).test(g.after);
}

function held(g: { before: string; after: string }, last: boolean, lex: Lexicon): boolean {
  if (defines(g, lex)) return false;
  // A group followed by another in a later clause keeps its own clause's words ("a gap analysis
  // and plan to seek certification; until then we do not claim ISO 27001").
  const ownClause = g.after.includes(';') ? g.after.split(';')[0] : '';
  // "We hold ISO 27001; our next surveillance audit is scheduled for May": the plan of a later
  // clause is its audit's; the holding verb in the standard's own clause stands.
  const heldOwn = last && g.after.includes(';') && has(lex, 'certHeld', `${g.before} ${ownClause}`) && !has(lex, 'certPending', `${g.before} ${ownClause}`);
  const near = last && !heldOwn ? `${g.before} ${g.after}` : `${g.before} ${ownClause}`;
  if (has(lex, 'intent', near) || has(lex, 'certPending', near)) return false;
  // "FedRAMP: not authorized", "..., jednak nie posiadamy certyfikatu": denied right after it.
  if (has(lex, 'certDenied', g.after)) return false;
  return !(has(lex, 'standardApplied', near) && !has(lex, 'certHeld', near));
}

/**
 * "SOC 1/2/3", "ISO 27001/27017/27018", "SOC 1, 2 i 3": numbers written after a standard name the
 * same family's standards, each a hit of its own (where the table knows the key).
 */
let knownCerts: Set<string> | undefined;

function withSiblings(found: Hit[], text: string): Hit[] {
  const known = (knownCerts ??= new Set(COMMON.certifications.keys()));
  return found.flatMap((h) => {
    const family = /^(soc|iso)\d+$/.exec(h.key)?.[1];
    const run = family ? /^(?:\s*(?:\/|,|&|and|i|oraz)\s*\d+(?![\d:]))+/iu.exec(text.slice(h.end)) : null;
    if (!run) return [h];
    const siblings = [...run[0].matchAll(/\d+/g)].flatMap((n) => {
      const key = `${family}${n[0]}`;
      const at = h.end + n.index;
      return known.has(key) ? [{ key, start: at, end: at + n[0].length }] : [];
    });
    return [h, ...siblings];
  });
}

/** `lead`: the list's lead-in when the unit is a list item (null: read without one). */
function inSentence(seg: Segment, ctx: UnitContext, lead: string | null): Extracted[] {
  const cited = withSiblings(COMMON.certifications.find(seg.text), seg.text).filter((h) => !citationAfter(ctx.lex).test(seg.text.slice(h.end, h.end + 40)));
  // A list introduced as examples ("e.g., SOC 2 Type II, ISO 27001") is examples throughout.
  const examples = new Set<Hit>();
  let prevEnd = -1;
  for (const g of groups(cited, seg.text, ctx.lex)) {
    const listed = prevEnd >= 0 && /^[^.;:()]{0,20}$/.test(seg.text.slice(prevEnd, g.hits[0].start));
    if (listed || citationBefore(ctx.lex).test(seg.text.slice(Math.max(0, g.hits[0].start - 30), g.hits[0].start))) {
      for (const h of g.hits) examples.add(h);
      prevEnd = g.hits.at(-1)!.end;
    } else prevEnd = -1;
  }
  // "handled by Stripe, a PCI DSS Level 1 certified processor": another company's (cert-holder.ts).
  const found = cited.filter((h) => !examples.has(h) && !otherCompanyHolds(seg.text, h.start, ctx.lex, ctx.doc?.vendor?.name));
  // "Our sub-processors hold SOC 2 reports", "Nasi podwykonawcy posiadają ...": another party's, not the vendor's nor its host's.
  if (found.length > 0 && has(ctx.lex, 'otherHolder', seg.text.slice(0, found[0].start).split(/[;:]/).at(-1)!)) return [];
  // A bare list of standard names ("SOC 2.", "ISO/IEC 27001") says nothing of who holds them.
  let rest = seg.text;
  for (const h of [...found].reverse()) rest = rest.slice(0, h.start) + rest.slice(h.end);
  if (found.length === 0) return [];
  // A list item ("- SOC 1 and SOC 2 Type II") under "Microsoft's data centres are audited
  // against:" has the holder its lead-in names; a bare item ("- ISO 27001") is read with it.
  if (!/\p{L}{3,}/u.test(rest)) {
    // A bare label ("Standards:") says no more than the item itself.
    if (lead === null || lead.length > 300 || lead.split(/\s+/).filter(Boolean).length < 3) return [];
    const own = new Set(found.map((h) => h.key));
    return inSentence({ text: `${lead} ${seg.text}`, offset: seg.offset }, ctx, null).filter((c) => own.has(c.value as string));
  }
  // A company's legal name is a name, not a word of the sentence: "Acme Facilities Cloud Ltd holds
  // ISO 27001" is the vendor's ("facilities" there names no data centre), unless the company is the
  // one behind a provider ("Microsoft Ireland Operations Limited is ISO 27001 certified").
  const companies = [...seg.text.matchAll(COMMON.companyName)].map((m) => m[0]);
  const plain = seg.text.replace(COMMON.companyName, (m) => ' '.repeat(m.length));
  const provider = heldProvider(seg.text, ctx) ?? companies.map((c) => COMMON.providerCompanies.find(c)[0]?.key).find(Boolean) ?? (lead ? providerIn(lead) : undefined);
  // The subject decides: a provider or its data centres near the list -> the provider's certificate.
  const infra = provider !== undefined || has(ctx.lex, 'infraHolder', plain) || (lead !== null && has(ctx.lex, 'infraHolder', lead));
  const holder = provider ?? ctx.docProvider;
  // "SOC 1 Type II", "SOC 2 typu I": the type written right after the report names it.
  const typeOf = (h: Hit) => COMMON.certTypes.find(seg.text.slice(h.end, h.end + 12)).find((t) => /^[\s,(-]*$/.test(seg.text.slice(h.end, h.end + t.start)))?.key;
  const types = new Map(found.map((h) => [h.key, typeOf(h)]));
  const all = groups(found, seg.text, ctx.lex);
  const evidenced = (h: Hit) => infra || !COMMON.certsNeedingEvidence.has(h.key) || has(ctx.lex, 'certHeld', seg.text);
  const kept = (infra ? all.flatMap((g) => (defines(g, ctx.lex) ? [] : g.hits)) : all.flatMap((g, i) => (held(g, i === all.length - 1, ctx.lex) ? g.hits.filter((h) => !denied(seg, h, ctx)) : []))).filter(evidenced);
  return [...new Set(kept.map((h) => h.key))].map((value): Extracted =>
    infra
      ? { value, attribute: 'cert.infrastructure', qualifiers: holder ? { holder } : {} }
      : { value, attribute: 'cert.vendor', qualifiers: types.get(value) ? { type: types.get(value)! } : {} },
  );
}

/** The first provider named and not denied ("We do not run our own data centres; ... AWS facilities"): the on-premises mention is denied. */
const heldProvider = (text: string, ctx: UnitContext) => COMMON.providers.find(text).find((h) => !isNegated(ctx.lex, text, h))?.key;

/** The paragraph ending in a colon right before the list the unit is an item of, if it is one. */
function listLead(ctx: UnitContext): string | null {
  // Extractor tests read a bare sentence, with no document around it.
  const blocks = ctx.doc?.blocks ?? [];
  const at = blockIndexAt(blocks, ctx.start);
  const item = blocks[at];
  if (item?.type !== 'list-item') return null;
  let first = at;
  while (first > 0 && blocks[first - 1].type === 'list-item' && blocks[first - 1].group === item.group) first--;
  const lead = blocks[first - 1];
  const text = lead && lead.type === 'paragraph' ? ctx.doc.text.slice(lead.start, lead.end) : '';
  return /:\s*$/.test(text) ? text : null;
}

/** "Acme holds a SOC 2 Type I report. AWS holds ISO 27001.": each sentence has its own holder. */
export const certification: Extractor = (seg, _spec, ctx) => {
  const lead = listLead(ctx);
  return innerSentences(seg, ctx.lex).flatMap((p) => inSentence(p, ctx, lead));
};
