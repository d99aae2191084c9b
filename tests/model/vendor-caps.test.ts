/**
 * A company name in capitals ("ACME GMBH") is looked for only in the lines that hold a legal-form
 * suffix in capitals (src/model/metadata.ts capsCompanies): the matches in capitals must be those
 * of the pattern run over the whole text.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CAPS_COMPANY, capsCompanies } from '../../src/model/metadata.ts';

const inCapitals = (m: RegExpMatchArray) => m[0] === m[0].toUpperCase();
const found = (ms: Iterable<RegExpMatchArray>) => [...ms].filter(inCapitals).map((m) => `${m[0]}|${m[1]}`);

const PARTS = ['ACME', 'Acme', 'such', 'as', 'AS', 'SA', 'S.A.', 'GMBH', 'GmbH', 'INC.', 'Inc', 'SP. Z O.O.', 'Sp. z o.o.', 'A/S', 'OY', 'ASA', 'CASE', 'ĸĸĸ', 'ſA', 'ÉTÉ', '東京都', '2024', ' ', '  ', '\n', '\r', '\u2028', '\t', '.', ','];

describe('company names in capitals', () => {
  it('are the whole-text matches in capitals (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PARTS), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(found(capsCompanies(text))).toEqual(found(text.matchAll(CAPS_COMPANY)));
      }),
      { numRuns: 2000 },
    );
  });

  it('are found in a letterhead and not in prose', () => {
    const text = 'Security overview\nACME SP. Z O.O.\nWe use such as many as we need.\nNORDIC TOOLS AS, Oslo';
    expect(found(capsCompanies(text))).toEqual(['ACME SP. Z O.O.|ACME', 'TOOLS AS|TOOLS']);
  });
});
