/**
 * Word boundaries that text extraction broke, beside joined-words' "FrankfurtData":
 *
 * - glued-sentence: two sentences glued where the break after a full stop was lost: "danych.Kopie",
 *   "data.Backups". The second half is a word the document uses (an inflected form counts), the
 *   first one too or a word of four letters or more; an html page's elements side by side are the
 *   reader's join ("key.</span><span>Access"), not a lost break. Names with
 *   a dot stay quiet: an abbreviation before the dot ("np.", "ul.", "e.g." has two dots), a
 *   capitalised first half ("Azure.Identity"), a file or host suffix ("policy.Docx"), more dots.
 *   A comma that lost its space after a word the document uses ("ograniczonego,autoryzowanego") is
 *   the same break (round 16), the word after it known too or long; digits ("1,5") are not.
 * - hyphen-split-word: a word hyphenated at a PDF line end whose break became a space when it was
 *   copied: "szyfro- wane", "encryp- ted". The two halves make a word the document uses (up to a
 *   short ending); a suspended hyphen ("pre- and post-", "krótko- i długo-") and a dash typed as a
 *   hyphen ("backups- they") do not.
 *
 * Both are joined-words findings (words whose boundary extraction broke): README.md, "Findings".
 */
import abbreviations from '../../../rules/model/segment.json' with { type: 'json' };
import type { CodeRule, RuleHit } from '../rule-types.ts';
import { wordBreaks } from './structure-data.ts';
import { wordKey, wordLayer } from './word-layer.ts';
import { elementSeam } from '../position.ts';

const ABBREVIATIONS = new Set([...abbreviations.en, ...abbreviations.pl].map((a) => wordKey(a.replace(/\.$/u, ''))));
/** Letters the word before a glued full stop needs when the document uses it nowhere else. */
const MIN_LONE_LEFT = 4;
/** Letters the word after a glued full stop needs when only the word before is one the document uses. */
const MIN_LONE_RIGHT = 5;
/** Letters a joined word may differ by from the document's form of it ("szyfrowane" ~ "szyfrowanie"). */
const JOIN_ENDING = 3;

export const gluedSentence: CodeRule = {
  id: 'glued-sentence',
  kind: 'joined-words',
  severity: 'warning',
  messageKey: 'findings.joined-words',
  detect(doc) {
    const { dotGlued, commaGlued, knownForm } = wordLayer(doc);
    const hits: RuleHit[] = [];
    for (const t of dotGlued) {
      if (ABBREVIATIONS.has(wordKey(t.left)) || wordBreaks.fileSuffixes.has(t.right.toLowerCase())) continue;
      // The sentence after the dot opens with a word of the document, or the one before ends on one
      // and the next opens with a long word used only there ("usuń konto.Dyspozycję ..."); the one
      // before may end on a word used only there ("... a separate region from production.Backups ...").
      const rightOpens = knownForm(t.right) || (knownForm(t.left) && t.right.length >= MIN_LONE_RIGHT);
      if (!rightOpens || (!knownForm(t.left) && t.left.length < MIN_LONE_LEFT)) continue;
      // An html page's two elements the reader put side by side ("...key.</span><span>Access ...").
      if (elementSeam(doc, t.start + t.left.length + 1)) continue;
      hits.push({ start: t.start, end: t.start + t.word.length, params: { word: t.word, split: `${t.left}. ${t.right}` } });
    }
    // A comma that lost its space between two words the document uses ("ograniczonego,autoryzowanego").
    for (const t of commaGlued) {
      if (!knownForm(t.left) || !(knownForm(t.right) || t.right.length >= MIN_LONE_RIGHT) || elementSeam(doc, t.start + t.left.length + 1)) continue;
      hits.push({ start: t.start, end: t.start + t.word.length, params: { word: t.word, split: `${t.left}, ${t.right}` } });
    }
    return hits.sort((a, b) => a.start - b.start);
  },
};

export const hyphenSplitWord: CodeRule = {
  id: 'hyphen-split-word',
  kind: 'joined-words',
  severity: 'warning',
  messageKey: 'findings.hyphen-split-word',
  detect(doc) {
    const { hyphenPairs, knownForm } = wordLayer(doc);
    const hits: RuleHit[] = [];
    for (const p of hyphenPairs) {
      if (wordBreaks.hyphenJoiners.has(p.right)) continue;
      const joined = p.left + p.right;
      if (!knownForm(joined, JOIN_ENDING)) continue;
      hits.push({ start: p.start, end: p.end, params: { word: doc.text.slice(p.start, p.end), joined } });
    }
    return hits;
  },
};
