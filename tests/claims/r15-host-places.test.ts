/**
 * Round 15 (claims-data): two structures of real sub-processor and residency pages, in our own words.
 * 1. A host name ("status.acme.dev", "backup.acme.io") holds words that are role cues; a label of
 *    a host name names no environment or copy (values/hostname.ts).
 * 2. A sub-processor table's Country column written as codes ("DE", "US"): a whole cell that is a
 *    code is that country (values/country-cell.ts); codes that are also words ("NO", "IT") are not.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const places = (text: string) =>
  claimsOf(text)
    .claims.filter((c) => c.attribute === 'hosting.location')
    .map((c) => `${String(c.value)} ${String(c.qualifiers.role)}`)
    .sort();

describe('a host name is no role cue', () => {
  it.each([
    ['Status updates are published on status.acme.dev, and all customer data is hosted in Frankfurt.', ['DE production']],
    ['Our public docs live at docs.example.dev; the application itself runs in Ireland.', ['IE production']],
    ['Mail for backup.acme.io is delivered by our own servers in the Netherlands.', ['NL production']],
    ['Pocztę domeny backup.acme.pl obsługują nasze serwery w Polsce.', ['PL production']],
    ['Portal deweloper.acme.pl działa na serwerach w Niemczech.', ['DE production']],
  ])('%s', (text, want) => {
    expect(places(text)).toEqual(want);
  });
});

describe('look-alikes: a cue word outside a host name keeps its role', () => {
  it.each([
    ['The development environment runs in Germany.', ['DE development']],
    ['Backups are kept in Germany.', ['DE backup']],
    ['Kopie zapasowe przechowujemy w Niemczech.', ['DE backup']],
    ['Customer data is hosted in Ireland.Backups are kept in Sweden.', ['IE production', 'SE backup']],
  ])('%s', (text, want) => {
    expect(places(text)).toEqual(want);
  });
});

const polish = (header: string) => /Podmiot|Kraj|Cel|Lokalizacja/.test(header);
const table = (header: string, ...rows: string[]) => `# ${polish(header) ? 'Podprocesorzy' : 'Sub-processors'}\n\n| ${header} |\n|${header.split('|').map(() => '---').join('|')}|\n${rows.map((r) => `| ${r} |`).join('\n')}\n`;

describe('a country code cell of a sub-processor table', () => {
  it.each([
    [table('Provider | Country | Purpose', 'Amazon Web Services EMEA SARL | DE | Hosting of the platform', 'Mailgun Technologies | US | Transactional e-mail'), ['DE production']],
    [table('Sub-processor | Country | Service', 'Microsoft Azure | NL | Cloud hosting and databases'), ['NL production']],
    [table('Nazwa podmiotu | Kraj | Cel przetwarzania', 'OVHcloud SAS | FR | Hosting serwerów aplikacji', 'Przelewy24 sp. z o.o. | PL | Płatności'), ['FR production']],
    [table('Dostawca | Kraj | Cel przetwarzania', 'Google Cloud Platform | PL | Hosting i baza danych'), ['PL production']],
  ])('%s', (text, want) => {
    expect(places(text)).toEqual(want);
  });
});

describe('look-alikes: codes that are words, and codes outside cells', () => {
  it.each([
    [table('Question | Answer', 'Is customer data hosted outside the EEA? | NO')],
    [table('Team | Responsibility', 'IT | Hosting of the servers and databases')],
    ['Our hosting partner is a DE company with an office in Berlin.'],
    ['Dostawca hostingu to firma z PL, która ma siedzibę w Krakowie.'],
  ])('%s', (text) => {
    expect(places(text)).toEqual([]);
  });
});

/**
 * 3. A third party that holds the copies ("off-site backup storage", "przechowywanie kopii
 *    zapasowych") keeps them at its place: a backup location, beside its sub-processor claim.
 * 4. A place cell that opens with the country as a sentence of its own ("Germany. EU company, no
 *    transfer outside the EEA."): the country is the value.
 */
describe('a sub-processor that holds the backups', () => {
  it.each([
    [table('Provider | Country | Purpose', 'Hetzner Online GmbH | DE | Server hosting', 'Wasabi Technologies | US | Off-site backup storage'), ['DE production', 'US backup']],
    [table('Provider | Location | Purpose', 'Microsoft Azure | Netherlands | Hosting', 'Storj Labs | Germany | Storage of encrypted database backups'), ['DE backup', 'NL production']],
    [table('Podmiot | Lokalizacja | Cel', 'Oktawave | Polska | Hosting aplikacji', 'Beyond.pl | Polska | Przechowywanie kopii zapasowych'), ['PL backup', 'PL production']],
    [table('Provider | Purpose | Location and safeguards', 'Hetzner | Cloud hosting | Germany. EU company, EU-hosted. No transfer outside the EEA.'), ['DE production']],
  ])('%s', (text, want) => {
    expect(places(text)).toEqual(want);
  });
});

describe('look-alikes: a third party that only works with backups, or a long sentence opening with a country', () => {
  it.each([
    [table('Provider | Country | Purpose', 'Cronitor | US | Monitoring of backup jobs')],
    [table('Nazwa podmiotu | Kraj | Cel przetwarzania', 'Mailgun Technologies Inc. | US | Powiadomienia e-mail o kopiach zapasowych')],
    [table('Provider | Location | Purpose', 'Sentry | United States. US company that receives error reports from our servers | Error tracking')],
  ])('%s', (text) => {
    expect(places(text)).toEqual([]);
  });
});

/**
 * 5. Backups named as one item of a list of things a place holds ("servers, databases and backups
 *    are in X") are kept there beside the service: production and backup, as "including backups".
 * 6. Hetzner's locations by code or city ("hel1", "Falkenstein") are regions of that provider.
 */
const regions = (text: string) =>
  claimsOf(text)
    .claims.filter((c) => c.attribute === 'hosting.location')
    .map((c) => `${String(c.value)} ${String(c.qualifiers.role)}${c.qualifiers.region ? ` ${String(c.qualifiers.region)}` : ''}`)
    .sort();

describe('backups listed with the things a place holds', () => {
  it.each([
    ['Our application servers, the database and all backups are located in Germany.', ['DE backup', 'DE production']],
    ['Customer files and nightly backups are stored in the Netherlands.', ['NL backup', 'NL production']],
    ['Backups, logs and databases are kept in Ireland.', ['IE backup', 'IE production']],
    ['Serwery aplikacji, bazy danych oraz kopie zapasowe znajdują się w Polsce.', ['PL backup', 'PL production']],
    ['Dane klientów i kopie zapasowe przechowujemy w Niemczech.', ['DE backup', 'DE production']],
  ])('%s', (text, want) => {
    expect(places(text)).toEqual(want);
  });
});

describe('look-alikes: backups that are the subject of a clause of their own', () => {
  it.each([
    ['Customer data is hosted in Ireland, and backups in Germany.', ['DE backup', 'IE production']],
    ['Data is hosted by our provider, and backups are kept in Germany.', ['DE backup']],
    ['Database backups are stored in the Netherlands.', ['NL backup']],
    ['Dane przechowujemy w Polsce, a kopie zapasowe w Niemczech.', ['DE backup', 'PL production']],
  ])('%s', (text, want) => {
    expect(places(text)).toEqual(want);
  });
});

describe("a Hetzner location is that provider's region", () => {
  it.each([
    ['Our servers are rented from Hetzner in the hel1 location.', ['FI production hetzner:hel1']],
    ['The platform runs on Hetzner Cloud in Falkenstein.', ['DE production hetzner:fsn1']],
    ['Korzystamy z serwerów Hetzner w Norymberdze; kopie zapasowe trafiają do lokalizacji fsn1.', ['DE backup hetzner:fsn1', 'DE production hetzner:nbg1']],
  ])('%s', (text, want) => {
    expect(regions(text)).toEqual(want);
  });
  it.each([
    ['The platform runs on Hetzner servers in Germany.', ['DE production']],
    ['The platform runs on Amazon Web Services in Frankfurt.', ['DE production aws:eu-central-1']],
  ])('look-alike: no Hetzner location named, or another provider: %s', (text, want) => {
    expect(regions(text)).toEqual(want);
  });
});
