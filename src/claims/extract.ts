/**
 * `extractClaims(doc)`: every claims.md attribute from sentences, list items and table rows.
 * Browser-safe (the site's draft checker runs it): no Node imports.
 *
 *     extractClaims(documentFromText('Backups are kept for 30 days.'))
 *     // [{ attribute: 'backup.retention', value: 'P30D', quote: 'Backups are kept for 30 days.', ... }]
 */
import type { Block, SeckbDocument, Section, Sentence } from '../model/types.ts';
import { hashId } from '../model/ids.ts';
import type { Claim } from './types.ts';
import { COMMON, lexiconFor, type Lexicon } from './lexicon.ts';
import { has, maskLinks, type UnitContext } from './context.ts';
import { runRules, type Candidate } from './engine.ts';
import { tableCells } from './tables.ts';
import { attributeIndex } from './vocabulary.ts';
import { answerCandidates, answerColumns, answerPolarity, columnPolarity, questionOf, type AnswerColumns } from './answers.ts';

interface Unit {
  start: number;
  end: number;
  sectionId: string;
  lang: string;
}

function sectionAt(doc: SeckbDocument, pos: number): Section | undefined {
  let found: Section | undefined;
  for (const s of doc.sections) if (s.start <= pos && pos < Math.max(s.end, s.start + 1)) found = s;
  return found ?? doc.sections.filter((s) => s.start <= pos).at(-1);
}

function langAt(doc: SeckbDocument, start: number, end: number): string {
  const s = doc.sentences.find((x) => x.start < end && start < x.end);
  return s?.lang ?? doc.language;
}

/** Canonical qualifier order, so ids and comparisons do not depend on insertion order. */
export function sortQualifiers(q: Record<string, string | number | boolean>): Record<string, string | number | boolean> {
  return Object.fromEntries(Object.entries(q).sort(([a], [b]) => a.localeCompare(b)));
}

export function claimId(documentId: string, start: number, attribute: string, value: unknown, qualifiers: object): string {
  return hashId(documentId, start, attribute, String(value), JSON.stringify(sortQualifiers(qualifiers as Record<string, string>)));
}

/** The hosting provider a document names most often in a hosting context. */
function documentProvider(doc: SeckbDocument): string | undefined {
  const counts = new Map<string, number>();
  for (const s of doc.sentences) {
    const text = doc.text.slice(s.start, s.end);
    const lex = lexiconFor(s.lang);
    if (!has(lex, 'hostingContext', text)) continue;
    for (const h of COMMON.providers.find(text)) {
      if (h.key !== 'on-premises') counts.set(h.key, (counts.get(h.key) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

function contextFor(doc: SeckbDocument, unit: Unit, docProvider: string | undefined, before?: string): UnitContext {
  const section = doc.sections.find((s) => s.id === unit.sectionId);
  const from = Math.max(section?.start ?? 0, unit.start - 2000);
  return {
    doc,
    text: maskLinks(doc.text.slice(unit.start, unit.end)),
    start: unit.start,
    end: unit.end,
    sectionId: unit.sectionId,
    lang: unit.lang,
    lex: lexiconFor(unit.lang),
    heading: section?.heading ?? '',
    before: before ?? doc.text.slice(from, unit.start),
    docProvider,
  };
}

function toClaims(doc: SeckbDocument, unit: Unit, candidates: Candidate[]): Claim[] {
  const quote = doc.text.slice(unit.start, unit.end);
  return candidates.map((c) => {
    const qualifiers = sortQualifiers(c.qualifiers);
    return {
      id: claimId(doc.id, unit.start, c.attribute, c.value, qualifiers),
      documentId: doc.id,
      attribute: c.attribute,
      value: c.value,
      qualifiers,
      quote,
      start: unit.start,
      end: unit.end,
      sectionId: unit.sectionId,
      lang: unit.lang,
    };
  });
}

function tableGroups(doc: SeckbDocument): Block[][] {
  const groups = new Map<string, Block[]>();
  for (const b of doc.blocks) {
    if (b.type !== 'table-row') continue;
    const key = b.group !== undefined ? `g${b.group}` : `s${b.start}`;
    const list = groups.get(key) ?? [];
    list.push(b);
    groups.set(key, list);
  }
  return [...groups.values()].map((rows) => rows.sort((a, b) => a.start - b.start));
}

/**
 * A row read as a sentence; in a questionnaire ("Is MFA available? | Not at present") the answer
 * cell decides the polarity of what the question asks about.
 */
function rowCandidates(doc: SeckbDocument, row: Block, unit: Unit, docProvider: string | undefined, cols: AnswerColumns): Candidate[] {
  const ctx = contextFor(doc, unit, docProvider);
  const both = runRules(ctx);
  const cells = row.cells ?? [];
  if (isQuestionnaire(cols)) {
    // Yes/No columns: the mark decides; the other cells (comments) state details of their own.
    const texts = cells.map((c) => doc.text.slice(c[0], c[1]));
    const polarity = columnPolarity(texts, cols, ctx.lex);
    const answerCols = new Set([cols.answer, cols.yes, cols.no]);
    const alone = cells
      .filter((c, i) => i > 0 && !answerCols.has(i) && /\p{L}|\d/u.test(doc.text.slice(c[0], c[1])))
      .flatMap(([start, end]) => runRules(contextFor(doc, { ...unit, start, end }, docProvider)));
    if (polarity === 'no' || polarity === 'offered') return answerCandidates(polarity, both, alone);
    return polarity === undefined ? alone : both;
  }
  if (cells.length < 2 || !questionOf(doc.text.slice(cells[0][0], cells[0][1]))) return both;
  const [aStart, aEnd] = cells[cells.length - 1];
  const answerUnit: Unit = { ...unit, start: aStart, end: aEnd };
  const answerCtx = contextFor(doc, answerUnit, docProvider);
  const polarity = answerPolarity(answerCtx.text, answerCtx.lex);
  if (polarity !== 'no') return both;
  return answerCandidates(polarity, both, runRules(answerCtx));
}

const isQuestionnaire = (cols: AnswerColumns) => cols.answer !== undefined || cols.yes !== undefined;

/**
 * Plain-text exports break a sentence at a line that looks like a new item ("every twelve" /
 * "(12) hours and ..."; "not exceeding" / "three (3) months"). A sentence that ends without a
 * stop, followed across white space only by one that opens in lower case or with "(12) word",
 * is one unit; its quote is still the exact text between them.
 */
function joinBrokenLines(doc: SeckbDocument, sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    const head = doc.text.slice(s.start, s.start + 40);
    const continues =
      prev !== undefined &&
      prev.sectionId === s.sectionId &&
      /[\p{L}\p{N},]$/u.test(doc.text.slice(prev.start, prev.end)) &&
      /^\s+$/.test(doc.text.slice(prev.end, s.start)) &&
      /^(?:\(\d+\)\s+)?\p{Ll}/u.test(head);
    if (continues) out[out.length - 1] = { ...prev, end: s.end };
    else out.push(s);
  }
  return out;
}

/** Where a question opener is glued to the word before it ("HolandiiCzy"), after some words. */
function gluedQuestion(text: string, lex: Lexicon): number | undefined {
  const re = new RegExp(`(?<=\\p{Ll})(?=${lex.concept('questionOpener').source.replace(/^\(\?<!\[\\p\{L\}\\p\{N\}\]\)/, '')})`, 'gu');
  let at: number | undefined;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index === re.lastIndex) re.lastIndex++;
    if (text.slice(0, m.index).split(/\s+/).length >= 3) at = m.index;
  }
  return at;
}

/**
 * A questionnaire row's claims quote the answer cell: the question only asks ("How soon are
 * customers told about a breach?"), so nothing built on the claim points at it.
 */
function answerOnly(doc: SeckbDocument, row: Block, unit: Unit): Unit {
  const cells = row.cells ?? [];
  if (cells.length < 2 || !questionOf(doc.text.slice(cells[0][0], cells[0][1]))) return unit;
  const [aStart, aEnd] = cells[cells.length - 1];
  const text = doc.text.slice(aStart, aEnd);
  const lead = text.length - text.trimStart().length;
  const start = aStart + lead;
  const end = aStart + text.trimEnd().length;
  return end > start ? { ...unit, start, end } : unit;
}

export function extractClaims(doc: SeckbDocument): Claim[] {
  const docProvider = documentProvider(doc);
  const claims: Claim[] = [];
  const tableRows = doc.blocks.filter((b) => b.type === 'table-row');
  const inTable = (start: number, end: number) => tableRows.some((r) => start < r.end && r.start < end);
  // Headings and table-of-contents lines name topics ("4.1 Antivirus"); they state nothing.
  const titles = doc.blocks.filter((b) => b.type === 'heading' || b.type === 'toc-entry');
  const isTitle = (start: number, end: number) => titles.some((b) => b.start <= start && end <= b.end);

  const seenSections = new Set<string>();
  for (const s of joinBrokenLines(doc, doc.sentences.filter((x) => !inTable(x.start, x.end) && !isTitle(x.start, x.end)))) {
    const unit: Unit = { start: s.start, end: s.end, sectionId: s.sectionId, lang: s.lang };
    // An editor's note ("TODO: confirm the weekly copies") is a question to a colleague, no statement.
    if (new RegExp(`^\\W*${lexiconFor(s.lang).concept('editorNote').source}`, 'u').test(doc.text.slice(s.start, s.end))) continue;
    // A question in running text ("Is the 99.5% figure still current?") asks; it states nothing.
    // A statement glued to a question by lost white space ("...w HolandiiCzy dane...?") keeps its part.
    if (/\?\s*$/.test(doc.text.slice(s.start, s.end))) {
      const glued = gluedQuestion(doc.text.slice(s.start, s.end), lexiconFor(s.lang));
      if (glued === undefined) continue;
      unit.end = s.start + glued;
    }
    const ctx = contextFor(doc, unit, docProvider);
    let candidates = runRules(ctx);
    // The first sentence under a question heading answers it ("Who owns the data?" "You do.").
    const first = !seenSections.has(s.sectionId);
    seenSections.add(s.sectionId);
    const question = first ? questionOf(ctx.heading) : undefined;
    if (question) {
      const polarity = answerPolarity(ctx.text, ctx.lex);
      if (polarity) candidates = answerCandidates(polarity, runRules({ ...ctx, text: `${question}\n${ctx.text}` }), candidates);
    }
    claims.push(...toClaims(doc, unit, candidates));
  }

  for (const rows of tableGroups(doc)) {
    const first = rows[0];
    const section = sectionAt(doc, first.start);
    const lang = langAt(doc, first.start, rows[rows.length - 1].end);
    const lead = doc.text.slice(Math.max(section?.start ?? 0, first.start - 400), first.start);
    const cells = tableCells(doc, rows, lead, lexiconFor(lang));
    const header = rows.find((r) => r.header);
    const cols = answerColumns(header?.cells?.map((c) => doc.text.slice(c[0], c[1]).replace(/<[^>]+>/g, '').trim()) ?? [], lexiconFor(lang));
    for (const row of rows) {
      if (row.header) continue;
      const unit: Unit = { start: row.start, end: row.end, sectionId: section?.id ?? '', lang: langAt(doc, row.start, row.end) };
      const read = cells.find((c) => c.row === row);
      const fromCells = read && (read.final || read.candidates.length > 0);
      const candidates = fromCells ? read.candidates : rowCandidates(doc, row, unit, docProvider, cols);
      // A questionnaire row is quoted whole: the answer cell alone ("Yes") says nothing.
      claims.push(...toClaims(doc, fromCells || isQuestionnaire(cols) ? unit : answerOnly(doc, row, unit), candidates));
    }
  }
  return dedupeAndSort(claims);
}

/** One claim per id, ordered by start, then attribute (vocabulary order), then value. */
export function dedupeAndSort(claims: Claim[]): Claim[] {
  const byId = new Map<string, Claim>();
  for (const c of claims) if (!byId.has(c.id)) byId.set(c.id, c);
  return [...byId.values()].sort(
    (a, b) =>
      a.start - b.start ||
      attributeIndex(a.attribute) - attributeIndex(b.attribute) ||
      a.attribute.localeCompare(b.attribute) ||
      String(a.value).localeCompare(String(b.value)) ||
      JSON.stringify(a.qualifiers).localeCompare(JSON.stringify(b.qualifiers)),
  );
}
