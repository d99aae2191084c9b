/**
 * A definitions clause or a glossary explains words ("SOC 2: an audit report on security
 * controls", „Kopia zapasowa – kopia danych przechowywana przez 30 dni”): it states nothing the
 * vendor does, so no claim rests on it. Cues: rules/claims/<lang>.json `definitionsHeading` (a
 * short heading of its own) and `glossaryHeader` (a table whose header is "Term | Meaning").
 */
import type { SeckbDocument, Section } from '../model/types.ts';
import { has } from './context.ts';
import { CLAIM_LANGUAGES, lexiconFor } from './lexicon.ts';

/** A definitions heading is a title, not a sentence that mentions definitions. */
const MAX_HEADING_WORDS = 5;

/** Either language's cue: a Polish contract may keep an English heading, and the other way round. */
const isDefinitionsHeading = (s: Section) =>
  s.heading.split(/\s+/).length <= MAX_HEADING_WORDS && CLAIM_LANGUAGES.some((lang) => has(lexiconFor(lang), 'definitionsHeading', s.heading));

/** Ids of the sections under a definitions heading (its subsections too). */
export function definitionSections(doc: SeckbDocument): Set<string> {
  const ids = new Set<string>();
  let level = Infinity;
  for (const s of doc.sections) {
    if (s.level <= level) level = isDefinitionsHeading(s) ? s.level : Infinity;
    if (level !== Infinity) ids.add(s.id);
  }
  return ids;
}

/** A table whose header row reads "Term | Definition" (PL "Pojęcie | Znaczenie"). */
export const isGlossaryHeader = (lang: string, cells: readonly string[]) =>
  cells.length >= 2 && has(lexiconFor(lang), 'glossaryHeader', `${cells[0]} | ${cells[1]}`);
