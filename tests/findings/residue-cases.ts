/** Shared runner of the residue rounds' cases: each firing case finds its kind over its excerpt. */
import { expect, it } from 'vitest';
import type { Finding } from '../../src/findings/types.ts';
import type { Format } from '../../src/model/types.ts';
import { checkDocument } from '../../src/findings/engine.ts';
import { makeDoc } from './make-doc.ts';

/** A text in a language (and a format, else the runner's default). */
export interface ResidueCase {
  text: string;
  lang?: string;
  format?: Format;
}
export type ResidueFires = ResidueCase & FiringCase;

/** The findings of a case's text, read as `format` unless the case says, on a fixed date. */
export const residueFindings =
  (format: Format) =>
  (c: ResidueCase): Finding[] =>
    checkDocument(makeDoc(c.text, { format: c.format ?? format, lang: c.lang }), { now: new Date('2026-11-23T00:00:00Z') });

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
