/**
 * Bracketed tags that open a document's items ("[New] Single sign-on now works with ...",
 * "[Changed] Sessions end after ...", "[Poprawka] Eksport ..."): release notes and change logs mark
 * each entry from a small set of labels, used again and again, each followed by a sentence of its
 * own. A template slot stands inside its sentence ("[Company Name] processes ...", "between
 * [Customer] and ..."): it is not a set of labels that several items open with. Browser-safe.
 */
import type { SeckbDocument } from '../model/types.ts';
import type { Finding } from './types.ts';

/** A bracketed label opening a line (after a bullet or an item number), then a sentence of its own (a capital or a figure). */
const OPENING = /^[ \t]*(?:[-*•·–+>]|\d{1,3}[.)])?[ \t\u00a0]*\[([^[\]\n]{1,40})\][ \t\u00a0]+[–—:-]?[ \t\u00a0]*[\p{Lu}\p{N}]/gmu;

/** Fewest items, and fewest distinct labels, that make a set of tags rather than a slot repeated. */
const MIN_ITEMS = 3;
const MIN_LABELS = 2;

/**
 * The labels that open at least MIN_ITEMS lines of the document, when at least MIN_LABELS distinct
 * ones do: the document's own tag set. Empty when there is none.
 */
export function tagVocabulary(text: string): Set<string> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(OPENING)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  let items = 0;
  for (const n of counts.values()) items += n;
  return counts.size >= MIN_LABELS && items >= MIN_ITEMS ? new Set(counts.keys()) : new Set();
}

/** Placeholder findings on a tag of the document's tag set, wherever it stands (its legend too), are dropped. */
export function dropTagLabels(doc: Pick<SeckbDocument, 'text'>, findings: readonly Finding[]): Finding[] {
  if (!findings.some((f) => f.kind === 'placeholder' && f.excerpt.startsWith('['))) return [...findings];
  const tags = tagVocabulary(doc.text);
  if (tags.size === 0) return [...findings];
  return findings.filter((f) => !(f.kind === 'placeholder' && f.excerpt.startsWith('[') && f.excerpt.endsWith(']') && tags.has(f.excerpt.slice(1, -1))));
}
