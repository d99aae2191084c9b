/**
 * Words run together by extraction: "FrankfurtData backup", "DublinData centre", "Lisbon(Portugal)".
 * A lower-case letter followed by a capitalised word inside one token, where the parts are words
 * the document uses on their own, or a word glued to a bracketed capitalised word. Camel-case
 * names (SharePoint, DevOps, iPhone, McAfee) are listed in rules/common/structure.json; a token
 * is a name too where the document writes it as one (brand-names.ts): three times or more (inflected
 * forms included), before a company suffix or a gloss in brackets, at the head of a table cell,
 * or in the document's title, vendor or product name ("HarborTrack Asset Register"). Where an html
 * page's two elements meet (a card's "<span>Backup copies</span><strong>Ireland</strong>"), the
 * reader joined them, not the writer: its stylesheet may set them apart.
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
    for (const own of [doc.title, doc.vendor.name, doc.product ?? '']) for (const w of own.match(/\p{L}+/gu) ?? []) names.add(wordKey(w));
    for (const w of nameTokens(doc, [...seamed], counts)) names.add(wordKey(w));
    for (const t of tokens) {
      if (!seamed.has(t.word) || names.has(wordKey(t.word))) continue;
      const parts = t.word.split(SEAM);
      if (parts[0].length < joinedWords.minPartLength) continue; // iPhone, eBay, McAfee
      // Every later part is a word of the document; the first is one too, or capitalised
      // ("FrankfurtData": the city may appear only there).
      const [first, ...rest] = parts;
      if (!rest.every((p) => p.length >= 2 && knownForm(p))) continue;
      if (!knownForm(first) && !/^\p{Lu}/u.test(first)) continue;
      // Two elements of an html page the reader put side by side (a card's label and value).
      if (elementSeam(doc, t.start + first.length)) continue;
      hits.push({ start: t.start, end: t.start + t.word.length, params: { word: t.word, split: parts.join(' ') } });
    }
    return hits.sort((a, b) => a.start - b.start);
  },
};
