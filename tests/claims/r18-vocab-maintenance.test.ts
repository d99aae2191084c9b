/**
 * Round 18 (vocabulary): the notice promised before planned maintenance (README "Claims:
 * maintenance notice"): `availability.maintenance_notice`, a duration. Invented vendors in our own
 * words, EN and PL; each case holds a promise beside look-alikes that must give nothing: the
 * window's hours and length, emergency work, a best-efforts promise, advice, a notice told as done.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectQuotesExact } from './helpers.ts';

const notices = (text: string) =>
  claimsOf(text)
    .claims.filter((c) => c.attribute === 'availability.maintenance_notice')
    .map((c) => c.value);

describe('availability.maintenance_notice: how long before planned maintenance customers are told', () => {
  it('EN: an SLA schedule of Corrowfield Asset Cloud', () => {
    const text =
      '# Corrowfield Asset Cloud: service levels\n\n## Maintenance\n\n' +
      'Routine maintenance takes place on Saturday nights between 23:00 and 01:00 UTC and lasts no longer than 90 minutes.\n\n' +
      'Customers receive an e-mail at least 72 hours before any scheduled maintenance.\n\n' +
      'Emergency maintenance to apply urgent fixes may start with 30 minutes of notice.\n\n' +
      'For the upgrade on 9 June we notified every customer 4 days in advance.\n';
    expect(notices(text)).toEqual(['PT72H']);
    expectQuotesExact(claimsOf(text).doc, claimsOf(text).claims);
  });

  it('EN: a best-efforts promise and advice give nothing beside a firm promise', () => {
    const text =
      '# Uptime commitments\n\n' +
      'Planned downtime is announced on our status page 10 days in advance.\n\n' +
      'We will use reasonable efforts to give a week of notice for maintenance of the reporting module.\n\n' +
      'A day of notice before routine maintenance is usually enough for small teams.\n';
    expect(notices(text)).toEqual(['P10D']);
  });

  it('PL: Regulamin usługi Tokarnik, przerwy techniczne', () => {
    const text =
      '# Regulamin usługi Tokarnik\n\n§ 6. Przerwy techniczne\n\n' +
      '1. Planowane przerwy techniczne zapowiadamy z 5-dniowym wyprzedzeniem.\n' +
      '2. Przerwy techniczne trwają najwyżej 3 godziny.\n' +
      '3. Prace awaryjne mogą się odbyć bez uprzedzenia.\n';
    expect(notices(text)).toEqual(['P5D']);
  });

  it('PL: informujemy co najmniej 2 dni wcześniej; przeszła przerwa nie jest obietnicą', () => {
    const text =
      '# Komunikaty\n\nO planowanych pracach serwisowych informujemy klientów co najmniej 2 dni wcześniej.\n\n' +
      'O przerwie 3 maja poinformowaliśmy klientów tydzień wcześniej.\n';
    expect(notices(text)).toEqual(['P2D']);
  });
});
