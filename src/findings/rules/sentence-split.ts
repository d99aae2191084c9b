/**
 * Sentences cut in two by a break: "... tested by hand and" / "with automated tools." Shared by
 * split-across-page (pdf pages) and split-across-paragraph. A cut shows as a block that ends
 * with no terminal punctuation, followed by one that starts in lower case, or a block that ends
 * on a word that cannot end a sentence ("and", "oraz", a comma).
 */
import type { Block, SeckbDocument } from '../../model/types.ts';
import type { RuleHit } from '../rule-types.ts';
import { alternation, continuationWords, letterClosings, letterGreetings, listJoiners, sentenceOpeners } from './structure-data.ts';
import { ITEM_END, parallelRows, siblingItems, unpunctuatedRun } from './list-paragraphs.ts';
import { pageFurniture } from './page-furniture.ts';
import { addressLine, layoutContinuation, signatureLead } from './layout-lines.ts';
import { blockText, columnRow, markdownLinkSpans } from './text-utils.ts';
import { greatest } from '../../lists.ts';
import { lineColumn } from '../position.ts';

const TERMINAL = /[.!?…:;)\]"”»’'*]\s*$/u;
const CONTEXT_WORDS = 5;
const GREETING = new RegExp(`^(?:${alternation(letterGreetings)})(?!\\p{L})`, 'iu');
const CLOSING = new RegExp(`^(?:${alternation(letterClosings)})\\s*[,.!]?$`, 'iu');
/** A comma ends a sentence's first half only when that half is a clause, not a greeting or a name. */
const COMMA_CLAUSE_WORDS = 6;
/** Dot leaders and a page number ending a line (run starts only: a long run of dots is scanned once). */
const TOC_LEADERS = /(?<![.…])(?:\.{3,}|…{2,})\s*\d{1,4}\s*$/u;

const wordCount = (text: string): number => text.trim().split(/\s+/u).length;

/** A letter's or e-mail's greeting or sign-off line: "Dear Sir or Madam,", "Hi Joanna,", "Z poważaniem,". */
function letterLine(text: string): boolean {
  const t = text.trim();
  if (t.includes('\n') || wordCount(t) > 8) return false;
  return CLOSING.test(t) || (GREETING.test(t) && !/[.?]$/u.test(t));
}

function endsOpen(text: string): { open: boolean; dangling: boolean } {
  const t = text.trimEnd();
  if (t === '' || TERMINAL.test(t)) return { open: false, dangling: false };
  // Case as written: "Acme Software AS" ends on a company suffix, not on "as"; a compound is one
  // word: "Single sign-on" (a label over its value) does not end on "on".
  const last = /([\p{L}-]+)\s*$/u.exec(t)?.[1] ?? '';
  const joiner = last === last.toLowerCase() && continuationWords.has(last);
  return { open: /[\p{L}\p{N},–-]$/u.test(t), dangling: /,$/u.test(t) || joiner };
}

function startsLower(text: string): boolean {
  const t = text.trimStart();
  // "iPhone", "eID": lower case then a capital is a name, not a continuation.
  if (/^\p{Ll}\p{Lu}/u.test(t) || /^(?:https?:|www\.|e\.g\.|i\.e\.)/iu.test(t)) return false;
  return /^\p{Ll}/u.test(t);
}

/**
 * After a comma, a capital goes on the sentence as a name or a defined term ("in Dublin," /
 * "Ireland."; "..., Klient może"), but a capital on a word that opens a sentence of its own starts
 * the next item of a list written as paragraphs ("Daily copies are kept for six weeks," / "A weekly
 * copy is kept for a year.").
 */
function opensSentence(text: string): boolean {
  const first = /^\p{L}+/u.exec(text.trimStart())?.[0] ?? '';
  return sentenceOpeners.has(first.toLowerCase());
}

/** After a dangling end a figure goes on too ("expire within" / "90 days"), but not a numbered clause ("4.2 Backups"). */
function startsWord(text: string): boolean {
  const t = text.trimStart();
  return /^\p{L}/u.test(t) || (/^\d/u.test(t) && !/^\d+(?:\.\d+)*\.?\s+\p{Lu}/u.test(t));
}

/**
 * A line of its own holding one joining word: the "a" / "and" / "oraz" between the parties of a
 * contract ("..., zwaną dalej „Administratorem”," / "a" / "Serwisex Sp. z o.o. ..."), a layout.
 */
function loneJoiner(text: string): boolean {
  const t = text.trim().toLowerCase();
  return !/\s/u.test(t) && (continuationWords.has(t) || listJoiners.includes(t));
}

/** The last line of `a` or the first of `b` holds one joining word ("..., zwanym dalej „Administratorem”,\na"). */
function joinerLine(aText: string, bText: string): boolean {
  return loneJoiner(aText.trimEnd().split('\n').at(-1)!) || loneJoiner(bText.trimStart().split('\n', 1)[0]);
}

/**
 * Formats whose reader keeps the source's lines. There the writer ends a paragraph with a blank
 * line; a break the reader inferred between two adjacent lines (a wrapped line, an indented
 * continuation, the second line of a title or of a party's block) is layout, not an edit.
 */
const LINE_FORMATS = new Set(['txt', 'md']);
function blankLineBetween(doc: SeckbDocument, a: Block, b: Block): boolean {
  if (!LINE_FORMATS.has(doc.format)) return true;
  const end = lineColumn(doc, a.end)?.line;
  const start = lineColumn(doc, b.start)?.line;
  return end === undefined || start === undefined || start - end >= 2;
}

/**
 * A name closing a definition: `a` ends with a quoted term and a comma (a contract party's block,
 * "..., zwaną dalej „Procesorem”,") and `b` is a short line naming both ("łącznie zwanymi
 * „Stronami”.", 'together the "Parties".'). Quoted terms one after another are a preamble's layout.
 */
const QUOTED_TERM_COMMA = /[”"»’]\s*,$/u;
const NAMING_LINE = /^[^\n]{0,80}[„“"«‘]\p{Lu}[^\n]{0,40}[”"»’]\s*[.;]?$/u;
function definitionRun(aText: string, bText: string): boolean {
  return QUOTED_TERM_COMMA.test(aText.trimEnd()) && NAMING_LINE.test(bText.trim());
}

/** A short line holding a year: the date or version line under a title ("obowiązuje od 1 lipca 2026 r."). */
const DATED_LINE_WORDS = 10;
function datedLine(text: string): boolean {
  const first = text.trimStart().split('\n', 1)[0];
  const year = /(?<!\d)(?:19|20)\d{2}(?!\d)/u.exec(first);
  return year !== null && wordCount(first.slice(0, year.index)) <= DATED_LINE_WORDS;
}

/** A clause number opening a line: "4.1.", "3)", "§ 2". */
const CLAUSE_NUMBER = /^(?:§\s*)?\d+(?:\.\d+)*[.)]?\s+\p{L}/u;

/** The last few words of `a` through the first few words of `b`, as one range. */
function cutRange(doc: SeckbDocument, a: Block, b: Block): [number, number] {
  const aText = blockText(doc, a).trimEnd();
  const words = [...aText.matchAll(/\S+/gu)];
  const from = words[Math.max(0, words.length - CONTEXT_WORDS)]?.index ?? 0;
  const bText = blockText(doc, b);
  const lead = bText.slice(0, 200);
  const first = [...lead.matchAll(/\S+/gu)].slice(0, CONTEXT_WORDS);
  let to = first.length ? (first.at(-1)!.index ?? 0) + first.at(-1)![0].length : 0;
  const stop = /[.!?]/u.exec(lead.slice(0, to));
  if (stop) to = stop.index + 1;
  return [a.start + from, b.start + to];
}

const PROSE = new Set(['paragraph', 'list-item', 'quote']);

/** A short line with no sentence in it: a title-block line (company, address, "Version 1.3"). */
function labelLine(text: string): boolean {
  const t = text.trim();
  return !t.includes('\n') && t.split(/\s+/u).length <= 8 && !/[.!?]\s/u.test(t);
}

/**
 * Blocks of the title block at the top of a file: everything before the first block that holds
 * a sentence (ends with terminal punctuation and has several words) or a numbered heading.
 */
function titleBlockEnd(doc: SeckbDocument, blocks: Block[]): number {
  const i = blocks.findIndex((b) => {
    const t = blockText(doc, b).trim();
    return (/[.!?:]$/u.test(t) && t.split(/\s+/u).length >= 6) || /^\d+(?:\.\d+)*\.?\s+\p{Lu}/u.test(t) || !labelLine(t);
  });
  return i === -1 ? blocks.length : i;
}

/**
 * A line in capitals is a title ("ACME – QUESTIONS AND ANSWERS"), not half a sentence, even with a
 * short joining word left in lower case ("ANSWERS TO QUESTIONS 3 and 4", "ODPOWIEDŹ NA PYTANIA 7 i 8").
 */
const SHOUTED_JOINER_LETTERS = 3;
function shouted(text: string): boolean {
  if ((text.match(/\p{Lu}/gu)?.length ?? 0) < 4) return false;
  const lower = text.match(/\p{L}*\p{Ll}\p{L}*/gu) ?? [];
  const words = text.match(/\p{L}+/gu)?.length ?? 0;
  return lower.every((w) => w.length <= SHOUTED_JOINER_LETTERS && w === w.toLowerCase()) && lower.length * 4 <= words;
}

/**
 * A page whose text stops well short of its bottom (or, where the reader did not measure it, of
 * the document's fullest page): the writer broke it early. Text that runs on from a full page is
 * ordinary typesetting, not a cut sentence. How far a full page runs is learnt from the pages
 * whose text flows on to the next page: a page followed by a heading may have been ended at its
 * section's end (every section on a page of its own), which says nothing about the margin.
 */
const FULL_PAGE_SHARE = 0.6;
/**
 * A full page's text runs to about 0.87-0.96 of its height (a 2-3 cm bottom margin); one that
 * stops above 0.82 left several lines empty. A document whose other pages all stop higher (wide
 * margins) is measured against its own pages instead.
 */
const FULL_PAGE_FILL = 0.82;
const OWN_PAGES_SLACK = 0.06;
function endsEarly(doc: SeckbDocument, page: number, sectionEnds: ReadonlySet<number>): boolean {
  const length = (p: { start: number; end: number }) => p.end - p.start;
  const pages = doc.pages ?? [];
  const here = pages.find((p) => p.number === page);
  if (!here || pages.length < 2) return true;
  if (here.fill !== undefined) {
    const others = pages.slice(0, -1).filter((p) => p !== here && p.fill !== undefined && !sectionEnds.has(p.number)).map((p) => p.fill!);
    const own = others.length >= 2 ? median(others) - OWN_PAGES_SLACK : 1;
    return here.fill < Math.min(FULL_PAGE_FILL, own);
  }
  return length(here) < FULL_PAGE_SHARE * greatest(pages.map(length));
}

/** Pages whose next page opens with a heading: the writer may have ended them at a section's end. */
function sectionEndPages(blocks: readonly Block[]): Set<number> {
  const ends = new Set<number>();
  blocks.forEach((b, i) => {
    const before = blocks[i - 1];
    if (b.type === 'heading' && before?.page !== undefined && b.page === before.page + 1) ends.add(before.page);
  });
  return ends;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Cut sentences; `page`: only cuts where the page changes, otherwise only where it does not. */
export function sentenceSplits(doc: SeckbDocument, page: boolean): RuleHit[] {
  // A cut at a page change needs blocks with page numbers (pdf): a document without has none.
  if (page && !doc.blocks.some((b) => b.page !== undefined)) return [];
  // Running headers and footers of a text export are skipped; a sentence running on across them
  // turned a page, which is typesetting (blocks after such a turn are in `turned`).
  const furniture = pageFurniture(doc);
  const blocks: Block[] = [];
  const turned = new Set<Block>();
  let turn = false;
  for (const b of doc.blocks) {
    if (b.type === 'image' || blockText(doc, b).trim() === '' || /^\s*\d{1,4}\s*$/u.test(blockText(doc, b))) continue;
    if (furniture.has(b)) turn = true;
    else {
      if (turn) turned.add(b);
      blocks.push(b);
      turn = false;
    }
  }
  const hits: RuleHit[] = [];
  const sectionEnds = page ? sectionEndPages(blocks) : new Set<number>();
  // Lines of a title block are labels one under another, never halves of a sentence.
  const titleEnd = titleBlockEnd(doc, blocks);
  // A hard-wrapped "[link\ntext](url)" is one unit, not a sentence cut at its wrap.
  const links = markdownLinkSpans(doc.text);
  for (let i = 0; i + 1 < blocks.length; i++) {
    const a = blocks[i];
    const b = blocks[i + 1];
    // A line the model took for a heading can be half a sentence: "Backups are taken and" / "kept...".
    const headingA = a.type === 'heading';
    if ((!PROSE.has(a.type) && !headingA) || b.type !== 'paragraph' || turned.has(b)) continue;
    const pageBreak = a.page !== undefined && b.page !== undefined && b.page > a.page;
    if (pageBreak !== page) continue;
    if (links.some(([s, e]) => s < a.end && e > b.start)) continue;
    // A TOC entry wrapped before its leaders: "... continuity and disaster" / "recovery ....... 3".
    if (TOC_LEADERS.test(blockText(doc, b).slice(0, 200).split('\n', 1)[0])) continue;
    const aText = blockText(doc, a);
    const bText = blockText(doc, b);
    // Rows of a fixed-width table (a cell may wrap onto a line of its own), a lone joiner line.
    if (columnRow(aText.trimEnd().split('\n').at(-1)!) || columnRow(bText.trimStart().split('\n', 1)[0])) continue;
    if (joinerLine(aText, bText) || definitionRun(aText, bText) || !blankLineBetween(doc, a, b)) continue;
    // A pdf reader takes a numbered clause's first line for a heading; its next line is the wrap.
    if (headingA && doc.format === 'pdf' && CLAUSE_NUMBER.test(aText.trimStart())) continue;
    // Lines of an address block, a contract's preamble or its signature go on by design.
    if (addressLine(aText) || addressLine(bText) || layoutContinuation(bText) || signatureLead(aText)) continue;
    const end = endsOpen(aText);
    if (!end.open || shouted(aText) || letterLine(aText)) continue;
    if (page && !endsEarly(doc, a.page!, sectionEnds)) continue;
    // A line of the title block under another is a label, a subtitle or a tagline in lower case
    // ("Security FAQ" / "safe bookkeeping online"), unless the line above dangles or the line goes
    // on in lower case to a stop ("Access is strictly" / "controlled by the team.").
    if (i + 1 < titleEnd && !end.dangling && !(startsLower(bText) && /[.!?]$/u.test(bText.trim()))) continue;
    // A title's line over its date line ("Terms of Service" / "effective from 1 May 2026").
    if (i < titleEnd && !end.dangling && datedLine(bText)) continue;
    // A real title rarely runs on in lower case; a promoted fragment has several words.
    const fragment = end.dangling || aText.trim().split(/\s+/u).length >= 4;
    // A capital after a dangling end is a name ("in" / "Amsterdam"), unless the end closes an
    // enumeration item (", or" / "Give ...") or a short line before a comma ("Hi Joanna," / "Sure!").
    const trimmed = aText.trimEnd();
    if (siblingItems(trimmed, bText.trimEnd()) || parallelRows(trimmed, bText)) continue;
    if (unpunctuatedRun(blocks[i - 1] ? blockText(doc, blocks[i - 1]) : '', trimmed, bText)) continue;
    const capitalGoesOn = !ITEM_END.test(trimmed) && (!trimmed.endsWith(',') || (wordCount(trimmed) >= COMMA_CLAUSE_WORDS && !opensSentence(bText)));
    // A sentence that goes on after its list ("We encrypt:" / "- backups" / "which covers ...") is
    // written so; an item cut mid-sentence ends on a joining word or a comma.
    if (a.type === 'list-item' && b.type === 'paragraph' && !end.dangling) continue;
    const cut = headingA ? fragment && startsLower(bText) : startsLower(bText) || (end.dangling && capitalGoesOn && startsWord(bText));
    if (!cut) continue;
    const [start, stop] = cutRange(doc, a, b);
    hits.push({ start, end: stop, params: { page: b.page ?? 0 } });
  }
  return hits;
}
