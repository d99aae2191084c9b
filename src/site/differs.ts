/**
 * "Vendors differ" markers over the columns that are shown. Pure and tiny: the comparison page's
 * client script recomputes them when vendors are toggled, the build computes them for all.
 */

/** Canonical key of a cell's value set ("" when the vendor says nothing). */
export function cellKey(values: ReadonlyArray<{ value: unknown }>): string {
  return values.length ? JSON.stringify(values.map((v) => v.value)) : '';
}

/** Most common non-empty key (ties: the smallest key, so the answer is stable). */
function modalKey(keys: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const k of keys) if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  let best: string | undefined;
  for (const [k, n] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) if (best === undefined || n > counts.get(best)!) best = k;
  return best;
}

/**
 * A row differs when at least two shown vendors speak and not all say the same; a cell is marked
 * when it differs from the row's most common answer (silent vendors are never marked).
 */
export function markDifferences(cellKeys: string[]): { differs: boolean; cells: boolean[] } {
  const spoken = cellKeys.filter(Boolean);
  const modal = modalKey(cellKeys);
  const differs = spoken.length >= 2 && new Set(spoken).size > 1;
  return { differs, cells: cellKeys.map((k) => differs && k !== '' && k !== modal) };
}

/**
 * Short stand-ins for a row's cell keys, for the page: equal keys get equal stand-ins and their
 * order is kept (so markDifferences' tie-break picks the same cell), "" stays "". A key is the JSON
 * of a cell's values; its stand-in is its rank among the row's keys in base 36.
 */
export function shortKeys(keys: string[]): string[] {
  const distinct = [...new Set(keys.filter(Boolean))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const width = Math.max(1, (distinct.length - 1).toString(36).length);
  const rank = new Map(distinct.map((k, i) => [k, i.toString(36).padStart(width, '0')]));
  return keys.map((k) => rank.get(k) ?? '');
}
