/**
 * Is a passage a name or an address, which reads the same in every language? ("Nordvang ApS,
 * Havnegade 4, 8000 Aarhus C"). Legal forms, street words and post codes are data
 * (rules/model/names.json). Browser-safe.
 */
import names from '../../rules/model/names.json' with { type: 'json' };

const LEGAL_FORM = new RegExp(`(?<![\\p{L}])${names.legalForms}(?![\\p{L}])`, 'gu');
const STREET = new RegExp(`(?<![\\p{L}])${names.streetWords}(?![\\p{L}])`, 'giu');
const POSTCODE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.postcode})(?![\\p{L}\\p{N}])`, 'gu');
/**
 * E-mail, web and phone details. An address is matched from the start of its word only: from
 * inside a word it ends the same or fails, and trying each position of a 100 KB word was quadratic.
 */
const CONTACT = /(?<!\S)\S+@\S+|https?:\/\/\S+|www\.\S+|\+?\d[\d ()-]{6,}\d/gu;

/** The text with contact details replaced by a space each. */
export function maskContacts(text: string): string {
  return text.replace(CONTACT, ' ');
}

/**
 * True when, once legal forms, street words, post codes, numbers and contact details are set
 * aside, what is left is a few capitalised words (firm, street and city names) and at least a
 * legal form, a street word or a post code said it was a name or an address.
 */
export function isNameOrAddress(text: string): boolean {
  // From the start (a global regex goes on from lastIndex); a copy per call cost a compilation-cache lookup of the long sources.
  const marked = [LEGAL_FORM, STREET, POSTCODE].some((re) => {
    re.lastIndex = 0;
    return re.test(text);
  });
  if (!marked) return false;
  const rest = maskContacts(text).replace(LEGAL_FORM, ' ').replace(STREET, ' ').replace(POSTCODE, ' ').replace(/\d+\p{L}?/gu, ' ');
  const words = rest.match(/\p{L}[\p{L}'’.-]*/gu) ?? [];
  if (words.length < 1) return false;
  // Short joining words of names ("van", "de", "i", "z") may stay lower case.
  return words.every((w) => /^\p{Lu}/u.test(w) || (w.length <= 3 && words.length >= names.minNameWords));
}
