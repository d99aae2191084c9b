/**
 * Round 13 (claims-access): guides that explain recovery targets, uptime figures and the law state
 * nothing of a vendor. "An RPO of N means ...", "With an RTO of N, the database ...", "a payment
 * system might have an RTO of minutes", "99.9% = about 43 minutes a month", "Article 33 requires
 * the processor to ...". Our own wording, EN and PL; look-alikes where the vendor states its own.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const values = (text: string, attribute: string) =>
  claimsOf(text)
    .claims.filter((c) => c.attribute === attribute)
    .map((c) => c.value);

describe('recovery targets explained, not stated', () => {
  it('EN and PL: "means", "oznacza", "with an X of N, you ...", hypothetical systems', () => {
    expect(values('# Terms\n\nAn RPO of 30 minutes means at most half an hour of entries could be lost.\n', 'availability.rpo')).toEqual([]);
    expect(values('# Terms\n\nA recovery time objective of 6 hours implies a warm standby or better.\n', 'availability.rto')).toEqual([]);
    expect(values('# Example\n\nWith an RPO of 10 minutes, you lose at most the work orders of the last ten minutes.\n', 'availability.rpo')).toEqual([]);
    expect(values('# Example\n\nWith an RTO of two hours, the planner is usable again before lunch.\n', 'availability.rto')).toEqual([]);
    expect(values('# Example\n\nA billing platform could need an RTO of minutes; an archive might tolerate a week.\n', 'availability.rto')).toEqual([]);
    expect(values('# Pojęcia\n\nRPO na poziomie 20 minut oznacza, że stracimy najwyżej 20 minut pracy.\n', 'availability.rpo')).toEqual([]);
    expect(values('# Przykład\n\nSystem rozliczeń mógłby wymagać RTO rzędu minut.\n', 'availability.rto')).toEqual([]);
  });
  it('look-alikes: the vendor states its targets (EN, PL)', () => {
    expect(values('# Targets\n\nOur RPO is 15 minutes and our RTO is 4 hours.\n', 'availability.rto')).toEqual(['PT4H']);
    expect(values('# Targets\n\nWith an RPO of 1 hour, we restore the latest hourly snapshot.\n', 'availability.rpo')).toEqual(['PT1H']);
    expect(values('# Cele\n\nNasze RPO wynosi 1 godzinę, a RTO 8 godzin.\n', 'availability.rto')).toEqual(['PT8H']);
  });
});

describe('uptime percentages converted to downtime', () => {
  it('EN and PL: "N% = ...", "N% allows ..."', () => {
    expect(values('# Nines\n\n- 99.5% uptime = roughly 3.6 hours of downtime a month.\n- 99.99% uptime = about 4 minutes a month.\n', 'availability.sla')).toEqual([]);
    expect(values('# Nines\n\nA 99.95% monthly target allows about 22 minutes of downtime.\n', 'availability.sla')).toEqual([]);
    expect(values('# Poziomy SLA\n\n- SLA 99,8% = około półtorej godziny przestoju w miesiącu,\n- SLA 99% = ok. 7 godzin przerwy miesięcznie.\n', 'availability.sla')).toEqual([]);
    expect(values('# Poziomy SLA\n\nDostępność 99,9% pozwala na 43 minuty przerwy w miesiącu.\n', 'availability.sla')).toEqual([]);
  });
  it('look-alikes: a promise with its conversion (EN, PL)', () => {
    expect(values('# SLA\n\nWe guarantee 99.9% uptime (= about 43 minutes of downtime a month).\n', 'availability.sla')).toEqual([99.9]);
    expect(values('# SLA\n\nGwarantujemy dostępność 99,9% w skali miesiąca, co oznacza maksymalnie 43 minuty przerwy.\n', 'availability.sla')).toEqual([99.9]);
  });
});

describe('the law restated', () => {
  it('EN and PL: a law or article as the subject gives no notice claim', () => {
    expect(values('# Glossary\n\nArticle 33(2) requires the processor to notify the controller without undue delay after becoming aware of a breach.\n', 'incident.notification')).toEqual([]);
    expect(values('# Glossary\n\nThe GDPR obliges a processor to inform the controller of a breach without undue delay.\n', 'incident.notification')).toEqual([]);
    expect(values('# Słowniczek\n\nRODO wymaga, aby podmiot przetwarzający zgłosił naruszenie administratorowi bez zbędnej zwłoki.\n', 'incident.notification')).toEqual([]);
  });
  it('look-alike: the vendor commits, citing the law', () => {
    expect(values('# Incidents\n\nAs the GDPR requires, we notify affected customers of a breach within 72 hours.\n', 'incident.notification')).toEqual(['PT72H']);
  });
});
