/**
 * A standard said of another named company, not of the vendor: "payments are handled by Stripe,
 * a PCI DSS Level 1 certified processor", "Database: Supabase (managed Postgres, SOC 2
 * compliant)", "Square's practices include SOC 1/2/3 compliance". A payment processor's or a
 * sub-processor's certificate is its own; the hosting provider's is read as cert.infrastructure
 * (certification.ts), so a provider's name is no such company here.
 */
import { COMMON } from '../common.ts';
import { has } from '../context.ts';
import type { Lexicon } from '../lexicon.ts';

/** A capitalised name of up to four words ("Stripe", "Google Cloud", "Square, Inc.") ending the text. */
const NAME_END = new RegExp(`((?:\\p{Lu}[\\p{L}\\p{N}&.-]*\\s+){0,3}\\p{Lu}[\\p{L}\\p{N}&.-]*)(?:[\\s,]+(?:${COMMON.orgSuffixSource}))?\\s*$`, 'u');
/** "Square's", "Google Cloud’s": a company's possessive. */
const POSSESSIVE = /(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}\p{N}&.-]*\s+){0,3}\p{Lu}[\p{L}\p{N}&.-]*)['’]s(?![\p{L}\p{N}])/gu;

/**
 * Whether `name` is one the document is about: the vendor's, or a hosting provider's (read as
 * infrastructure). The vendor's name is often guessed from the only legal name a page gives, which
 * on a payment paragraph is the processor's ("Square, Inc."): a name in payment talk is no vendor's.
 */
function ownOrProvider(name: string, vendor: string | undefined, payment: boolean): boolean {
  const plain = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  if (!payment && vendor && plain(vendor).length > 0 && (plain(name).startsWith(plain(vendor)) || plain(vendor).startsWith(plain(name)))) return true;
  return COMMON.providers.find(name).length > 0 || COMMON.providerCompanies.find(name).length > 0;
}

/** "Germany", "Frankfurt": a place ending the text before the standard ("hosted in Falkenstein, Germany, which is certified ..."), no company. */
function isPlace(name: string): boolean {
  return [COMMON.countries, COMMON.cities].some((table) => table.find(name).some((h) => h.start === 0 && h.end === name.length));
}

/**
 * A name after some word of its sentence ("handled by Stripe", "Payments: Stripe"): the word opening
 * a sentence may be any word, and one after "our", "the" ("our Platform (ISO 27001 certified)") is a
 * common noun capitalised.
 */
function afterAWord(text: string, at: number, lex: Lexicon): boolean {
  const before = text.slice(0, at);
  const determiner = lex.memo('nameDeterminerEnd', (l) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${l.source('nameDeterminer')})\\s+$`, 'iu'));
  return /[\p{L}\p{N}]/u.test(before) && !determiner.test(before);
}

/**
 * Whether the standard starting at `at` in `text` (one sentence) is another company's: inside a
 * bracket right after its name, in an appositive after a name within the sentence ("..., a ...
 * certified processor") with no word of the writer's own between, or after its possessive.
 */
export function otherCompanyHolds(text: string, at: number, lex: Lexicon, vendor: string | undefined): boolean {
  const lead = text.slice(0, at).split(';').at(-1)!;
  const payment = has(lex, 'paymentTalk', text);
  const other = (name: string) => !ownOrProvider(name, vendor, payment) && !isPlace(name);
  const offset = text.slice(0, at).length - lead.length;
  // "Stripe (PCI DSS Level 1 certified": the standard inside a bracket opened right after a name.
  const open = lead.lastIndexOf('(');
  if (open >= 0 && !lead.slice(open).includes(')')) {
    const m = NAME_END.exec(lead.slice(0, open));
    if (m && other(m[1]) && afterAWord(text, offset + m.index, lex)) return true;
  }
  // "handled by Square, Inc., a PCI DSS Level 1 compliant processor", "Przelewy24, operator certyfikowany ...".
  const appositive = lex.memo('certAppositive', (l) => new RegExp(`,\\s+(?!(?:${l.source('listJoin')}|${l.source('ownVoice')})(?![\\p{L}\\p{N}]))[^,;()]*$`, 'iu'));
  const comma = appositive.exec(lead);
  if (comma) {
    const m = NAME_END.exec(lead.slice(0, comma.index));
    if (m && other(m[1]) && afterAWord(text, offset + m.index, lex) && !has(lex, 'ownVoice', lead.slice(m.index))) return true;
  }
  // "Square's security practices include ... SOC 1/2/3 compliance": none of the writer's words after it.
  for (const p of lead.matchAll(POSSESSIVE)) {
    if (other(p[1]) && !has(lex, 'ownVoice', lead.slice(p.index))) return true;
  }
  return false;
}
