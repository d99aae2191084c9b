/**
 * Questionnaires on the site: a vendor's questionnaires with answered/unanswered counts (vendor
 * page), and a questionnaire row as evidence ("CAIQ CEK-03.1: Yes") beside its quote. Pure.
 */
import { closedQuestionnaireRows, type QuestionnaireRow } from '../model/questionnaire.ts';
import { blockAt } from '../model/block-at.ts';
import type { Block, SeckbDocument } from '../model/types.ts';

export interface QuestionnaireSummary {
  id: string;
  title: string;
  lang: string;
  answered: number;
  unanswered: number;
}

/** The documents that are (or hold) a filled-in questionnaire, with their answer counts. */
export function questionnaireSummaries(docs: SeckbDocument[]): QuestionnaireSummary[] {
  return docs.flatMap((d) => {
    const rows = closedQuestionnaireRows(d);
    if (rows.length === 0) return [];
    const unanswered = rows.filter((r) => r.answer === 'empty').length;
    return [{ id: d.id, title: d.title, lang: d.language, answered: rows.length - unanswered, unanswered }];
  });
}

/** "CAIQ", "SIG Lite": the questionnaire family a title names, if any. */
function family(title: string): string | undefined {
  return /\b(CAIQ|SIG(?: Lite| Core)?|VSAQ|HECVAT)\b/i.exec(title)?.[1];
}

const rowsByBlock = new WeakMap<SeckbDocument, Map<Block, QuestionnaireRow>>();

/**
 * The closed questionnaire row holding `at`: the block found by binary search, its row by lookup
 * (rows mapped once per document). The comparison table labels every claim, so a scan of the rows
 * per claim was claims x rows on a CAIQ of thousands of rows (issue 12).
 */
function rowAt(doc: SeckbDocument, at: number): QuestionnaireRow | undefined {
  let rows = rowsByBlock.get(doc);
  if (!rows) rowsByBlock.set(doc, (rows = new Map(closedQuestionnaireRows(doc).map((r) => [r.row, r]))));
  const block = blockAt(doc.blocks, at);
  return block && rows.get(block);
}

/**
 * The label of evidence that is a questionnaire row: family, control id and the answer as written
 * ("CAIQ CEK-03.1: Yes"); the question stands in for a missing id. Undefined for prose evidence.
 */
export function evidenceLabel(doc: SeckbDocument | undefined, start: number): string | undefined {
  if (!doc) return undefined;
  const row = rowAt(doc, start);
  if (!row || row.answer === 'empty') return undefined;
  const name = [family(doc.title), row.control].filter(Boolean).join(' ') || row.question;
  return `${name}: ${row.answerText}`;
}
