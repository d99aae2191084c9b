/**
 * Round 12 (claims-data): the hosting provider's row of a list of processors, whose place cell
 * itself says which place serves which role ("Ireland (eu-west-1); backups: Sweden (eu-north-1)",
 * "Polska – produkcja; Niemcy – kopie zapasowe"). The cell is read as a sentence: each place with
 * its own role. Places listed without roles ("Germany, Finland" beside "hosting and backups")
 * still say nothing of which serves which, and another party's places are no hosting. Our own
 * rows, EN and PL.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const places = (text: string) =>
  claimsOf(text)
    .claims.filter((c) => c.attribute === 'hosting.location')
    .map((c) => `${c.value} ${c.qualifiers.role ?? 'production'}${c.qualifiers.region ? ` ${c.qualifiers.region}` : ''}`)
    .sort();

const table = (header: string, rows: string[]) => ['# Sub-processors', '', header, header.replace(/[^|]+/g, '---'), ...rows].join('\n');

describe('a place cell that names each place’s role', () => {
  it('EN: region ids, "backups:" before the second place', () => {
    const text = table('| Provider | Purpose | Data location |', ['| Amazon Web Services EMEA SARL | Hosting of the application | Ireland (eu-west-1); backups: Sweden (eu-north-1) |']);
    expect(places(text)).toEqual(['IE production aws:eu-west-1', 'SE backup aws:eu-north-1']);
  });

  it('EN: roles after a dash, and disaster recovery', () => {
    expect(places(table('| Sub-processor | Purpose | Location |', ['| Hetzner Online GmbH | Server hosting | Germany – production; Finland – backups |']))).toEqual([
      'DE production',
      'FI backup',
    ]);
    const dr = table('| Sub-processor | Purpose | Location |', ['| Microsoft Ireland Operations Ltd | Cloud hosting (Azure) | Primary: France; disaster recovery site: Ireland |']);
    expect(places(dr)).toEqual(['FR production', 'IE failover']);
  });

  it('PL: roles after a dash, and "kopie zapasowe:" before the place', () => {
    expect(places(table('| Podmiot | Cel | Lokalizacja danych |', ['| OVH sp. z o.o. | hosting aplikacji | Polska – produkcja; Niemcy – kopie zapasowe |']))).toEqual([
      'DE backup',
      'PL production',
    ]);
    expect(places(table('| Podmiot | Kategoria | Lokalizacja danych |', ['| Google Cloud Poland sp. z o.o. | Hosting (Google Cloud) | Polska, kopie zapasowe: Belgia |']))).toEqual([
      'BE backup',
      'PL production',
    ]);
  });
});

describe('look-alikes', () => {
  it('places without roles beside "hosting and backups" say nothing of which is which', () => {
    expect(places(table('| Provider | Purpose | Location |', ['| Hetzner Online GmbH | hosting and backups | Germany, Finland |']))).toEqual([]);
  });
  it('another party’s place cell with a backups word is no hosting place', () => {
    expect(places(table('| Provider | Purpose | Location |', ['| Zendesk, Inc. | Support tickets | USA; backups: Ireland |']))).toEqual([]);
  });
});
