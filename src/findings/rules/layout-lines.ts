/**
 * Lines that go on from the line before by design, so a break before them cuts no sentence:
 * the address lines of a letter ("Zakład Wodociągów w Lesznie" / "ul. Ogrodowa 15, 64-100
 * Leszno"; "Eastmoor Borough Council," / "14 Market Street,"), and the preamble and signature
 * lines of a contract ("Umowa powierzenia ..." / "zawarta w dniu ... pomiędzy:"; a party's name /
 * "zwaną dalej „Administratorem”" / "hereinafter referred to as"; "W imieniu Wykonawcy" /
 * "z up. Prezesa Zarządu"; "For and on behalf of" / "Fixwell Software Limited"). Cues: rules/{en,pl}/structure.json `layoutLines`, postcodes in
 * rules/common/structure.json.
 */
import { alternation, layoutLines } from './structure-data.ts';

/** An address line is short: a street, a town, a postcode, never a sentence. */
const ADDRESS_WORDS = 12;
const STREET = new RegExp(`^(?:${alternation(layoutLines.streets)})(?=[\\s\\p{Lu}\\p{N}])`, 'iu');
/** "14 Market Street", "12a High Road": a house number, capitalised words, a street type. */
const HOUSE_AND_STREET = new RegExp(`^\\d{1,5}[a-zA-Z]?,? (?:\\p{Lu}[\\p{L}'’.-]* ){1,4}(?:${alternation(layoutLines.streetTypes)})(?![\\p{L}])`, 'u');
const POSTCODE = new RegExp(layoutLines.postcodes.join('|'), 'u');
const CONTINUATION = new RegExp(`^(?:${alternation(layoutLines.continuations)})(?![\\p{L}])`, 'iu');
const SIGNATURE_LEAD = new RegExp(`^(?:${alternation(layoutLines.signatureLeads)})(?![\\p{L}])`, 'iu');
/** A signature block's first line is short: the formula and whom it signs for. */
const SIGNATURE_WORDS = 10;

/** One line of an address block: a street line or a line that holds a postcode. */
export function addressLine(text: string): boolean {
  const t = text.trim();
  if (t.includes('\n') || t.split(/\s+/u).length > ADDRESS_WORDS || /[!?]$/u.test(t)) return false;
  return STREET.test(t) || (layoutLines.streetTypes.length > 0 && HOUSE_AND_STREET.test(t)) || POSTCODE.test(t);
}

/** The first line of a signature block ("For and on behalf of", "W imieniu Wykonawcy"). */
export function signatureLead(text: string): boolean {
  const t = text.trim();
  return !t.includes('\n') && t.split(/\s+/u).length <= SIGNATURE_WORDS && SIGNATURE_LEAD.test(t);
}

/** A contract's line that goes on from a title or a party ("zawarta w dniu", "hereinafter"). */
export function layoutContinuation(text: string): boolean {
  return CONTINUATION.test(text.trimStart());
}
