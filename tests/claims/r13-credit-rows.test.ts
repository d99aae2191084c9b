/**
 * Round 13 (claims-access): a service-credit schedule is no uptime promise. The credit itself ("50%
 * credit", "10% of the monthly fee", "60% rabatu") and a tier's lower bound in a credit table
 * (">= 97.0%") give no `availability.sla`; the promise above the table still does. Our own
 * wording, EN and PL.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const slas = (text: string) =>
  claimsOf(text)
    .claims.filter((c) => c.attribute === 'availability.sla')
    .map((c) => c.value);

describe('service-credit rows', () => {
  it('EN: the credit amount and the tier bounds are no promise', () => {
    expect(slas('# SLA\n\nWe commit to a service availability of 99.9% during any calendar month.\n\n## Credits\n\n- 99.0% - 99.9% availability: 10% credit\n- Below 98.0% availability: 50% credit\n')).toEqual([99.9]);
    expect(slas('# Credits\n\nIf uptime in a month is below 98%, you receive 75% of the monthly fee back.\n')).toEqual([]);
    const flat = '# 4. Credits\n\nIf availability falls below the commitment, the Customer receives:\n\n      Availability in the month        Service Credit\n      ------------------------------   --------------\n      below commitment, >= 99.0%        5%\n      below 99.0%, >= 97.0%            10%\n      below 97.0%                      20%\n';
    expect(slas(flat)).toEqual([]);
  });
  it('PL: rabat i próg z tabeli rabatów', () => {
    expect(slas('# SLA\n\nPoniżej 97% dostępności przysługuje 60% rabatu.\n')).toEqual([]);
  });
});

describe('look-alikes: promises', () => {
  it('EN and PL: a bare or compared promise outside a credit table', () => {
    expect(slas('# SLA\n\nUptime: >= 99.9% every month.\n')).toEqual([99.9]);
    expect(slas('# SLA\n\nGwarantujemy dostępność 99,7% w miesiącu.\n')).toEqual([99.7]);
    expect(slas('# SLA\n\nWe guarantee 99.95% availability; credits are described in section 4.\n')).toEqual([99.95]);
  });
});
