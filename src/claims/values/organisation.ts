/**
 * Named third parties (subprocessors) with their purpose: known names (rules/claims/common.json),
 * "payment providers (Acmepay)", labelled lists ("Subprocessors: Acme Mail (e-mail), ..."), and
 * list lines or "we use X" under a subprocessor heading.
 */
import { slugify } from '../../model/ids.ts';
import { COMMON, organisationSlug } from '../common.ts';
import { clauses, has } from '../context.ts';
import { listedParties } from './party-list.ts';
import type { Extracted, Extractor } from './types.ts';
import { CLAIM_LANGUAGES, lexiconFor } from '../lexicon.ts';
import { isSelf } from '../self-party.ts';

const isPlace = (name: string) => COMMON.countries.find(name).length > 0 || COMMON.cities.find(name).length > 0;
/** A cloud provider or the company behind one ("Microsoft (hosting)"): the hosting provider, not a subprocessor. */
const isProvider = (name: string) => COMMON.providers.find(name).length > 0 || COMMON.providerCompanies.find(name).length > 0;

/**
 * A name cell without what its brackets add: a brand, a legal name or a legend mark
 * ("Acme Errors, Inc. (Bugtrap)", "Mailjetty (Mailjetty Europe Limited)", "Acme Maps (M)"): the
 * party is named by the name the row gives first.
 */
export const nameBeforeBrackets = (name: string): string => name.replace(/\s*\([^()]*\)\s*$/u, '') || name;

/**
 * Known services a text names, as parties: a parent's name right before its product's names the
 * product ("Twilio SendGrid"), and a name in brackets right after a known one is that party's
 * owner or legal name, not a second party ("SendGrid (Twilio)", "Postmark (ActiveCampaign)").
 */
export function partiesNamed(text: string): Array<{ key: string; start: number; end: number }> {
  const found = COMMON.subprocessors.find(text);
  const bracketAfter = (start: number) => found.some((o) => o.end <= start && /^\s*\(\s*$/u.test(text.slice(o.end, start)));
  return found.filter((h) => !bracketAfter(h.start) && !found.some((o) => o.start >= h.end && /^\s+$/u.test(text.slice(h.end, o.start))));
}

let legalNameEnd: RegExp | undefined;

/**
 * "Deskworks Inc. (Helpdeskr)": a known brand in brackets right after a company's legal name is that
 * company's product; the party is the company (as a register's name cell: nameBeforeBrackets).
 */
function companyOfBrand(text: string, hit: { start: number; end: number }): string | undefined {
  const open = text.lastIndexOf('(', hit.start);
  if (open < 0 || !/^\s*$/u.test(text.slice(open + 1, hit.start)) || !/^[^()]{0,30}\)/u.test(text.slice(hit.end))) return undefined;
  const before = text.slice(Math.max(0, open - 80), open).trimEnd();
  if (!COMMON.orgSuffix.test(before)) return undefined;
  const name = (legalNameEnd ??= new RegExp(`(?<![\\p{L}\\p{N}])(?:\\p{Lu}[\\p{L}\\p{N}&'.-]*[\\s,]{1,3}){1,4}(?:${COMMON.orgSuffixSource})$`, 'u')).exec(before)?.[0];
  return name ? (COMMON.subprocessors.find(name)[0]?.key ?? (organisationSlug(name) || undefined)) : undefined;
}

/**
 * "Cloud Hosting: reliable infrastructure", "Email Delivery – transactional e-mails": a kind of
 * service written in title case, every word a common one (`genericPartyWord`), names no company.
 */
function isCategory(name: string): boolean {
  // Either language's words: a Polish page may title its kinds of service in English.
  const generic = CLAIM_LANGUAGES.map((lang) => lexiconFor(lang).memo('genericPartyWordWhole', (l) => new RegExp(`^(?:${l.source('genericPartyWord')})$`, 'iu')));
  const words = name.split(/[\s/&+,-]+/u).filter((w) => w.length > 0);
  return words.length > 0 && words.every((w) => generic.some((re) => re.test(w)));
}

export const subprocessor: Extractor = (seg, _spec, ctx) => {
  // "What counts as a sub-processor" / "A sub-processor is any third party ...: payment processors
  // (Stripe, PayPal)": an explainer's examples are nobody's sub-processors.
  if (has(ctx.lex, 'subprocessorExplained', ctx.heading) || has(ctx.lex, 'subprocessorExplained', seg.text)) return [];
  // "Sub-processors not used" / "Podprocesorzy nieużywani": what a list under such a heading names is not engaged.
  if (has(ctx.lex, 'partyGone', ctx.heading)) return [];
  const purposes = COMMON.subprocessorPurposes.find(seg.text);
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
  const known = partiesNamed(seg.text).map((h) => ({ ...h, key: companyOfBrand(seg.text, h) ?? h.key }));
  const names = new Map<string, string | undefined>(known.map((h) => [h.key, purposeNear(h.end)]));
  // "payment providers (Acmepay)": a capitalised name in brackets after a provider noun.
  const generic = new RegExp(`(?:${ctx.lex.source('providerNoun')})[^.()]{0,60}\\((\\p{Lu}[\\p{L}\\p{N}.&-]*\\p{Ll}[\\p{L}\\p{N}.&-]*)\\)`, 'gu');
  for (let m = generic.exec(seg.text); m; m = generic.exec(seg.text)) {
    // "(Finlandia)" after "dostawcy w Helsinkach" is a place, not a company.
    // "provider is Postmark (ActiveCampaign)": brackets after a known name hold its owner.
    const open = m.index + m[0].lastIndexOf('(');
    const ofKnown = COMMON.subprocessors.find(seg.text).some((h) => h.end <= open && /^\s*$/u.test(seg.text.slice(h.end, open)));
    // "sub-processors are covered by Standard Contractual Clauses (SCCs)": a legal instrument's short name, no company.
    if (!ofKnown && !isPlace(m[1]) && !isProvider(m[1]) && !has(ctx.lex, 'transferInstrument', m[1]) && !names.has(slugify(m[1]))) names.set(slugify(m[1]), purposeNear(m.index));
  }
  // "Subprocessors: Acme Mail (e-mail), Chatly (chat)": a labelled list of names with purposes.
  const label = new RegExp(`${ctx.lex.concept('subprocessorLabel').source}[^:.]{0,30}:\\s*`, 'iu').exec(seg.text);
  if (label) {
    const gap = ctx.lex.memo('itemGap', (l) => new RegExp(`^[\\s,;]*(?:(?:${l.source('listJoin')})\\s+)?$`, 'iu'));
    const item = /(\p{Lu}[\p{L}\p{N}.&+-]*(?: \p{Lu}[\p{L}\p{N}.&+-]*){0,2})\s*\(([^)]*)\)?/gu;
    let prevEnd = label.index + label[0].length;
    item.lastIndex = prevEnd;
    for (let m = item.exec(seg.text); m; m = item.exec(seg.text)) {
      if (!gap.test(seg.text.slice(prevEnd, m.index))) break;
      prevEnd = m.index + m[0].length;
      const id = organisationSlug(m[1]);
      if (!id || isProvider(m[1]) || isCategory(m[1]) || COMMON.countries.find(m[1]).length > 0) continue;
      if (!names.has(id)) names.set(id, COMMON.subprocessorPurposes.find(m[2] ?? '')[0]?.key);
    }
  }
  // "korzysta z usług OVH sp. z o.o. (hosting) oraz Acme Mail Inc. (wysyłka powiadomień)": a run
  // of names with purposes; the one that hosts the service is the hosting provider, known or not.
  for (const p of listedParties(seg.text, ctx.lex)) {
    const id = partiesNamed(p.name)[0]?.key ?? organisationSlug(p.name);
    if (!id || p.hosting || isProvider(p.name) || isCategory(p.name)) continue;
    // Its own brackets say what it does better than the nearest purpose word.
    names.set(id, COMMON.subprocessorPurposes.find(p.purpose)[0]?.key);
  }
  if (has(ctx.lex, 'subprocessorHeading', ctx.heading)) {
    // A list line "Acme Mail – transactional e-mail" under a subprocessor heading.
    const line = /^[\s*•-]*(\p{Lu}[\p{L}\p{N}.&+]*(?:[ -]\p{Lu}[\p{L}\p{N}.&+]*){0,3})\s*(?:[–—:]|\s-)\s+\S/u.exec(seg.text);
    if (line && !isProvider(line[1]) && !isCategory(line[1]) && COMMON.countries.find(line[1]).length === 0) {
      const id = organisationSlug(line[1]);
      if (id && !names.has(id)) names.set(id, purposeNear(line.index + line[0].length));
    }
    const re = new RegExp(ctx.lex.subprocessorUse.source, 'gu');
    for (let m = re.exec(seg.text); m; m = re.exec(seg.text)) {
      const name = m[1];
      // "we rely on the EU Standard Contractual Clauses": a legal instrument, not a company.
      if (!/^\p{Lu}/u.test(name) || isProvider(name) || isCategory(name) || has(ctx.lex, 'transferInstrument', seg.text.slice(m.index, m.index + m[0].length + 40))) continue;
      const id = organisationSlug(name) || slugify(name);
      if (!names.has(id)) names.set(id, purposeNear(m.index + m[0].length));
    }
  }
  // "the identity of the Sub-Processor (including its legal name ...)": a role's name, capitalised as a defined term, is nobody.
  // The vendor itself ("Acme uses the companies below") is never its own sub-processor (self-party.ts).
  return [...names].filter(([value]) => !ROLE_WORD.test(value) && !isSelf(ctx.doc, value)).map(([value, purpose]): Extracted => ({ value, qualifiers: purpose ? { purpose } : {} }));
};

const ROLE_WORD = /^(?:sub-?)?(?:processors?|contractors?|controllers?)$|^(?:pod)?(?:procesor|wykonawc|podmiot)\p{L}*$/u;
