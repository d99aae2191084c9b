/**
 * Short names for the marks of a document page (/documents/<id>/). A mark's full id names its claim or
 * finding (`c-<claim id>`, `f-<finding id>`, `r-<finding id>` for an inconsistency's other place),
 * 16 characters, and a document has dozens of marks; the page's claims and findings data already
 * list those ids in order, so a mark is named by its place there instead: `c<i>` for the i-th
 * claim row, `f<i>` for the i-th own finding, `r<i>` for the other place of the i-th finding of
 * own ++ at. The document page gives the marks their full ids back when it loads the text
 * (src/site/client/doctext.ts). Pure and browser-safe.
 */

/** Full mark id -> short name, from the ids of the page's claim rows, own findings and findings pointing here. */
export function markNames(claimIds: string[], own: string[], at: string[]): Map<string, string> {
  const names = new Map<string, string>();
  claimIds.forEach((id, i) => names.set(`c-${id}`, `c${i}`));
  own.forEach((id, i) => names.set(`f-${id}`, `f${i}`));
  [...own, ...at].forEach((id, i) => names.set(`r-${id}`, `r${i}`));
  return names;
}

/** Short name -> full id: the inverse of markNames. */
export function fullIds(names: Map<string, string>): Map<string, string> {
  return new Map([...names].map(([full, short]) => [short, full]));
}
