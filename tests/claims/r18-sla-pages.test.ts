/**
 * Round 18 (prose): SLA pages put a credit table under the promise, often flattened to text
 * ("| 95.0% - 98.0% | 50% |", "Less than 95.0%100%"), and list DDoS attacks among the events the
 * SLA does not cover. The credit is no uptime promise; an attack named as a cause is no DDoS
 * protection. Our own wording, EN and PL.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const values = (text: string, attribute: string) =>
  claimsOf(text)
    .claims.filter((c) => c.attribute === attribute)
    .map((c) => c.value);

describe('credit columns and excluded attacks', () => {
  it('EN: a credit cell after a tier, flattened or glued', () => {
    expect(values('# SLA\n\nService credits by monthly uptime:\n| Monthly uptime | Credit |\n| 98.0% - 99.0% | 20% |\n| 96.0% - 98.0% | 60% |\n| below 96.0% | 100% |\n', 'availability.sla')).toEqual([]);
    expect(values('# Credits\n\nMonthly uptime Service credit\nLess than 97.0%100%\n', 'availability.sla')).toEqual([]);
  });
  it('EN and PL: DDoS attacks among the exclusions', () => {
    expect(values('# SLA\n\nThe uptime figure does not cover:\n\n- planned maintenance\n- DDoS attacks or other hostile traffic\n', 'network.ddos_protection')).toEqual([]);
    expect(values('# SLA\n\nDo czasu niedostępności nie wlicza się przerw spowodowanych atakami DDoS.\n', 'network.ddos_protection')).toEqual([]);
  });
});

describe('look-alikes: promises and protection stay', () => {
  it('EN and PL', () => {
    expect(values('# SLA\n\nWe commit to 99.9% monthly uptime; credits follow the table below.\n', 'availability.sla')).toEqual([99.9]);
    expect(values('# Network\n\nTraffic passes through a filter that absorbs DDoS attacks.\n', 'network.ddos_protection')).toEqual([true]);
    expect(values('# Sieć\n\nInfrastruktura jest chroniona przed atakami DDoS.\n', 'network.ddos_protection')).toEqual([true]);
  });
});
