/**
 * Round 15: two pages of one title from two vendors ("Service Level Agreement", "Umowa SLA"),
 * paired as versions because a vendor name was misread from the title, share almost no wording:
 * no version-change (where each holds five statements or more: a short note's wording says too little). A revision that keeps most of its wording and changes one value still reports
 * it. Our own sentences, invented vendors.
 */
import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../src/model/from-text.ts';
import { crossDocumentFindings, keepsText } from '../../src/findings/cross.ts';
import { claimOn } from './claim-helpers.ts';

const doc = (text: string, id: string) => documentFromText(text, { format: 'md', source: `${id}.md`, id });
const versions = (old: string, now: string) => ({ versions: [{ old, new: now }], translations: [] });

describe('round 15: versions keep their wording', () => {
  it('two vendors\' pages of one title are no versions of each other (EN)', () => {
    const a = doc('# Service Level Agreement\n\nNorvale commits to 99.9% monthly uptime for the web app. Maintenance is announced two days ahead. Support answers tickets within four hours. Credits are capped at a tenth of the monthly fee. Outages are posted on our status page.', 'a');
    const b = doc('# Service Level Agreement\n\nTablix keeps the portal available 99.5% of each quarter. Credits are paid against the next invoice. Planned work happens on Sunday nights. Claims must reach us within thirty days. Our engineers watch the service around the clock.', 'b');
    const claims = [claimOn(a, '99.9%', 'availability.sla', 99.9), claimOn(b, '99.5%', 'availability.sla', 99.5)];
    expect(keepsText(a, b)).toBe(false);
    expect(crossDocumentFindings([a, b], claims, versions('a', 'b'))).toEqual([]);
  });

  it('two vendors\' pages of one title are no versions of each other (PL)', () => {
    const a = doc('# Umowa SLA\n\nSerwiso gwarantuje dostępność 99,9% w skali miesiąca. Prace serwisowe ogłaszamy z dwudniowym wyprzedzeniem. Zgłoszenia krytyczne obsługujemy w ciągu godziny. Awarie publikujemy na stronie statusu usługi. Rekompensata nie przekracza miesięcznej opłaty.', 'c');
    const b = doc('# Umowa SLA\n\nKowal Soft zapewnia dostępność platformy na poziomie 98% rocznie. Bonifikata wynosi 2% opłaty za każde pół godziny. Przerwy techniczne trwają najwyżej czterdzieści godzin rocznie. Reklamacje przyjmujemy przez trzydzieści dni. Awarie usuwamy w kolejności zgłoszeń klientów.', 'd');
    const claims = [claimOn(a, '99,9%', 'availability.sla', 99.9), claimOn(b, '98%', 'availability.sla', 98)];
    expect(crossDocumentFindings([a, b], claims, versions('c', 'd'))).toEqual([]);
  });

  it('a revision that changed one value still reports it', () => {
    const body = ' Maintenance is announced two days ahead. Credits are paid against the next invoice. Support answers within four hours. Outages are posted on our status page. Claims must reach us within thirty days.';
    const a = doc(`# Service Level Agreement\n\nNorvale commits to 99.9% monthly uptime.${body}`, 'e');
    const b = doc(`# Service Level Agreement\n\nNorvale commits to 99.95% monthly uptime.${body}`, 'f');
    const claims = [claimOn(a, '99.9%', 'availability.sla', 99.9), claimOn(b, '99.95%', 'availability.sla', 99.95)];
    expect(keepsText(a, b)).toBe(true);
    const found = crossDocumentFindings([a, b], claims, versions('e', 'f'));
    expect(found.map((f) => f.rule)).toEqual(['version-change']);
  });
});
