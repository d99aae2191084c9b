/**
 * "uptime < 85%": the sign of "below" before a figure bounds a remedy (a right to terminate, a
 * credit), as the word "below" does; the promise stands beside it.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const slas = (text: string) => claimsOf(`# Service levels\n\n${text}\n`).claims.filter((c) => c.attribute === 'availability.sla').map((c) => c.value);

describe('a figure after "<" is a threshold, not the promise', () => {
  it.each([
    ['Customer: may terminate if uptime < 90% for 3 consecutive months.', []],
    ['The customer may end the agreement when monthly availability is < 95%.', []],
    ['Termination right: availability <= 97% in two months of a quarter.', []],
    ['Credits are due whenever uptime ≤ 99.0% in a calendar month.', []],
    ['Klient może wypowiedzieć umowę, jeśli dostępność < 95% przez trzy kolejne miesiące.', []],
    ['We commit to 99.9% monthly uptime; if uptime < 97% for three months, you may terminate.', [99.9]],
    ['Gwarantujemy dostępność 99,5%; przy dostępności < 98% Klient otrzymuje rabat.', [99.5]],
  ])('%s', (text, want) => {
    expect(slas(text)).toEqual(want);
  });
});

describe('look-alikes: the promise itself', () => {
  it.each([
    ['Monthly uptime target: 99.9%.', [99.9]],
    ['We guarantee availability of at least 99.5% per month.', [99.5]],
    ['Gwarantowana dostępność: 99,9% w skali miesiąca.', [99.9]],
  ])('%s', (text, want) => {
    expect(slas(text)).toEqual(want);
  });
});
