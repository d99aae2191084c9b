/**
 * The columns of a list of third parties whose header words the reader does not know
 * ("# | Provider | Category | Data location", "Partner | Zakres | Państwo"): the text above must say
 * the list is of sub-processors, and then the name column is the first whose every cell names a
 * firm, the purpose column a service category or else the column after the names.
 */
import type { Block } from '../model/types.ts';
import { COMMON } from './common.ts';
import { has } from './context.ts';
import type { Lexicon } from './lexicon.ts';
import { company } from './values/party-list.ts';

type CellText = (c: [number, number]) => string;

const isPlace = (text: string) => COMMON.countries.find(text).length > 0 || COMMON.cities.find(text).length > 0;

/** A short capitalised name, no number alone, no place, no sentence ("Quaymount", "Letterlark Inc. (mail)"). */
function nameLike(text: string): boolean {
  const own = text.replace(/\s*\([^()]*\)\s*$/u, '').replace(/[*_`]/g, '').trim().replace(COMMON.orgSuffix, '');
  return own.length > 0 && own.length <= 60 && own.split(/\s+/).length <= 6 && /^[\p{Lu}\p{N}]/u.test(own) && /\p{L}{2}/u.test(own) && !isPlace(own) && !/[.!?]\s+\p{Ll}|[:;]\s/u.test(own);
}

/** The name column under a lead that speaks of sub-processors: every body cell a name, at least two rows. */
export function guessedNameColumn(rows: Block[], headerCells: string[], lex: Lexicon, cellText: CellText): number {
  const body = rows.filter((r) => !r.header && r.cells && r.cells.length >= 2).map((r) => r.cells!.map(cellText));
  if (body.length < 2) return -1;
  const width = Math.min(...body.map((c) => c.length));
  for (let i = 0; i < width; i++) {
    if (has(lex, 'placeColumn', headerCells[i] ?? '') || has(lex, 'categoryColumn', headerCells[i] ?? '')) continue;
    if (body.every((cells) => nameLike(cells[i]))) return i;
  }
  return -1;
}

/** A column of what the party does when no header says "purpose": a service category, else the one right after the names. */
export function guessedPurposeColumn(headerCells: string[], body: number, nameCol: number, placeCol: number, lex: Lexicon): number {
  const service = headerCells.findIndex((h, i) => i !== nameCol && i !== placeCol && has(lex, 'serviceColumn', h));
  if (service >= 0) return service;
  const next = nameCol + 1;
  return next < body && next !== placeCol && !has(lex, 'categoryColumn', headerCells[next] ?? '') ? next : -1;
}

/** A name that can only be a firm's: a known service or provider, a legal form, a web domain or a capital inside a word. */
const firmNamed = (name: string) => company(name.replace(/\s*\([^()]*\)\s*$/u, '').replace(/[*_`]/g, '').trim());

/**
 * A guessed list is one of firms when half its rows at least name one or say a known purpose
 * ("Quaymount | Application hosting", "Rachmistrz | Faktury" beside "Listonoszka Sp. z o.o."); a
 * table of data kinds under the same heading ("Knowledge base content | EU") names none.
 */
export function firmsListed(rows: Block[], nameCol: number, purposeCol: number, lex: Lexicon, cellText: CellText): boolean {
  const body = rows.filter((r) => !r.header && r.cells && r.cells.length > Math.max(nameCol, purposeCol));
  const firms = body.filter((r) => {
    const purpose = cellText(r.cells![purposeCol]);
    return firmNamed(cellText(r.cells![nameCol])) || COMMON.subprocessorPurposes.find(purpose).length > 0 || has(lex, 'hostingContext', purpose);
  });
  return firms.length > 0 && firms.length * 2 >= body.length;
}
