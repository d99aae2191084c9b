/**
 * Words run together by extraction: "FrankfurtData backup", "DublinData centre", "Lisbon(Portugal)".
 * A lower-case letter followed by a capitalised word inside one token, where the parts are words
 * the document uses on their own, or a word glued to a bracketed capitalised word. Camel-case
 * names (SharePoint, DevOps, iPhone, McAfee) are listed in rules/common/structure.json; a token
 * is a name too where the document writes it as one (brand-names.ts): three times or more (inflected
 * forms included), before a company suffix or a gloss in brackets, at the head of a table cell,
 * or in the document's title, vendor or product name ("HarborTrack Asset Register").
 */
import type { CodeRule, RuleHit } from '../rule-types.ts';
import { joinedWords } from './structure-data.ts';
import { foldDiacritics, maskUrls, proseBlocks } from './text-utils.ts';
import { gluedBrackets, nameTokens } from './brand-names.ts';

/** lower|Upper-lower: "FrankfurtData" splits before "Data"; "PostgreSQL" (…e|SQL) does not. */
const SEAM = /(?<=\p{Ll})(?=\p{Lu}\p{Ll})/u;

function key(word: string): string {
  return foldDiacritics(word).toLowerCase();
}

/**
 * A letter run longer than this is no word (a hash, base64, a key held down) and is left out:
 * every beginning of every word is kept for inflected parts, so a 20 MB run made 20 million
 * beginnings of up to 20 MB each and overflowed the Set.
 */
const MAX_WORD = 100;

/** Shortest shared beginning that lets an inflected form stand for a word ("danych" ~ "dane", "klienta" ~ "klientów"). */
const MIN_STEM = 3;

/** A word of the document, or an inflected form of one (same beginning over half its length). */
function knownForm(part: string, known: ReadonlySet<string>, stems: () => ReadonlySet<string>): boolean {
  const k = key(part);
  if (known.has(k)) return true;
  if (k.length < 4) return false;
  const need = Math.max(MIN_STEM, Math.ceil(k.length / 2));
  for (let n = k.length - 1; n >= need; n--) if (stems().has(k.slice(0, n))) return true;
  return false;
}

export const rule: CodeRule = {
  id: 'joined-words',
  kind: 'joined-words',
  severity: 'warning',
  messageKey: 'findings.joined-words',
  detect(doc) {
    const hits: RuleHit[] = [];
    const tokens: Array<{ start: number; word: string }> = [];
    for (const b of proseBlocks(doc)) {
      const text = maskUrls(doc.text.slice(b.start, b.end));
      hits.push(...gluedBrackets(text, b.start));
      // Whole white-space tokens: "Location:Amazon" or "a.b" are left alone (not letters only).
      for (const m of text.matchAll(/\S+/gu)) {
        const lead = /^[("'“„‘«[]*/u.exec(m[0])![0].length;
        const word = m[0].slice(lead).replace(/[)"'”’»\].,;:!?]+$/u, '');
        if (word.length <= MAX_WORD && /^\p{L}+$/u.test(word)) tokens.push({ start: b.start + (m.index ?? 0) + lead, word });
      }
    }
    const counts = new Map<string, number>();
    for (const t of tokens) counts.set(t.word, (counts.get(t.word) ?? 0) + 1);
    // Each distinct word once (a long document repeats its words: folding each token cost most).
    const seamed = new Set<string>();
    const known = new Set<string>();
    for (const word of counts.keys()) {
      if (SEAM.test(word)) seamed.add(word);
      else known.add(key(word));
    }
    const names = new Set([...joinedWords.names].map(key));
    for (const own of [doc.title, doc.vendor.name, doc.product ?? '']) for (const w of own.match(/\p{L}+/gu) ?? []) names.add(key(w));
    for (const w of nameTokens(doc, [...seamed], counts)) names.add(key(w));
    // Every beginning (3+ letters) of every known word, for inflected parts: made on the first
    // seamed token that gets that far (a document without has tens of thousands of beginnings).
    let made: Set<string> | undefined;
    const stems = (): Set<string> => {
      if (made) return made;
      made = new Set<string>();
      for (const w of known) for (let n = MIN_STEM; n <= w.length; n++) made.add(w.slice(0, n));
      return made;
    };
    for (const t of tokens) {
      if (!seamed.has(t.word) || names.has(key(t.word))) continue;
      const parts = t.word.split(SEAM);
      if (parts[0].length < joinedWords.minPartLength) continue; // iPhone, eBay, McAfee
      // Every later part is a word of the document; the first is one too, or capitalised
      // ("FrankfurtData": the city may appear only there).
      const [first, ...rest] = parts;
      if (!rest.every((p) => p.length >= 2 && knownForm(p, known, stems))) continue;
      if (!knownForm(first, known, stems) && !/^\p{Lu}/u.test(first)) continue;
      hits.push({ start: t.start, end: t.start + t.word.length, params: { word: t.word, split: parts.join(' ') } });
    }
    return hits.sort((a, b) => a.start - b.start);
  },
};
