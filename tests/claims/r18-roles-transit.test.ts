/**
 * Round 18 (claims): two classes from real residency and security pages, in our own wording.
 * A role told after its place with "as" ("Paris as the primary region and Milan as the standby
 * region", "Gdańsk jako lokalizacja zapasowa") is that place's, not the next place's; roles listed
 * together ("primary and secondary sites are in X") share their place; and TLS used
 * "for data in transit" is encryption in transit.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const places = (text: string) =>
  claimsOf(text)
    .claims.filter((c) => c.attribute === 'hosting.location')
    .map((c) => `${c.value}/${c.qualifiers.role}${c.qualifiers.region ? `/${c.qualifiers.region}` : ''}`)
    .sort();

const transit = (text: string) =>
  claimsOf(text)
    .claims.filter((c) => c.attribute === 'encryption.in_transit')
    .map((c) => c.value);

describe('a role after its place', () => {
  it('EN: "X (provider id) as the primary region and Y (provider id) as the recovery region"', () => {
    expect(places('# Data residency\n\nCustomer data lives in Paris (AWS eu-west-3) as the primary region and Stockholm (AWS eu-north-1) as the disaster-recovery region.\n')).toEqual([
      'FR/production/aws:eu-west-3',
      'SE/failover/aws:eu-north-1',
    ]);
  });
  it('PL: "X jako ..., Y jako lokalizacja zapasowa"', () => {
    expect(places('# Lokalizacja danych\n\nDane klientów przechowujemy w Niemczech jako lokalizacji podstawowej oraz w Austrii jako lokalizacji zapasowej.\n')).toEqual(['AT/failover', 'DE/production']);
  });
  it('a cue before its place keeps reaching forward', () => {
    expect(places('# Hosting\n\nThe service runs in Germany, and the failover site is in Austria.\n')).toEqual(['AT/failover', 'DE/production']);
  });
});

describe('roles listed together share their place', () => {
  it('EN and PL', () => {
    expect(places('# Hosting\n\nOur primary and secondary sites are both located in Finland.\n')).toEqual(['FI/failover', 'FI/production']);
    expect(places('# Hosting\n\nProduction and backups stay in Sweden.\n')).toEqual(['SE/backup', 'SE/production']);
    expect(places('# Hosting\n\nPodstawowe i zapasowe centrum danych mieszczą się w Polsce.\n')).toEqual(['PL/failover', 'PL/production']);
  });
  it('roles with places of their own keep them', () => {
    expect(places('# Hosting\n\nProduction runs in Finland and the failover site is in Sweden.\n')).toEqual(['FI/production', 'SE/failover']);
  });
});

describe('TLS for data in transit', () => {
  it('EN and PL', () => {
    expect(transit('# Security\n\nWe rely on TLS for every piece of data in transit.\n')).toEqual([true]);
    expect(transit('# Bezpieczeństwo\n\nKorzystamy z TLS dla danych w tranzycie.\n')).toEqual([true]);
  });
  it('a question or a denial is no promise', () => {
    expect(transit('# Questions\n\nIs TLS used for data in transit?\n')).toEqual([]);
  });
});
