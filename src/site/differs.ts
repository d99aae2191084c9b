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
