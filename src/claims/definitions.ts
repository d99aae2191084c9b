/**
 * A definition explains a word ('"Encryption" means encoding data with AES-256', „Kopia” oznacza
 * ...), and a glossary table lists such explanations ("SOC 2 | An audit report on security
 * controls"): neither states anything the vendor does, so no claim rests on them. Cues in
 * rules/claims/<lang>.json: `definesTermDashed` (a term, a dash, then "means"/„oznacza”, anywhere),
 * `definesTerm` (a term, then "means"/„oznacza”: its first form, the
 * term in quotes, holds anywhere; its second, the bare term, only under a short
 * `definitionsHeading`, where a bare "This means ..." is no prose aside) and `glossaryHeader` (a
 * table whose header reads "Term | Meaning"). A value listed under a definitions heading without a
 * defining verb ("RPO (Recovery Point Objective): 24 hours") still states the vendor's figure.
 */
import type { SeckbDocument, Section } from '../model/types.ts';
import type { Claim } from './types.ts';
import { has } from './context.ts';
import { CLAIM_LANGUAGES, lexiconFor } from './lexicon.ts';

/** A definitions heading is a title, not a sentence that mentions definitions. */
const MAX_HEADING_WORDS = 5;

/** Either language's cue: a Polish contract may keep an English heading, and the other way round. */
const anyLanguage = (concept: string, text: string) => CLAIM_LANGUAGES.some((lang) => has(lexiconFor(lang), concept, text));

const isDefinitionsHeading = (s: Section) => s.heading.split(/\s+/).length <= MAX_HEADING_WORDS && anyLanguage('definitionsHeading', s.heading);

/** Ids of the sections under a definitions heading (its subsections too). */
function definitionSections(doc: SeckbDocument): Set<string> {
  const ids = new Set<string>();
  let level = Infinity;
  for (const s of doc.sections) {
    if (s.level <= level) level = isDefinitionsHeading(s) ? s.level : Infinity;
    if (level !== Infinity) ids.add(s.id);
  }
  return ids;
}

/** The claims that do not rest on a definition. */
export function withoutDefinitions(doc: SeckbDocument, claims: Claim[]): Claim[] {
  const underHeading = definitionSections(doc);
  return claims.filter((c) => {
    const quoted = /^\W*["“„‘']/u.test(c.quote);
    // "b. Audit – means an inspection ...": a dash before the defining verb marks a definition anywhere.
    if (anyLanguage('definesTermDashed', c.quote)) return false;
    return !((quoted || underHeading.has(c.sectionId)) && anyLanguage('definesTerm', c.quote));
  });
}

/** A table whose header row reads "Term | Definition" (PL "Pojęcie | Znaczenie"). */
export const isGlossaryHeader = (lang: string, cells: readonly string[]) =>
  cells.length >= 2 && has(lexiconFor(lang), 'glossaryHeader', `${cells[0]} | ${cells[1]}`);
