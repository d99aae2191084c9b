/** Shared runner of the residue rounds' cases: each firing case finds its kind over its excerpt. */
import { expect, it } from 'vitest';
import type { Finding } from '../../src/findings/types.ts';

export interface FiringCase {
  kind: string;
  excerpt: string;
}

/** One test per case: a finding of `c.kind` whose excerpt holds `c.excerpt`. */
export function itFires<C extends FiringCase>(cases: readonly C[], findings: (c: C) => Finding[]): void {
  for (const c of cases) {
    it(`${c.kind}: ${JSON.stringify(c.excerpt)}`, () => {
      const got = findings(c);
      const hit = got.find((f) => f.kind === c.kind && f.excerpt.includes(c.excerpt));
      expect(hit, got.map((f) => `${f.kind}/${f.rule}: ${f.excerpt}`).join('\n')).toBeDefined();
    });
  }
}

/** One test per look-alike: no finding of the given kinds. */
export function itStaysQuiet<C extends { text: string }>(cases: readonly C[], kinds: readonly string[], findings: (c: C) => Finding[]): void {
  for (const c of cases) {
    it(`stays quiet: ${JSON.stringify(c.text.slice(0, 70))}`, () => {
      expect(findings(c).filter((f) => kinds.includes(f.kind)).map((f) => `${f.rule}: ${f.excerpt}`)).toEqual([]);
    });
  }
}
