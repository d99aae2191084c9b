/**
 * List helpers that never spread a list into call arguments: `target.push(...items)` and
 * `Math.min(...values)` pass every item as an argument, and past some 100,000 items
 * (engine-dependent) that throws RangeError ("Maximum call stack size exceeded"). Use these
 * wherever the list grows with the input.
 */

/** Appends `items` to `target` one by one; returns `target`. */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The smallest of `values` (Infinity when there are none, as `Math.min()`). */
export function least(values: Iterable<number>): number {
  let min = Infinity;
  for (const v of values) if (v < min || Number.isNaN(v)) min = v;
  return min;
}

/** The largest of `values` (-Infinity when there are none, as `Math.max()`). */
export function greatest(values: Iterable<number>): number {
  let max = -Infinity;
  for (const v of values) if (v > max || Number.isNaN(v)) max = v;
  return max;
}
