/**
 * `extractClaims(doc)`: every claims.md attribute from sentences, list items and table rows.
 * Browser-safe (the site's draft checker runs it): no Node imports.
 *
 *     extractClaims(documentFromText('Backups are kept for 30 days.'))
 *     // [{ attribute: 'backup.retention', value: 'P30D', quote: 'Backups are kept for 30 days.', ... }]
 */
import type { SeckbDocument } from '../model/types.ts';
import { hashId } from '../model/ids.ts';
import type { Claim } from './types.ts';
import { lexiconFor } from './lexicon.ts';
import { runRules, type Candidate } from './engine.ts';
import { tableCells } from './tables.ts';
import { attributeIndex } from './vocabulary.ts';
import { readQuestionnaire } from '../model/questionnaire.ts';
import { answerCandidates, answerColumns, answerPolarity, questionOf, type AnswerColumns } from './answers.ts';
import { isQuestionnaire, rowCandidates } from './rows.ts';
import { answerOnly, contextFor, documentProvider, gluedQuestion, joinBrokenLines, langAt, sectionAt, tableGroups, type Unit } from './units.ts';

/** Canonical qualifier order, so ids and comparisons do not depend on insertion order. */
export function sortQualifiers(q: Record<string, string | number | boolean>): Record<string, string | number | boolean> {
  return Object.fromEntries(Object.entries(q).sort(([a], [b]) => a.localeCompare(b)));
}

export function claimId(documentId: string, start: number, attribute: string, value: unknown, qualifiers: object): string {
  return hashId(documentId, start, attribute, String(value), JSON.stringify(sortQualifiers(qualifiers as Record<string, string>)));
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
    if (lexiconFor(s.lang).memo('editorNoteStart', (l) => new RegExp(`^\\W*${l.concept('editorNote').source}`, 'u')).test(doc.text.slice(s.start, s.end))) continue;
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
    const headerCols = answerColumns(header?.cells?.map((c) => doc.text.slice(c[0], c[1]).replace(/<[^>]+>/g, '').trim()) ?? [], lexiconFor(lang));
    // Header words of CAIQ/SIG-style sheets ("CSP CAIQ Answer", "Odpowiedź") or a Yes/No/NA column.
    const detected = isQuestionnaire(headerCols) ? undefined : readQuestionnaire(doc, rows);
    const sheet = detected?.closed ? detected : undefined;
    const cols: AnswerColumns = sheet ? { answer: sheet.columns.answer, question: sheet.columns.question, id: sheet.columns.id } : headerCols;
    for (const row of rows) {
      if (row.header) continue;
      const unit: Unit = { start: row.start, end: row.end, sectionId: section?.id ?? '', lang: langAt(doc, row.start, row.end) };
      const read = cells.find((c) => c.row === row);
      const fromCells = read && (read.final || read.candidates.length > 0);
      const control = sheet?.rows.find((r) => r.row === row)?.control;
      const found = fromCells ? read.candidates : rowCandidates(doc, row, unit, docProvider, cols);
      // claims.md: a questionnaire row's control id (CCM "CEK-03.1") rides along as `control`.
      const candidates = control ? found.map((c) => ({ ...c, qualifiers: { ...c.qualifiers, control } })) : found;
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
