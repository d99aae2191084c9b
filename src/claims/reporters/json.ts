/** `--format json`: the Comparison structure as is (stable key order from buildComparison). */
import type { Comparison } from '../compare.ts';

export function formatJson(c: Comparison): string {
  return JSON.stringify(c, null, 2) + '\n';
}
