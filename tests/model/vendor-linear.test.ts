/**
 * The vendor guess reads the whole text and merges a Polish name's declined forms ('Zaworownia',
 * 'w Zaworowni'): it looked each distinct capitalised word up against every other, so its work
 * grew with their square. Counted, not timed (tests/helpers/array-scans.ts).
 */
import { describe, expect, it } from 'vitest';
import { detectVendor } from '../../src/model/metadata.ts';
import { arrayScans } from '../helpers/array-scans.ts';

/** A text of `n` distinct made-up capitalised names, each twice, and one vendor stated outright. */
function textOf(n: number): string {
  const name = (i: number) => `Kalibr${i.toString(36).replace(/\d/g, (d) => 'bcdfghjklm'[Number(d)])}owski`;
  const lines = Array.from({ length: n }, (_, i) => `${name(i)} met ${name(i)} at the plant.`);
  return `© 2026 Zaworownia sp. z o.o.\n\nZaworownia keeps work orders.\n\n${lines.join('\n')}\n`;
}

describe('detectVendor over many distinct names', () => {
  it('works in proportion to the names, and still merges declined forms', () => {
    expect(detectVendor('Zaworownia prowadzi serwis. W Zaworowni dane są szyfrowane. Zaworownia sp. z o.o.', 'Bezpieczeństwo')).toBe('Zaworownia');
    const scans = (n: number) => arrayScans(() => expect(detectVendor(textOf(n), 'Security overview')).toBe('Zaworownia'), { iterated: true });
    const [small, large] = [scans(1_000), scans(4_000)];
    // Linear: ~4x; every name against every other: ~16x.
    expect(large / small).toBeLessThan(6);
  });
});
