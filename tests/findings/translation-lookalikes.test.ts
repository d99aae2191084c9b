/**
 * Translation inconsistencies from the alignment (translation-number-mismatch,
 * translation-name-mismatch) on pairs written for these tests: a number or a name the translation
 * changed must fire; what translators legitimately do must not: write a number out in words
 * ("24/7" as "całą dobę, 7 dni w tygodniu", "24 hours" as "doby"), start a table cell with a
 * capital in both languages ("Transactional e-mail" / "Wiadomości e-mail").
 */
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/align.ts';
import { crossDocumentFindingsIn } from '../../src/findings/cross.ts';
import { documentFromText } from '../../src/model/from-text.ts';

function driftFindings(en: string, pl: string): string[] {
  const source = documentFromText(en, { id: 't-en' });
  const target = documentFromText(pl, { id: 't-pl' });
  const pairs = { versions: [], translations: [{ source: 't-en', target: 't-pl' }] };
  const alignments = new Map([['t-en--t-pl', alignDocuments(source, target)]]);
  return crossDocumentFindingsIn([source, target], [], pairs, 'en', [], alignments).findings.map((f) => `${f.rule}: ${f.excerpt}`);
}

const HEAD_EN = '# Security overview\n\n## Team\n\nOur security team reviews every release before it ships.\n\n';
const HEAD_PL = '# Przegląd bezpieczeństwa\n\n## Zespół\n\nNasz zespół bezpieczeństwa sprawdza każde wydanie przed publikacją.\n\n';

describe('translation drift: changes fire', () => {
  it('a count the translation changed', () => {
    const found = driftFindings(`${HEAD_EN}## Support\n\nOur support desk has 40 engineers in two offices.\n`, `${HEAD_PL}## Wsparcie\n\nNasz dział wsparcia liczy 55 inżynierów w dwóch biurach.\n`);
    expect(found.some((f) => f.startsWith('translation-number-mismatch: Nasz dział wsparcia liczy 55'))).toBe(true);
  });

  it('a city the translation swapped', () => {
    const found = driftFindings(
      `${HEAD_EN}## Data centres\n\nA second copy is kept in our data centre in Frankfurt.\n`,
      `${HEAD_PL}## Centra danych\n\nDruga kopia jest przechowywana w naszym centrum danych w Amsterdamie.\n`,
    );
    expect(found.some((f) => f.startsWith('translation-name-mismatch: Druga kopia'))).toBe(true);
  });
});

describe('translation drift: look-alikes stay quiet', () => {
  it('a number written out in words ("24/7", "24 hours")', () => {
    expect(driftFindings(`${HEAD_EN}## Monitoring\n\nThe platform is monitored 24/7 by our operations team.\n`, `${HEAD_PL}## Monitorowanie\n\nPlatforma jest monitorowana przez całą dobę, 7 dni w tygodniu, przez nasz zespół operacyjny.\n`)).toEqual([]);
    expect(driftFindings(`${HEAD_EN}## Incidents\n\nWe inform affected customers within 24 hours.\n`, `${HEAD_PL}## Incydenty\n\nPoszkodowanych klientów informujemy w ciągu doby.\n`)).toEqual([]);
  });

  it('capitals opening table cells in both languages', () => {
    const en = `${HEAD_EN}## Subprocessors\n\n| Name | Purpose | Country |\n|---|---|---|\n| Mailwise (Mailwise SAS) | Transactional e-mail | France |\n| Hetzner | Hosting | Germany |\n`;
    const pl = `${HEAD_PL}## Podprzetwarzający\n\n| Nazwa | Cel | Kraj |\n|---|---|---|\n| Mailwise (Mailwise SAS) | Wiadomości e-mail | Francja |\n| Hetzner | Hosting | Niemcy |\n`;
    expect(driftFindings(en, pl)).toEqual([]);
  });
});
