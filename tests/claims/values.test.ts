/**
 * The typed value extractors on their own, each in English and Polish (sentences written for
 * these tests). The whole engine is exercised by rule-examples.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { UnitContext } from '../../src/claims/context.ts';
import { lexiconFor } from '../../src/claims/lexicon.ts';
import { certification } from '../../src/claims/values/certification.ts';
import { countBefore, numberBefore, tier } from '../../src/claims/values/count.ts';
import { findDurations } from '../../src/claims/values/duration.ts';
import { findFrequencies } from '../../src/claims/values/frequency.ts';
import { location } from '../../src/claims/values/location.ts';
import { subprocessor } from '../../src/claims/values/organisation.ts';
import { findPercents } from '../../src/claims/values/percent.ts';
import { provider } from '../../src/claims/values/provider.ts';
import { table } from '../../src/claims/values/table.ts';
import { tlsMin } from '../../src/claims/values/tls.ts';
import type { Extractor, ValueSpec } from '../../src/claims/values/types.ts';
import type { SeckbDocument } from '../../src/model/types.ts';

function ctxOf(text: string, lang: string, extra: Partial<UnitContext> = {}): UnitContext {
  return { doc: {} as SeckbDocument, text, start: 0, end: text.length, sectionId: 's', lang, lex: lexiconFor(lang), heading: '', before: '', ...extra };
}

function run(fn: Extractor, text: string, lang: string, spec: Partial<ValueSpec> = {}, extra: Partial<UnitContext> = {}) {
  return fn({ text, offset: 0 }, { kind: 'test', ...spec }, ctxOf(text, lang, extra));
}

const values = (fn: Extractor, text: string, lang: string, spec: Partial<ValueSpec> = {}, extra: Partial<UnitContext> = {}) =>
  run(fn, text, lang, spec, extra).map((e) => e.value);

describe('duration', () => {
  const cases: Array<[string, string, string[]]> = [
    ['en', 'kept for 30 days', ['P30D']],
    ['en', 'kept for thirty (30) days', ['P30D']],
    ['en', 'within 1 to 3 months', ['P3M']],
    ['en', 'locked for half an hour', ['PT30M']],
    ['pl', 'przez 30 dni', ['P30D']],
    ['pl', 'od 7 do 14 dni', ['P14D']],
    ['pl', 'przez pół roku', ['P6M']],
    ['pl', 'z trzymiesięcznym wyprzedzeniem', ['P3M']],
  ];
  for (const [lang, text, iso] of cases) it(`${lang}: ${text}`, () => expect(findDurations(text, lexiconFor(lang)).map((d) => d.iso)).toEqual(iso));
});

describe('frequency', () => {
  const cases: Array<[string, string, string[]]> = [
    ['en', 'taken daily', ['P1D']],
    ['en', 'every 12 hours', ['PT12H']],
    ['en', 'four times a year', ['P3M']],
    ['pl', 'codziennie', ['P1D']],
    ['pl', 'co tydzień', ['P1W']],
    ['pl', 'dwa razy do roku', ['P6M']],
  ];
  for (const [lang, text, iso] of cases) it(`${lang}: ${text}`, () => expect(findFrequencies(text, lexiconFor(lang)).map((d) => d.iso)).toEqual(iso));
  it('an adjective of a length is no frequency', () => expect(findFrequencies('3-miesięcznym okresem', lexiconFor('pl'))).toEqual([]));
});

describe('percent', () => {
  it('en: decimal point and word', () => expect(findPercents('99.95% or 99.9 percent', lexiconFor('en')).map((p) => p.value)).toEqual([99.95, 99.9]));
  it('pl: decimal comma and word', () => expect(findPercents('99,95 % lub 99,9 procent', lexiconFor('pl')).map((p) => p.value)).toEqual([99.95, 99.9]));
});

describe('count', () => {
  it('en: digits and words before the anchor', () => {
    expect(numberBefore('after five failed', 17, lexiconFor('en'))).toBe(5);
    expect(values(countBefore, 'locked after 6 failed attempts', 'en', { anchor: 'attemptWord' })).toEqual([6]);
  });
  it('pl: inflected number words', () => expect(values(countBefore, 'po pięciu nieudanych próbach', 'pl', { anchor: 'attemptWord' })).toEqual([5]));
  it('tier in Roman numerals and digits', () => {
    expect(values(tier, 'a Tier III data centre', 'en')).toEqual([3]);
    expect(values(tier, 'centrum danych klasy Tier 4', 'pl')).toEqual([4]);
  });
});

describe('provider', () => {
  it('en: names and spellings', () => expect(values(provider, 'hosted on Amazon Web Services and MS Azure', 'en')).toEqual(['aws', 'azure']));
  it('en: a denied own data centre is no on-premises hosting', () => expect(values(provider, 'we do not operate our own data centres', 'en')).toEqual([]));
  it('pl: own server room', () => expect(values(provider, 'we własnej serwerowni', 'pl')).toEqual(['on-premises']));
});

describe('location', () => {
  it('en: region name and country in brackets are one place', () => {
    expect(run(location, 'runs in Azure West Europe (Netherlands)', 'en')).toEqual([{ value: 'NL', qualifiers: { role: 'production', region: 'azure:westeurope' } }]);
  });
  it('en: a country without a preposition is no place', () => expect(run(location, 'US banks use it', 'en')).toEqual([]));
  it('pl: inflected countries take their role cue', () => {
    expect(run(location, 'serwery w Niemczech, a kopie zapasowe w Holandii', 'pl').map((e) => [e.value, e.qualifiers?.role])).toEqual([
      ['DE', 'production'],
      ['NL', 'backup'],
    ]);
  });
  it('pl: a single-region city of the document provider', () => {
    expect(run(location, 'dane są we Frankfurcie', 'pl', {}, { docProvider: 'aws' })).toEqual([{ value: 'DE', qualifiers: { role: 'production', region: 'aws:eu-central-1' } }]);
  });
});

describe('certification', () => {
  it('en: vendor certificate with report type', () => {
    expect(run(certification, 'We hold a SOC 2 Type II report.', 'en')).toEqual([{ value: 'soc2', attribute: 'cert.vendor', qualifiers: { type: '2' } }]);
  });
  it('en: a provider as subject makes it infrastructure', () => {
    expect(run(certification, 'AWS is certified to ISO 27001.', 'en')).toEqual([{ value: 'iso27001', attribute: 'cert.infrastructure', qualifiers: { holder: 'aws' } }]);
  });
  it('pl: a cited control and an example are no certificate', () => {
    expect(run(certification, 'Zgodnie z ISO 27001, pkt 5.', 'pl')).toEqual([]);
    expect(run(certification, 'Stosujemy normy, np. ISO 27001.', 'pl')).toEqual([]);
  });
});

describe('tls', () => {
  it('en: a floor and a list', () => {
    expect(values(tlsMin, 'TLS 1.2 or higher', 'en')).toEqual(['1.2']);
    expect(values(tlsMin, 'TLS 1.0, 1.1 and 1.2', 'en')).toEqual(['1.0']);
    expect(values(tlsMin, 'TLS 1.0 and 1.1 are disabled', 'en')).toEqual([]);
  });
  it('pl: "co najmniej w wersji" and disabled versions', () => {
    expect(values(tlsMin, 'TLS co najmniej w wersji 1.2', 'pl')).toEqual(['1.2']);
    expect(values(tlsMin, 'TLS 1.0 i 1.1 są wyłączone', 'pl')).toEqual([]);
  });
});

describe('cipher and other named values', () => {
  it('en/pl: a cipher by its table name', () => {
    expect(values(table, 'encrypted with AES-256', 'en', { table: 'algorithms' })).toEqual(['aes-256']);
    expect(values(table, 'szyfrowane algorytmem AES-256', 'pl', { table: 'algorithms' })).toEqual(['aes-256']);
  });
});

describe('organisation', () => {
  it('en: a provider noun with a name in brackets', () => {
    expect(run(subprocessor, 'Payments go through our payment provider (Acmepay).', 'en').map((e) => e.value)).toEqual(['acmepay']);
  });
  it('pl: a labelled list of names with purposes', () => {
    expect(run(subprocessor, 'Podwykonawcy: Acme Mail (e-mail), Chatly (czat).', 'pl').map((e) => e.value)).toEqual(['acme-mail', 'chatly']);
  });
});
