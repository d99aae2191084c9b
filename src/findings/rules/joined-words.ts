/**
 * Words run together by extraction: "FrankfurtData backup", "DublinData centre", "Lisbon(Portugal)".
 * A lower-case letter followed by a capitalised word inside one token, where the parts are words
 * the document uses on their own, or a word glued to a bracketed capitalised word. Camel-case
 * names (SharePoint, DevOps, iPhone, McAfee) are listed in rules/common/structure.json; a token
 * is a name too where the document writes it as one (brand-names.ts): three times or more (inflected
 * forms included), before a company suffix or a gloss in brackets, at the head of a table cell,
 * or in the document's title, vendor or product name ("HarborTrack Asset Register"). Where an html
 * page's two elements meet (a card's "<span>Backup copies</span><strong>Ireland</strong>"), the
 * reader joined them, not the writer: its stylesheet may set them apart. A list's first number glued
 * to the heading before it ("Server Backups1. Our main server ...", where "2. " follows) is a lost
 * break too; a brand's version ("Office365.", "Auth0.") is no list number. Round 18, web text: a
 * lower-case word glued to a capitalised one ("guidesStatus", a breadcrumb glued to the next
 * link) is a join where the later part is a word of the document, though the first is not, and a
 * title's lower-case token is no product name; a token with a letter outside ASCII
 * ("rzeczywistymNarzędzia", a heading glued to its paragraph) is no code identifier, so its
 * parts need not recur; and a lower-case word glued to a time ("replication16:54", a timeline's
 * lines run together) is a lost break.
 */
import type { CodeRule, RuleHit } from '../rule-types.ts';
import { joinedWords } from './structure-data.ts';
import { nameTokens } from './brand-names.ts';
import { SEAM, wordKey, wordLayer } from './word-layer.ts';
import { elementSeam } from '../position.ts';

export const rule: CodeRule = {
  id: 'joined-words',
  kind: 'joined-words',
  severity: 'warning',
  messageKey: 'findings.joined-words',
  detect(doc) {
    const { tokens, counts, seamed, knownForm, bracketHits } = wordLayer(doc);
    const hits: RuleHit[] = [...bracketHits];
    const names = new Set([...joinedWords.names].map(wordKey));
    // A title's lower-case token ("Help & guidesStatus pages") is a glued breadcrumb, not a product name.
    for (const own of [doc.title, doc.vendor.name, doc.product ?? '']) for (const w of own.match(/\p{L}+/gu) ?? []) if (!LOWER_WORD.test(w.split(SEAM)[0])) names.add(wordKey(w));
    for (const w of nameTokens(doc, [...seamed], counts)) names.add(wordKey(w));
    let code: boolean | undefined;
    const showsCode = () => (code ??= CODE_SIGNS.test(doc.text));
    for (const t of tokens) {
      if (!seamed.has(t.word) || names.has(wordKey(t.word))) continue;
      const parts = t.word.split(SEAM);
      if (parts[0].length < joinedWords.minPartLength) continue; // iPhone, eBay, McAfee
      // Every later part is a word of the document; the first is one too, capitalised ("FrankfurtData":
      // the city may appear only there) or a lower-case word. Two words of a non-ASCII letter and a
      // single seam need neither: no identifier is spelt so ("ZgodnośćZapewnienie").
      const [first, ...rest] = parts;
      const spelt = parts.length === 2 && NON_ASCII.test(t.word) && parts.every((p) => p.length >= MIN_SPELT);
      if (!spelt && !rest.every((p) => p.length >= 2 && knownForm(p))) continue;
      if (!spelt && !knownForm(first) && !/^\p{Lu}/u.test(first) && !(LOWER_WORD.test(first) && !identifierLike(doc.text, t, showsCode))) continue;
      // Two elements of an html page the reader put side by side (a card's label and value).
      if (elementSeam(doc, t.start + first.length)) continue;
      hits.push({ start: t.start, end: t.start + t.word.length, params: { word: t.word, split: parts.join(' ') } });
    }
    hits.push(...gluedListNumbers(doc.text), ...gluedTimes(doc.text));
    return hits.sort((a, b) => a.start - b.start);
  },
};

/** A lower-case word of four letters or more: "guides" in "guidesStatus" (not "iPhone", "eBay"). */
const LOWER_WORD = /^\p{Ll}{4,}$/u;
const NON_ASCII = /[^\p{ASCII}]/u;
/** Signs of code in a text: snake_case, a dotted field ("user.firstName"), an assignment. */
const CODE_SIGNS = /\p{Ll}_\p{Ll}|\p{Ll}\.\p{Ll}+\p{Lu}|\w\s?=\s?["'\w]/u;
/**
 * "givenName", "accessToken": an identifier, not a join, where the text shows code (`code`, asked
 * once per document), the token is quoted, or it stands alone on its line (a field list).
 */
function identifierLike(text: string, t: { start: number; word: string }, code: () => boolean): boolean {
  if (code()) return true;
  const before = text[t.start - 1] ?? '\n';
  const after = text[t.start + t.word.length] ?? '\n';
  if (/[`'"‘’“”„]/u.test(before) || /[`'"‘’“”]/u.test(after)) return true;
  const lineStart = text.lastIndexOf('\n', t.start - 1) + 1;
  const lineEnd = text.indexOf('\n', t.start);
  return text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).trim() === t.word;
}
/** Parts of a non-ASCII token this long at least: words, not a prefix ("wDrożenie"). */
const MIN_SPELT = 4;
/** A lower-case word glued to a time of day ("replication16:54 - ..."); not "ipv6:2001:db8", "sha256:". */
const GLUED_TIME = /(?<![\p{L}\p{N}_-])\p{Ll}{3,}(?:[01]?\d|2[0-3]):[0-5]\d(?![\p{N}:])/gu;

function gluedTimes(text: string): RuleHit[] {
  return [...text.matchAll(GLUED_TIME)].map((m) => {
    const cut = /\d/u.exec(m[0])!.index;
    return { start: m.index, end: m.index + m[0].length, params: { word: m[0], split: `${m[0].slice(0, cut)} ${m[0].slice(cut)}` } };
  });
}

/** A capitalised word, then one digit and ". " before a capital: a heading glued to item 1 of a list. */
const GLUED_NUMBER = /(?<![\p{L}\p{N}_-])(\p{Lu}\p{Ll}{3,})([1-8])\.(?=[ \u00A0]+\p{Lu})/gu;
/** How far on the list's next number is looked for. */
const NEXT_ITEM_CHARS = 3000;

function gluedListNumbers(text: string): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const m of text.matchAll(GLUED_NUMBER)) {
    const end = m.index + m[0].length;
    // The list goes on: its next number opens an item further on ("2. Daily copies ...").
    const next = new RegExp(`(?:^|[\\s(])${Number(m[2]) + 1}\\.[ \u00A0]+\\p{Lu}`, 'u');
    if (!next.test(text.slice(end, end + NEXT_ITEM_CHARS))) continue;
    hits.push({ start: m.index, end, params: { word: m[0], split: `${m[1]} ${m[2]}.` } });
  }
  return hits;
}
