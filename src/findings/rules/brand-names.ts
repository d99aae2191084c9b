/**
 * Camel-case tokens a document writes as names, and words glued to a bracket, for joined-words.
 * Sub-processor lists and trust pages are full of brands made of two words ("PingWave",
 * "MailRelay"): no list can hold them all, but a document shows a name by how it writes it:
 * three times or more, or inflected (Polish "MailRelaya"), before a company suffix ("PingWave,
 * Inc.", "MailRelay Sp. z o.o."), before a gloss in brackets ("PingWave (push notifications)"),
 * beside the noun a product is called by ("the PingWave mobile app", "w aplikacji PingWave"),
 * as an item of a list (a comma or "and" right after it), or at the head of a table cell.
 * Extraction glues words at a lost break, in running text, where the next sentence runs on.
 */
import type { SeckbDocument } from '../../model/types.ts';
import type { RuleHit } from '../rule-types.ts';
import { alternation, joinedWords, listJoiners } from './structure-data.ts';

/** Letters an inflected form may add to a name ("MailRelay" -> "MailRelayem"). */
const MAX_ENDING = 4;
const SUFFIX = new RegExp(`^,?\\s+(?:${alternation(joinedWords.companySuffixes)})(?![\\p{L}])`, 'u');
/** A gloss in brackets after a name: "PingWave (push notifications)". */
const GLOSS = /^\s+\(\p{L}/u;
/** A product noun after a capitalised name ("PingWave mobile app") or before it ("aplikacji PingWave"). */
const PRODUCT_AFTER = new RegExp(`^\\s+(?:${alternation(joinedWords.productNouns.after)})(?![\\p{L}\\p{N}-])`, 'iu');
const PRODUCT_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternation(joinedWords.productNouns.before)})\\s+$`, 'iu');
/**
 * An item of a list right after a capitalised name: a comma, a semicolon or a joining word
 * ("including FreeSync, Microsoft NPS and ...", "created in GlobalView and added to groups"). Words
 * glued at a lost break run on into the next sentence ("GravelinesNightly backups are copied").
 */
const LIST_ITEM_END = new RegExp(`^(?:[ \\t]*[,;]|[ \\t]+(?:${alternation(listJoiners)})(?![\\p{L}]))`, 'iu');
/** Start of a table cell: a pipe (and spaces) just before the token, or a row's first cell. */
const CELL_START = /(?:^|\|)[ \t]*$/u;

function inflected(word: string, others: readonly string[]): boolean {
  return others.some((o) => o !== word && ((o.startsWith(word) && o.length - word.length <= MAX_ENDING) || (word.startsWith(o) && word.length - o.length <= MAX_ENDING)));
}

function writtenAsName(doc: SeckbDocument, word: string): boolean {
  const text = doc.text;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
    const after = text.slice(at + word.length, at + word.length + 40);
    if (SUFFIX.test(after) || GLOSS.test(after)) return true;
    const lineStart = text.lastIndexOf('\n', at) + 1;
    if (/^\p{Lu}/u.test(word) && (PRODUCT_AFTER.test(after) || LIST_ITEM_END.test(after) || PRODUCT_BEFORE.test(text.slice(Math.max(lineStart, at - 30), at)))) return true;
    const before = text.slice(Math.max(lineStart, at - 20), at);
    if (CELL_START.test(before) && (before.includes('|') || text.slice(lineStart, lineStart + 400).includes(' | '))) return true;
  }
  return false;
}

/** Seamed tokens the document writes as names. `counts`: occurrences of each token. */
export function nameTokens(doc: SeckbDocument, seamed: readonly string[], counts: ReadonlyMap<string, number>): string[] {
  return seamed.filter((w) => (counts.get(w) ?? 0) >= joinedWords.nameRecurrence || inflected(w, seamed) || writtenAsName(doc, w));
}

/**
 * A word glued to a bracketed capitalised word: "Lisbon(Portugal)", "Wiedniu(Austria)". Endings
 * in brackets ("user(s)", "pracownik(ów)") are lower case and abbreviations ("(UE)") have no
 * lower-case letters, so both stay quiet; so does code ("a.b(C)", "x_y(Z)").
 */
const GLUED_BRACKET = /(?<![\p{L}\p{N}._/\\-])(\p{L}{3,})\((\p{Lu}\p{Ll}{2,}[^()\n]{0,60})\)/gu;

/**
 * A capitalised word glued after a bracket that follows a word: "Finland (EU)Primary hosting",
 * "Availability (%)Service credit", where a table's cells lost their break. A lower-case ending
 * ("(s)he") or a link's or formula's bracket ("/", ":", "=" inside) stays quiet.
 */
const AFTER_BRACKET = /(?<=\p{L}[ \u00A0]?)\(([^()\n/:=]{1,30})\)(\p{Lu}\p{Ll}{2,})/gu;

export function gluedBrackets(text: string, offset: number): RuleHit[] {
  // Every match holds a "(": a text without one is not scanned (the pattern tries every word).
  if (!text.includes('(')) return [];
  const hit = (m: RegExpMatchArray, split: string): RuleHit => ({ start: offset + m.index!, end: offset + m.index! + m[0].length, params: { word: m[0], split } });
  return [
    ...[...text.matchAll(GLUED_BRACKET)].map((m) => hit(m, `${m[1]} (${m[2]})`)),
    ...[...text.matchAll(AFTER_BRACKET)].map((m) => hit(m, `(${m[1]}) ${m[2]}`)),
  ].sort((a, b) => a.start - b.start);
}
