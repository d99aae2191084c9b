/**
 * Round 11: an incident notice that denies an event in one sentence and counts the same event in
 * another ("No report contents were exported." / "the intruder exported 37 reports"). Look-alikes:
 * a denial of a remainder ("no other reports"), of other things, a question, and a count with no
 * denial at all. Our own sentences, invented vendors.
 */
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/findings/engine.ts';
import { makeDoc } from './make-doc.ts';

const denials = (text: string, lang: string) =>
  checkDocument(makeDoc(text, { format: 'md', lang }), { now: new Date('2026-11-23T00:00:00Z') })
    .filter((f) => f.rule === 'event-denial')
    .map((f) => [f.excerpt, f.related?.[0]?.excerpt]);

describe('an event denied and counted', () => {
  it('EN: a denial, then the same past verb counting the same things', () => {
    const text = '# Security incident\n\nOur alerting saw unusual traffic on the reports API. No report contents were exported.\n\n## Findings\n\nThe logs show that the intruder exported 37 reports from 4 tenants before the key was revoked.\n';
    expect(denials(text, 'en')).toEqual([['The logs show that the intruder exported 37 reports from 4 tenants before the key was revoked.', 'No report contents were exported.']]);
  });
  it('PL: zaprzeczenie, potem ten sam czasownik liczący te same rzeczy', () => {
    const text = '# Informacja o incydencie\n\nW ten sposób intruz pobrał 37 raportów z 4 kont klientów.\n\n## Wnioski\n\nAnaliza dzienników potwierdziła, że intruz nie pobrał żadnego raportu.\n';
    expect(denials(text, 'pl')).toEqual([['Analiza dzienników potwierdziła, że intruz nie pobrał żadnego raportu.', 'W ten sposób intruz pobrał 37 raportów z 4 kont klientów.']]);
  });
});

describe('look-alikes', () => {
  const quiet: Array<[string, string]> = [
    ['en', '# Incident\n\nThe intruder exported 37 reports from 4 tenants. No other reports were exported.\n'],
    ['en', '# Incident\n\nNo passwords were exported.\n\nThe intruder exported 37 reports from 4 tenants.\n'],
    ['en', '# Incident\n\nThe intruder exported 37 reports from 4 tenants.\n\nWere any reports exported from your tenant? Our support team can tell you which ones were exported.\n'],
    ['en', '# Incident\n\nOur logs show that 37 reports belonging to 4 tenants were exported. Each tenant has been contacted.\n'],
    ['pl', '# Incydent\n\nIntruz pobrał 37 raportów z 4 kont. Żadnych innych raportów nie pobrano.\n'],
    ['pl', '# Incydent\n\nIntruz nie pobrał żadnych haseł.\n\nIntruz pobrał 37 raportów z 4 kont.\n'],
    ['en', '# Retention\n\nNo audit entries are deleted by hand.\n\nAudit entries are retained for 90 days and then deleted in batches of 500 entries.\n'],
    ['pl', '# Retencja\n\nJeśli konto nie jest używane, nie usuwamy go.\n\nOkoło 30 kont stało się nieaktywnych, jeśli liczyć 12 miesięcy.\n'],
  ];
  for (const [lang, text] of quiet) it(`stays quiet: ${JSON.stringify(text.slice(0, 80))}`, () => expect(denials(text, lang)).toEqual([]));
});
