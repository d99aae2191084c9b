/**
 * A passage in another language than the document's: an English sentence left in a Polish paper.
 * The model marks each sentence's language; short sentences, names, code, URLs and acronym lists
 * are skipped, and English/Polish function words must agree with the model (a sentence naming
 * "Microsoft Azure Blob Storage" is not English prose). Consecutive sentences form one passage.
 * Round 18: a page whose every heading is plainly in one language and whose prose is in the other
 * (a Polish site's page with its Polish heading over an English paragraph) is a page of its
 * headings' language, its prose left untranslated.
 */
import { isSupportedLanguage, scoreLanguages } from '../../model/language.ts';
import { isNameOrAddress } from '../../model/name-line.ts';
import type { SeckbDocument, Sentence } from '../../model/types.ts';
import type { CodeRule, RuleHit } from '../rule-types.ts';
import { untranslated } from './structure-data.ts';
import { maskUrls, trimRange } from './text-utils.ts';
import { spanIndex } from '../../claims/units.ts';

type Spans = ReturnType<typeof spanIndex>;


function foreign(doc: SeckbDocument, s: Sentence, codeOrRows: Spans): string | undefined {
  if (codeOrRows.covers(s.start, s.end)) return undefined;
  const text = maskUrls(doc.text.slice(s.start, s.end));
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  if (words.length < untranslated.minWords) return undefined;
  // Mostly capitalised words or acronyms: names and lists ("ISO 27001, SOC 2, HIPAA, FedRAMP").
  const lowerWords = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  if (lowerWords < words.length * 0.4) return undefined;
  const lang = languageOf(doc, s, text, words.length);
  // A name or an address reads the same in every language; asked last, of the few sentences left (it costs most).
  return lang && !isNameOrAddress(text) ? lang : undefined;
}

/** The other language `text` (a sentence of the document, not a name) is in, if any. */
function languageOf(doc: SeckbDocument, s: Sentence, text: string, wordCount: number): string | undefined {
  const main = doc.language;
  const { en, pl } = scoreLanguages(text);
  const known = main === 'en' || main === 'pl';
  if (s.lang && s.lang !== main && s.lang !== 'und') {
    if (known && (s.lang === 'en' || s.lang === 'pl')) {
      const other = s.lang === 'en' ? en : pl;
      const own = main === 'en' ? en : pl;
      return other >= 2 && other > own * 2 ? s.lang : undefined;
    }
    return wordCount >= 8 ? s.lang : undefined;
  }
  // The model kept the document's language (too little evidence for it): strong cues only.
  if (main === 'pl' && en >= 3 && pl === 0) return 'en';
  if (main === 'en' && pl >= 3 && en === 0) return 'pl';
  // Words both languages spell alike ("we", "to", "a", "i") score for both: only the others tell,
  // one stray word of the main language aside ("do" is listed for Polish only).
  const own = ownWords(text);
  const leads = (other: number, mine: number) => (other >= 2 && mine === 0) || (other >= 3 && other >= mine * 3);
  if (main === 'pl' && leads(own.en, own.pl)) return 'en';
  if (main === 'en' && leads(own.pl, own.en)) return 'pl';
  return undefined;
}

/** Function words that belong to one language only, and Polish letters (which count for Polish). */
function ownWords(text: string): { en: number; pl: number } {
  let en = 0;
  let pl = /[ąćęłńóśźż]/iu.test(text) ? 1 : 0;
  for (const word of text.match(/\p{L}+/gu) ?? []) {
    const score = scoreLanguages(word);
    if (score.en > 0 && score.pl === 0) en++;
    else if (score.pl > 0 && score.en === 0) pl++;
  }
  return { en, pl };
}

/**
 * The other language (EN or PL) every heading of the document is plainly written in: three words
 * or more, two of them words or letters of that language only, none of the document's ("Dane,
 * które należy wprowadzić" over English prose; not a place name, "Łódź"); undefined when there is
 * no heading or one is not plainly the other's.
 */
const HEADING_WORDS = 3;

function headingsLanguage(doc: SeckbDocument): string | undefined {
  const other = doc.language === 'en' ? 'pl' : doc.language === 'pl' ? 'en' : undefined;
  const headings = doc.blocks.filter((b) => b.type === 'heading').map((b) => doc.text.slice(b.start, b.end));
  if (!other || headings.length === 0) return undefined;
  const plain = (h: string) => {
    if ((h.match(/\p{L}+/gu) ?? []).length < HEADING_WORDS) return false;
    const own = ownWords(h);
    return other === 'pl' ? own.pl >= 2 && own.en === 0 && scoreLanguages(h).en === 0 : own.en >= 2 && own.pl === 0 && scoreLanguages(h).pl === 0;
  };
  return headings.every(plain) ? other : undefined;
}

/** Fewest words a table cell or list item needs to be read as a passage ("Sending of the e-mails"). */
const MIN_CELL_WORDS = 3;

/**
 * A table cell or short list item in another language: too short for the sentence test and,
 * in a row, mixed with the other cells' language. Only strong function-word evidence counts, so
 * names ("Google Cloud Platform"), acronyms and standard names, which carry none, are left alone.
 */
function foreignPiece(doc: SeckbDocument, text: string): string | undefined {
  const words = maskUrls(text).match(/\p{L}{2,}/gu) ?? [];
  if (words.length < MIN_CELL_WORDS) return undefined;
  if (words.filter((w) => /^\p{Ll}/u.test(w)).length < words.length * 0.4) return undefined;
  const { en, pl } = scoreLanguages(text);
  // A shared word ("to", "a") scores for both languages: the other language must clearly lead.
  const lang = doc.language === 'pl' && en >= 2 && en >= pl * 3 ? 'en' : doc.language === 'en' && pl >= 2 && pl >= en * 3 ? 'pl' : undefined;
  return lang && !isNameOrAddress(text) ? lang : undefined;
}

/** Cells of table rows and list items that the sentence pass cannot judge. */
function pieces(doc: SeckbDocument): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const b of doc.blocks) {
    if (b.type === 'table-row' && !b.header) for (const [start, end] of b.cells ?? []) out.push({ start, end });
    if (b.type === 'list-item') out.push({ start: b.start, end: b.end });
  }
  return out;
}

export const rule: CodeRule = {
  id: 'untranslated-segment',
  kind: 'untranslated-segment',
  severity: 'info',
  messageKey: 'findings.untranslated-segment',
  detect(read) {
    // A Danish or German document has no EN/PL rules to tell its passages apart: nothing to report.
    if (!isSupportedLanguage(read.language)) return [];
    const page = headingsLanguage(read);
    const doc = page ? { ...read, language: page } : read;
    const code = spanIndex(doc.blocks.filter((b) => b.type === 'code'));
    // Table rows mix languages cell by cell (a Polish purpose next to an English company name):
    // their cells are judged one by one below, not as one sentence.
    const codeOrRows = spanIndex(doc.blocks.filter((b) => b.type === 'code' || (b.type === 'table-row' && b.cells?.length)));
    const hits: RuleHit[] = [];
    let run: { start: number; end: number; lang: string; count: number } | undefined;
    const flush = (): void => {
      if (!run) return;
      const severity = run.count >= untranslated.passageWarningSentences ? 'warning' : 'info';
      hits.push({ start: run.start, end: run.end, severity, params: { lang: run.lang, count: run.count } });
      run = undefined;
    };
    for (const s of doc.sentences) {
      const lang = foreign(doc, s, codeOrRows);
      if (!lang) {
        flush();
        continue;
      }
      if (run && run.lang === lang) {
        run.end = s.end;
        run.count++;
      } else {
        flush();
        run = { start: s.start, end: s.end, lang, count: 1 };
      }
    }
    flush();
    // The passages are in order and apart: the first ending after a piece's start is the only
    // one that can overlap it. Pieces found since are few; checked only when one reaches that far.
    const passages = hits.length;
    let piecesEnd = -Infinity;
    const overlapsHit = (p: { start: number; end: number }): boolean => {
      let lo = 0;
      let hi = passages;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (hits[mid].end > p.start) hi = mid;
        else lo = mid + 1;
      }
      if (lo < passages && hits[lo].start < p.end) return true;
      return piecesEnd > p.start && hits.slice(passages).some((h) => h.start < p.end && p.start < h.end);
    };
    for (const p of pieces(doc)) {
      if (code.covers(p.start, p.end)) continue;
      if (overlapsHit(p)) continue;
      const [start, end] = trimRange(doc.text, p.start, p.end);
      const lang = foreignPiece(doc, doc.text.slice(start, end));
      if (lang) {
        hits.push({ start, end, severity: 'info', params: { lang, count: 1 } });
        piecesEnd = Math.max(piecesEnd, end);
      }
    }
    return hits.sort((a, b) => a.start - b.start);
  },
};
