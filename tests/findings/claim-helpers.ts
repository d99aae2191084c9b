/** Hand-built claims on documents built from strings: the quote is the sentence holding `snippet`. */
import type { Claim, ClaimValue } from '../../src/claims/types.ts';
import type { SeckbDocument } from '../../src/model/types.ts';

export function claimOn(doc: SeckbDocument, snippet: string, attribute: string, value: ClaimValue, qualifiers: Claim['qualifiers'] = {}): Claim {
  const at = doc.text.indexOf(snippet);
  if (at === -1) throw new Error(`snippet not in document: ${snippet}`);
  const s = doc.sentences.find((x) => x.start <= at && at < x.end);
  if (!s) throw new Error(`no sentence holds: ${snippet}`);
  return {
    id: `${doc.id}-${s.start}-${attribute}-${String(value)}`,
    documentId: doc.id,
    attribute,
    value,
    qualifiers,
    quote: doc.text.slice(s.start, s.end),
    start: s.start,
    end: s.end,
    sectionId: s.sectionId,
    lang: s.lang,
  };
}
