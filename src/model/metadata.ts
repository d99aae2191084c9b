/**
 * Title, vendor, product, date and version of a document, detected from its text. Anything a
 * file declares (front matter, docx properties, `<file>.meta.json`) wins over detection.
 */
import cues from '../../rules/model/metadata.json' with { type: 'json' };
import titleWords from '../../rules/common/title-words.json' with { type: 'json' };
import { isCommonWord } from './common-words.ts';
import { slugify } from './ids.ts';
import { STEM_MIN, declinedFrom, mergeInflected, type Candidate } from './declined-names.ts';
import { afterProvider, domainLabels, legalNames, nameWords, statedMakers, thirdPartyNames, titleName } from './vendor-cues.ts';
import type { DeclaredMeta, RawBlock, Vendor } from './types.ts';

// Product words ("Cloud", "CMMS") follow the vendor's name; on their own they are never it.
// Nor is a word of document titles ('Service Level Agreement' -> 'Level') or a questionnaire's
// control-domain code ('IAM-02.1' -> 'IAM'): pairing (src/kb/pairs.ts) refuses the same words.
const PRODUCT_WORDS = new Set(cues.productWords.map((w) => w.toLowerCase()));
// Nor a month ('Feb 12, 14:02 UTC' on a status page).
const NOT_VENDOR = new Set([...cues.notVendor, ...Object.keys(cues.months), ...cues.productWords.map((w) => w.toLowerCase()), ...titleWords.words, ...titleWords.questionnaireCodes.words]);
// A company name stays on one line: "TITLE LINE\nAcme B.V." names Acme, not the title's first word.
export const CAPS_COMPANY = new RegExp(`(?<![\\p{L}\\p{N}])(\\p{L}{3,}\\p{N}*)[^\\S\\n]+${cues.companySuffix}(?![\\p{L}])`, 'giu');
/**
 * Only a match in capitals counts (detectVendor), and its suffix is then one of the suffixes in
 * capitals: a line without one cannot hold it. Looking for those first, case-sensitively, spares
 * the case-insensitive pattern most of a long text (it matched every "such as"). Kept only while
 * the suffixes are plain ASCII words without 'k' (which folds to the Kelvin sign, a capital).
 */
const CAPS_SUFFIX = /^[A-Za-jl-z .?|():/\\]*$/.test(cues.companySuffix) && !/\\[A-Za-z]/.test(cues.companySuffix) ? new RegExp(cues.companySuffix.toUpperCase(), 'g') : undefined;
const COMPANY = new RegExp(`((?:\\p{Lu}[\\p{L}\\p{N}&-]*)(?:[^\\S\\n]+\\p{Lu}[\\p{L}\\p{N}&-]*){0,2})[^\\S\\n]+${cues.companySuffix}(?![\\p{L}])`, 'gu');
const LEGAL_FORM_END = new RegExp(`[\\s,]+${cues.companySuffix}\\s*$`, 'u');
const MONTHS = cues.months as Record<string, number>;
const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const DATE_LABEL = new RegExp(`${cues.dateLabels}\\s*[:\\-–]?\\s*`, 'iu');
const DATE_FORMS: Array<[RegExp, (m: RegExpExecArray) => string | undefined]> = [
  // "2024-05-22", "2024/05/22", "2024.05.22": one separator throughout.
  [/^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/u, (m) => iso(+m[1], +m[3], +m[4])],
  [/^(\d{1,2})[./-](\d{1,2})[./-](\d{4})/u, (m) => iso(+m[3], +m[2], +m[1])],
  [new RegExp(`^(\\d{1,2})\\.?\\s+(${MONTH_NAMES})\\.?\\s+(\\d{4})`, 'iu'), (m) => iso(+m[3], MONTHS[m[2].toLowerCase()], +m[1])],
  [new RegExp(`^(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'iu'), (m) => iso(+m[3], MONTHS[m[1].toLowerCase()], +m[2])],
  [new RegExp(`^(${MONTH_NAMES})\\s+(\\d{4})`, 'iu'), (m) => iso(+m[2], MONTHS[m[1].toLowerCase()], 1)],
];
const VERSION = new RegExp(`(?:^|\\n|[|,;(·•–—]\\s*)${cues.versionLabels}\\s*[:#]?\\s*v?(\\d+(?:\\.\\d+){0,3})\\b`, 'iu');

/** "Version 1.2" mid-line; case-sensitive so "applies to versions 8 and 10" is not a version. */
const CAPITALISED_VERSION = /(?<![\p{L}])(?:Version|Wersja|Ver\.|Rev\.)\s*:?\s*v?(\d+(?:\.\d+){0,3})\b/u;

/** Times a common word must be capitalised inside sentences to be taken for a name. */
const MID_SENTENCE_MIN = 3;
/** Text before a word inside a sentence: a word in lower case ("staff of Acme", "uses Acme,"). */
const AFTER_LOWER_WORD = /(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{N}]*,?[^\S\n]+$/u;

export interface DetectedMeta {
  title: string;
  vendor: Vendor;
  product?: string;
  date?: string;
  version?: string;
}

function iso(year: number, month: number, day: number): string | undefined {
  if (!(year >= 1990 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parses a date in the forms white papers use: "01.06.2021", "2024-03-12", "2024/03/12", "12 marca 2024", "March 12, 2025". */
export function parseDate(text: string): string | undefined {
  const trimmed = text.trim();
  for (const [re, build] of DATE_FORMS) {
    const m = re.exec(trimmed);
    if (m) return build(m);
  }
  return undefined;
}

/** The date a labelled line states ("Last updated: 01.06.2021", "Data: 12 marca 2024"); offsets into `text`. */
export function findStatedDate(text: string): { date: string; start: number; end: number } | undefined {
  const re = new RegExp(DATE_LABEL.source, 'giu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // Labels must start a line or follow punctuation, so "the date of delivery" is not a label.
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    // (or be capitalised, as "... Version 1.2 Last updated: 14.03.2021" in a PDF line).
    if (m.index > 0 && !/(^|[\n|(,;:.·•–—])\s*$/.test(before) && !/^\p{Lu}/u.test(m[0])) continue;
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const date = parseDate(rest);
    if (date) {
      const length = DATE_FORMS.map(([r]) => r.exec(rest)?.[0].length ?? 0).find((n) => n > 0) ?? 0;
      return { date, start: m.index, end: m.index + m[0].length + length };
    }
  }
  return undefined;
}

export function detectMetadata(blocks: RawBlock[], text: string, declared: DeclaredMeta, fileName: string): DetectedMeta {
  const headings = blocks.filter((b) => b.type === 'heading');
  // The title is a top-level heading near the start, else the first short line, else any heading.
  const early = blocks.slice(0, 4);
  const firstTitle =
    early.find((b) => b.type === 'heading' && (b.depth ?? 1) === 1) ??
    // A table's header row ("Question ID | Question | Answer") names columns, not the document.
    early.find((b) => b.type !== 'image' && !b.header && b.text.length < 120 && !/[.!?:]$/.test(b.text.trim())) ??
    headings.find((h) => (h.depth ?? 1) === 1) ??
    headings[0];
  const title = declared.title ?? firstTitle?.text.trim() ?? fileName;
  const vendorName = declared.vendor ?? detectVendor(text, title) ?? fileName;
  const head = text.slice(0, 3000);
  return {
    title,
    // "Acme sp. z o.o." and "Acme" are one vendor: the legal form is no part of the id.
    vendor: { id: slugify(vendorName.replace(LEGAL_FORM_END, '')) || slugify(vendorName) || 'unknown', name: vendorName },
    product: declared.product ?? detectProduct(text, vendorName),
    date: declared.date ? (parseDate(declared.date) ?? declared.date) : findStatedDate(head)?.date,
    version: declared.version ?? (VERSION.exec(head) ?? CAPITALISED_VERSION.exec(head))?.[1],
  };
}

/**
 * The vendor is the proper name the document repeats most: a capitalised word that never
 * appears in lower case, not a provider or standard, boosted when it is in the title, next to
 * ® or ™, or before a company suffix (Inc., GmbH, Sp. z o.o.).
 */
/** The start of a run of name characters no name is as long as (a hash, base64, hostile input). */
const LONG_RUN = /[\p{L}\p{N}&-]{256}/u;
/**
 * A run of name characters holds no white space, so a text without 256 non-space characters in a
 * row has none: LONG_RUN tries every position and reads on through its word (in a two-byte text a
 * Unicode class test each, ~40 ms on 160 KB), this simple class ~2 ms. Tried only where a run
 * starts (the lookbehind): from inside a word it read on to the word's end at every position
 * (~10 ms of a 50-page docx's model), and a run of 256 starts somewhere.
 */
const LONG_NON_SPACE = /(?<!\S)\S{256}/;
/** Runs are read in pieces: an unbounded quantifier over a run of some MB overflows V8's backtracking stack. */
const NAME_PIECE = /[\p{L}\p{N}&-]{1,4096}/gu;

/** `text` with every run of 256+ name characters blanked (same length); the text itself when it has none. */
function blankLongRuns(text: string): string {
  if (!LONG_NON_SPACE.test(text) || !LONG_RUN.test(text)) return text;
  const out: string[] = [];
  let copied = 0;
  let start = 0;
  let end = -1;
  const close = (): void => {
    if (end - start < 256) return;
    out.push(text.slice(copied, start), ' '.repeat(end - start));
    copied = end;
  };
  for (const m of text.matchAll(NAME_PIECE)) {
    if (m.index === end) end += m[0].length;
    else {
      close();
      [start, end] = [m.index, m.index + m[0].length];
    }
  }
  close();
  out.push(text.slice(copied));
  return out.join('');
}
/** Longest title word compared for inflected forms (declined-names.ts), and how many of a title's words (a hostile title is long). */
const STEM_MAX = 24;
const TITLE_WORDS_MAX = 32;

export function detectVendor(fullText: string, title: string): string | undefined {
  // Such runs are blanked: the patterns below try a name from every capital letter and read each
  // to the end of its run, so an 80 KB run took 4.6 s (quadratic).
  const text = blankLongRuns(fullText);
  // Words seen in lower case are common words, not names; domains ("acme.com") do not count.
  const lowerWords = new Set(text.match(/(?<![\p{L}\p{N}./@*])\p{Ll}[\p{L}\p{N}]*(?![\p{L}\p{N}]|\.\p{L})/gu) ?? []);
  // Inflected languages: "Usunięcie" opens a Polish title while the text has "usunięcia",
  // "usunięciem". A title word whose stem (all but its last two letters) is met in lower case gets
  // no title boost; it still counts where the text repeats it ("Serwisix" beside "w serwisie").
  // Only the title's few words are looked up, each against the distinct lower-case words once.
  const stems = new Set([...title.matchAll(/\p{Lu}[\p{L}\p{N}]+/gu)].slice(0, TITLE_WORDS_MAX).map((m) => m[0].toLowerCase()).filter((w) => w.length >= STEM_MIN + 2 && w.length <= STEM_MAX + 2).map((w) => w.slice(0, -2)));
  const stemsMet = new Set<string>();
  for (const w of lowerWords) for (const stem of stems) if (w.startsWith(stem)) stemsMet.add(stem);
  const inflected = (word: string) => stemsMet.has(word.toLowerCase().slice(0, -2));
  const counts = new Map<string, Candidate>();
  // Roman numerals ('Annex III') are numbers.
  const candidate = (form: string) => {
    const key = form.toLowerCase();
    // 'Sub-processors' is two title words; 'Kurier-8' is a name.
    if (key.includes('-') && key.split('-').every((part) => NOT_VENDOR.has(part) || /^\d*$/.test(part))) return false;
    return !NOT_VENDOR.has(key) && key.length >= 3 && !lowerWords.has(key) && !/^[IVXLC]+$/.test(form);
  };
  // A town after a Polish post code ('61-053 Poznań') is an address.
  const address = (index: number) => /\d{2}-\d{3}[^\S\n]+$/.test(text.slice(Math.max(0, index - 8), index));
  // `spelling` false: a second look at a word already counted (the title's name part) adds no spelling.
  const add = (form: string, weight: number, spelling = true, named = false) => {
    if (!candidate(form)) return;
    const key = form.toLowerCase();
    const entry: Candidate = counts.get(key) ?? { score: 0, forms: new Map() };
    entry.score += weight;
    entry.named ||= named;
    entry.forms.set(form, (entry.forms.get(form) ?? 0) + Number(spelling));
    counts.set(key, entry);
  };
  // A name's first word that may be the vendor ('DPPA LEGAL Grzonek' -> 'DPPA', 'Customer Acme' -> 'Acme').
  const firstCandidate = (name: string) => nameWords(name).find(candidate);
  // 'Amazon Web Services': the words after a provider's name are the provider's too.
  // Capitalised inside a sentence ("All Maestro staff"), not where any word takes a capital.
  const midSentence = new Map<string, number>();
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}]*\p{L})(?=[®™]?)/gu)) {
    if (afterProvider(text, m.index) || address(m.index)) continue;
    add(m[1], 1);
    if (AFTER_LOWER_WORD.test(text.slice(Math.max(0, m.index - 40), m.index))) midSentence.set(m[1].toLowerCase(), (midSentence.get(m[1].toLowerCase()) ?? 0) + 1);
  }
  for (const m of text.matchAll(/(\p{Lu}[\p{L}\p{N}]+)[®™]/gu)) add(m[1], 5, true, true);
  for (const m of text.matchAll(COMPANY)) add(m[1].split(/\s+/)[0], 5, true, true);
  for (const name of legalNames(text)) {
    const word = firstCandidate(name);
    if (word) add(word, 5, true, true);
  }
  // A letterhead in capitals ("ACME SP. Z O.O.", "ACME INC."): the suffix in any case, the name all caps.
  for (const m of capsCompanies(text)) if (m[0] === m[0].toUpperCase()) add(m[1], 5, true, true);
  for (const m of title.matchAll(/(\p{Lu}[\p{L}\p{N}]+)/gu)) if (!inflected(m[1]) && !/\d{2}-\d{3}[^\S\n]+$/.test(title.slice(0, m.index))) add(m[1], 5);
  // A page's title names its site apart from its topic ("Closing your account – Acme", "Acme
  // Field - Security Fact Sheet"): its first name word is the site's owner. Product words
  // ("Acme Cloud") may follow it.
  const site = titleName(title, (w) => NOT_VENDOR.has(w) && !PRODUCT_WORDS.has(w));
  if (site) nameWords(site).filter(candidate).forEach((w, i) => add(w, i === 0 ? 8 : 3, false));
  // What the text states outright ("© 2026 Acme Ltd", "Acme (\"we\")", "Usługodawca – Acme") outweighs counts.
  const stated = new Set<string>();
  for (const name of statedMakers(text)) {
    const word = firstCandidate(name);
    if (!word) continue;
    add(word, 15, true, true);
    stated.add(word.toLowerCase());
  }
  // A company the vendor uses ("processed by Acme Pay, Inc.") is not the vendor, unless the
  // document states it is, or its title names it ("Tekvo Maintain is hosted by Tekvo Oy").
  const titleKeys = new Set(nameWords(title).map((w) => w.toLowerCase()));
  for (const name of thirdPartyNames(text)) {
    const key = firstCandidate(name)?.toLowerCase();
    if (key && !stated.has(key) && !titleKeys.has(key)) counts.delete(key);
  }
  // The domain of its addresses ('support@acme.com') names the maker when a name in the text spells it.
  // A Polish name the text only declines ("w Tulejowni") takes its base form from the domain ("tulejownia.pl").
  mergeInflected(counts);
  for (const label of domainLabels(text)) {
    const entry = counts.get(label) ?? declinedFrom(counts, label);
    if (entry) {
      entry.score += 2;
      entry.named = true;
    }
  }
  // A common word ("Category FAQ", "Please refer to ...", "Priority | Response") is the vendor
  // only where the text names it as a company or keeps capitalising it inside sentences.
  for (const [key, entry] of counts) if (!entry.named && (midSentence.get(key) ?? 0) < MID_SENTENCE_MIN && isCommonWord(entry.base ?? key)) counts.delete(key);
  let top = 0;
  for (const entry of counts.values()) top = Math.max(top, entry.score);
  if (top < 3) return undefined;
  // Ties go to the name met first (the vendor usually opens the title: "Acme — Security"). Only
  // the tied names are looked up: looking up each of a long text's names read it once per name.
  const lowerText = `${title}\n${text}`.toLowerCase();
  let best: { key: string; first: number } | undefined;
  for (const [key, entry] of counts) {
    if (entry.score !== top) continue;
    const first = lowerText.indexOf(key);
    if (!best || first < best.first || (first === best.first && key < best.key)) best = { key, first };
  }
  if (!best) return undefined;
  // The most frequent spelling; on a tie "Acme" over a title's "ACME".
  // A declined name is spelt in its base form ("Zaworownia", not "w Zaworowni" of the title).
  const shouting = (form: string) => Number(form === form.toUpperCase());
  const { forms: formCounts, base } = counts.get(best.key)!;
  const inflection = (form: string) => Number(!!base && form.toLowerCase() !== base);
  const forms = [...formCounts].sort((a, b) => inflection(a[0]) - inflection(b[0]) || b[1] - a[1] || shouting(a[0]) - shouting(b[0]) || (a[0] < b[0] ? -1 : 1));
  return forms[0][0];
}

/** CAPS_COMPANY's matches in the lines that hold a suffix in capitals (a match never crosses a line). */
export function capsCompanies(text: string): RegExpMatchArray[] {
  if (!CAPS_SUFFIX) return [...text.matchAll(CAPS_COMPANY)];
  const out: RegExpMatchArray[] = [];
  CAPS_SUFFIX.lastIndex = 0;
  for (let m = CAPS_SUFFIX.exec(text); m; m = CAPS_SUFFIX.exec(text)) {
    const end = text.indexOf('\n', m.index) + 1 || text.length;
    out.push(...text.slice(text.lastIndexOf('\n', m.index) + 1, end).matchAll(CAPS_COMPANY));
    CAPS_SUFFIX.lastIndex = end;
  }
  return out;
}

/** "<Vendor> CMMS" / "<Vendor> Cloud": the vendor's name followed by a product word, most frequent. */
function detectProduct(text: string, vendor: string): string | undefined {
  const escaped = vendor.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const word = `(?:${cues.productWords.join('|')})`;
  const re = new RegExp(`${escaped}[®™]?\\s+(${word}(?:\\s+${word})?)\\b`, 'giu');
  const counts = new Map<string, number>();
  for (const m of text.matchAll(re)) {
    const name = `${vendor} ${m[1]}`;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  return best && best[1] >= 2 ? best[0] : undefined;
}
