/**
 * Round 17 (subproc): sub-processor lists as real pages print them, in our own words with invented names.
 * 1. A list's hosting row ("Quaymount | Application hosting + database"; "Serwerownik | Centrum danych")
 *    names a sub-processor too, though its host is outside the providers' vocabulary (party-table.ts).
 */
import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../src/model/from-text.ts';
import { extractClaims } from '../../src/claims/extract.ts';

const claims = (text: string) => extractClaims(documentFromText(text, { format: 'txt', meta: { vendor: 'Acme' } }));
const values = (text: string, attribute: string) =>
  claims(text)
    .filter((c) => c.attribute === attribute)
    .map((c) => (attribute === 'hosting.location' ? `${String(c.value)}:${c.qualifiers?.role ?? 'production'}` : String(c.value)))
    .sort();

describe("a list's hosting row outside the providers' vocabulary", () => {
  it('EN: the host is a sub-processor, and its place is where the service is hosted', () => {
    const text = ['# Sub-processors', '', '| Sub-processor | Purpose | Region |', '|---|---|---|', '| Quaymount | Application hosting + database | Germany |', '| Letterlark Inc. | Transactional e-mail | United States |'].join('\n');
    expect(values(text, 'subprocessor')).toEqual(['letterlark', 'quaymount']);
    expect(values(text, 'hosting.location')).toEqual(['DE:production']);
  });
  it('PL: "Centrum danych" as the purpose', () => {
    const text = ['# Podprocesorzy', '', '| Podmiot | Cel | Lokalizacja |', '|---|---|---|', '| Serwerownik Sp. z o.o. | Centrum danych | Polska |', '| Listonoszka Sp. z o.o. | Wysyłka e-maili | Polska |'].join('\n');
    expect(values(text, 'subprocessor')).toEqual(['listonoszka', 'serwerownik']);
    expect(values(text, 'hosting.location')).toEqual(['PL:production']);
  });
});
