/** Where copies come from and where they go: "from X to Y" gives Y the cue's role, X keeps production. */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const places = (md: string) =>
  claimsOf(`# Hosting\n\n${md}\n`)
    .claims.filter((c) => c.attribute === 'hosting.location')
    .map((c) => `${c.value}:${c.qualifiers.role}`)
    .sort();

describe('hosting.location roles in "from ... to ..."', () => {
  it.each([
    ['Backups are replicated from Stockholm to Frankfurt.', ['DE:backup', 'SE:production']],
    ['Figure 2. Backup replication from Stockholm to Frankfurt', ['DE:backup', 'SE:production']],
    ['Backups are copied from the Frankfurt region to Dublin every night.', ['DE:production', 'IE:backup']],
    ['Kopie zapasowe są replikowane ze Sztokholmu do Frankfurtu.', ['DE:backup', 'SE:production']],
    ['Co noc kopie zapasowe są przesyłane z Warszawy do Frankfurtu.', ['DE:backup', 'PL:production']],
  ])('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it('leaves a destination without an origin as it was', () => {
    expect(places('Backups are stored in Frankfurt.')).toEqual(['DE:backup']);
    expect(places('Kopie zapasowe przechowujemy we Frankfurcie.')).toEqual(['DE:backup']);
  });
});

describe('two cities of one country', () => {
  it.each([
    ['Customer data lives in our Munich data centre; backups are kept in a second site in Hamburg.', ['DE:backup', 'DE:production']],
    ['Dane klientów przechowujemy w Krakowie, a kopie zapasowe w Gdańsku.', ['PL:backup', 'PL:production']],
  ])('are two places, each with its own role: %s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it('one city named twice is one place', () => {
    expect(places('Backups are stored in Frankfurt (Frankfurt am Main, Germany).')).toEqual(['DE:backup']);
  });
});
