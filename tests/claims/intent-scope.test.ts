/**
 * A plan joined to a fact by "and"/"but" ("... for 30 days and plan to add a second region") is a
 * clause of its own: the plan holds nothing, the fact before it still stands. Where the plan governs
 * the value itself ("We plan to keep backups for 90 days") nothing is claimed.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectClaim } from './helpers.ts';

const facts: Array<[string, string, string | boolean]> = [
  ['We keep backups for 30 days and plan to add a second region in 2027.', 'backup.retention', 'P30D'],
  ['Audit logs are kept for 12 months but are not yet stored in a write-once store (planned for 2027).', 'logging.retention', 'P12M'],
  ['Nightly snapshots are retained for 21 days and are planned to move to immutable storage next quarter.', 'backup.retention', 'P21D'],
  ['All connections use TLS 1.2 or higher and we intend to require TLS 1.3 from next year.', 'encryption.tls.min_version', '1.2'],
  ['Security events are logged centrally and the team aims to add user-behaviour analytics.', 'logging.security_events', true],
  ['Kopie zapasowe przechowujemy 30 dni i planujemy dodać drugi region w 2027 r.', 'backup.retention', 'P30D'],
  ['Dzienniki zdarzeń przechowujemy przez rok oraz planujemy wydłużyć ten okres do dwóch lat.', 'logging.retention', 'P1Y'],
  ['Logi audytowe trzymamy 6 miesięcy, ale nie są jeszcze zapisywane w magazynie niezmiennym.', 'logging.retention', 'P6M'],
];

// A sentence read whole (where each place has its role) drops only the clause that plans.
const places: Array<[string, string[]]> = [
  ['Customer data is hosted in Frankfurt; a move to Paris is planned for 2027.', ['DE']],
  ['Dane klientów przechowujemy we Frankfurcie, a migrację do Paryża planujemy na 2027 r.', ['DE']],
  ['We plan to host data in Paris; today it is hosted in Frankfurt.', ['DE']],
  ['Customer data is hosted in Frankfurt; we are also adding a region in Paris.', ['DE']],
  ['We plan to move hosting to Paris and Amsterdam.', []],
];

describe('a plan joined to a fact', () => {
  for (const [text, attribute, value] of facts) {
    it(`keeps the fact: ${text.slice(0, 60)}`, () => expectClaim(claimsOf(text).claims, { attribute, value }));
  }
});

describe('a planned place beside a hosted one', () => {
  for (const [text, countries] of places) {
    it(`hosts only where data is today: ${text.slice(0, 60)}`, () => {
      const hosted = claimsOf(text).claims.filter((c) => c.attribute === 'hosting.location').map((c) => c.value);
      expect(hosted).toEqual(countries);
    });
  }
});

describe('look-alikes: the plan governs the value', () => {
  const plans = [
    'We plan to keep backups for 90 days and to add a second region.',
    'We plan to encrypt backups and to keep them 30 days.',
    'Planujemy przechowywać kopie zapasowe 90 dni i dodać drugi region.',
    'Longer log retention of 24 months is planned and will be offered on the Enterprise plan.',
    'W przyszłym roku zamierzamy przechowywać logi przez 2 lata i udostępnić je klientom.',
  ];
  for (const text of plans) {
    it(`claims nothing held: ${text.slice(0, 60)}`, () => {
      const held = claimsOf(text).claims.filter((c) => c.value !== false);
      expect(held.map((c) => `${c.attribute}=${String(c.value)}`)).toEqual([]);
    });
  }
});
