/**
 * Round 18 (vocabulary): data kept in an area, not a country (README "Claims: data residency by
 * area"): `hosting.area` `eu` or `eea`, with hosting.location's roles. Invented vendors in our own
 * words, EN and PL; each case holds a statement that must give the area beside look-alikes that
 * must give nothing: a transfer allowed under safeguards, a customer's choice of region, an
 * explainer, a sub-processor's region, a buyer's requirement, a country that already says more.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectQuotesExact } from './helpers.ts';

const areas = (text: string) =>
  claimsOf(text)
    .claims.filter((c) => c.attribute === 'hosting.area')
    .map((c) => `${c.value}:${c.qualifiers.role}`);

describe('hosting.area: the EU or the EEA named as where data is kept', () => {
  it('EN: a trust page of Brackenfold Maintenance', () => {
    const text =
      '# Brackenfold Maintenance: where your data lives\n\n' +
      'Every work order, asset record and attachment is stored in the European Union.\n\n' +
      'When you open an account you pick a language; invoices are issued by our Dutch entity.\n\n' +
      'Transfers to our US support contractor rely on the EU-US Data Privacy Framework.\n';
    expect(areas(text)).toEqual(['eu:production']);
    expectQuotesExact(claimsOf(text).doc, claimsOf(text).claims);
  });

  it('EN: a denial of data leaving the area is that area; "EU/EEA" is the EEA', () => {
    const text =
      '# Data protection at Quillhaven\n\n' +
      'Customer records never leave the EEA.\n\n' +
      'Our servers sit in EU/EEA data centres run by a local operator.\n\n' +
      'We send data outside the EEA only where standard contractual clauses are in place.\n';
    // One claim per statement: the first two sentences, not the third.
    expect(areas(text)).toEqual(['eea:production', 'eea:production']);
  });

  it('EN: an area for the backups beside a country for production; a country of the same role says more', () => {
    expect(areas('# Hosting\n\nProduction runs in Vienna, Austria, and every nightly backup stays inside the EU.\n')).toEqual(['eu:backup']);
    expect(areas('# Hosting\n\nAll data is hosted in the EU, in our Lisbon (Portugal) facility.\n\nOur database never leaves the EU.\n')).toEqual(['eu:production']);
  });

  it('EN: look-alikes beside one statement: a choice of region, a hedge, an explainer, a sub-processor, a deployment note', () => {
    const text =
      '# Residency at Tallowmere\n\n' +
      'All plant data is held on servers within the European Union.\n\n' +
      'At sign-up an administrator can choose to keep the workspace in the EU or in the US.\n\n' +
      'In principle we store personal data in the EU, although some vendors process it elsewhere.\n\n' +
      'Keeping data in the EU makes GDPR compliance simpler for most buyers.\n\n' +
      'Error reports go to Sentry, which stores them on servers in the EU.\n\n' +
      'The 2.4 release was deployed to the EU region on Tuesday.\n\n' +
      'We serve customers in the EU and the UK.\n';
    expect(areas(text)).toEqual(['eu:production']);
  });

  it('PL: Smarownik, strona o RODO', () => {
    const text =
      '# Smarownik: gdzie są Twoje dane\n\n' +
      'Dane klientów przechowujemy wyłącznie na terenie Unii Europejskiej.\n\n' +
      'Klient może wybrać, czy konto ma działać w regionie UE, czy w USA.\n\n' +
      'Dane mogą być przekazywane poza EOG na podstawie standardowych klauzul umownych.\n';
    expect(areas(text)).toEqual(['eu:production']);
    expectQuotesExact(claimsOf(text).doc, claimsOf(text).claims);
  });

  it('PL: denial of transfer outside the EEA; a buyer requirement and an exception give nothing', () => {
    const text =
      '# Odpowiedzi na pytania do zapytania ofertowego\n\n' +
      'Wymaganie 2: Zamawiający wymaga, aby dane były przechowywane na terytorium EOG.\n\n' +
      'Odpowiedź: Dane nie są przekazywane poza Europejski Obszar Gospodarczy.\n\n' +
      'Nie przekazujemy danych poza UE bez pisemnej zgody klienta.\n';
    expect(areas(text)).toEqual(['eea:production']);
  });

  it('PL: kopie zapasowe w UE obok serwerów w Polsce', () => {
    expect(areas('# Hosting\n\nSerwery produkcyjne działają w Gdańsku, a kopie zapasowe trafiają do ośrodka na terenie UE.\n')).toEqual(['eu:backup']);
  });
});
