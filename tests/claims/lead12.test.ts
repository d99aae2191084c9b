/**
 * Round 11 (lead): classes read on real backup pages and help-centre articles, written in our
 * own words. Each case fails without its fix.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../ingest/load.ts';
import { extractClaims } from '../../src/claims/extract.ts';
import { claimsOf } from './helpers.ts';

/** Claims of a file read as the reader of its format reads it (headings marked). */
async function claimsOfFile(name: string, text: string) {
  const file = join(mkdtempSync(join(tmpdir(), 'seckb-lead12-')), name);
  writeFileSync(file, text);
  return extractClaims(await loadDocument(file)).map((c) => `${c.attribute}=${c.value}${c.qualifiers.type ? ` ${c.qualifiers.type}` : ''}${c.qualifiers.region ? ` ${c.qualifiers.region}` : ''}`);
}

const retention = (text: string) =>
  claimsOf(text)
    .claims.filter((c) => c.attribute === 'backup.retention')
    .map((c) => `${c.value}${c.qualifiers.type ? ` ${c.qualifiers.type}` : ''}`)
    .sort();

describe('a count of kept backups is how long the oldest is kept', () => {
  it('EN: "the last 30 nightly backups", "fourteen daily ... eight weekly ones"', () => {
    expect(retention('# Backups\n\nWe keep the last 30 nightly backups.\n')).toEqual(['P30D daily']);
    expect(retention('# Backups\n\nWe retain fourteen daily backups and eight weekly ones.\n')).toEqual(['P14D daily', 'P8W weekly']);
    expect(retention('# Backups\n\nThe service keeps 6 monthly snapshots.\n')).toEqual(['P6M monthly']);
    expect(retention('# Backups\n\nThe service keeps 24 hourly snapshots.\n')).toEqual(['PT24H']);
  });
  it('PL: "7 ostatnich kopii dziennych", "12 kopii miesięcznych"', () => {
    expect(retention('# Kopie zapasowe\n\nPrzechowujemy 7 ostatnich kopii dziennych oraz 12 kopii miesięcznych.\n')).toEqual(['P12M monthly', 'P7D daily']);
    expect(retention('# Kopie zapasowe\n\nZachowujemy 4 cotygodniowe kopie zapasowe.\n')).toEqual(['P4W weekly']);
    // A ladder in digits: each rung its own keeping, so the daily rung is no contradiction of the whole.
    expect(retention('# Kopie zapasowe\n\nSerwer przechowuje 3 kopie dzienne, 1 kopię tygodniową i 1 kopię miesięczną.\n')).toEqual(['P1M monthly', 'P1W weekly', 'P3D daily']);
  });
  it('a count of backups taken is no keeping; a count of other things is no length', () => {
    expect(retention('# Migration\n\nWe took 3 daily backups of the logs during the migration.\n')).toEqual([]);
    expect(retention('# Backups\n\nA daily backup is kept for 30 days and a monthly backup for 13 months.\n')).toEqual(['P13M monthly', 'P30D daily']);
    expect(retention('# Backups\n\nIn addition, one weekly backup is kept for six months.\n')).toEqual(['P6M weekly']);
    expect(retention('# Backups\n\nBackups are kept for 35 days. We keep 2 copies of each backup in separate regions.\n')).toEqual(['P35D']);
    expect(retention('# Kopie\n\nKopie zapasowe przechowujemy przez 30 dni w 2 lokalizacjach.\n')).toEqual(['P30D']);
  });
});

describe('a card: a deeper heading titles the value line under it', () => {
  it('html cards under a section heading', async () => {
    const html = '<html><body><h2>Backups</h2><div><h4>Daily snapshots</h4><p>Retained for 21 days</p></div><div><h4>Weekly backups</h4><p>Retained for 12 weeks</p></div><h2>Access</h2><p>Staff sign in with SSO.</p></body></html>';
    const got = await claimsOfFile('cards.html', html);
    expect(got).toContain('backup.retention=P21D daily');
    expect(got).toContain('backup.retention=P12W weekly');
  });
  it('markdown: "## Kopie zapasowe" / "### Kopie dzienne" / "Przechowywane przez 14 dni"', async () => {
    const md = '## Kopie zapasowe\n\n### Kopie dzienne\n\nPrzechowywane przez 14 dni\n\n## Dostęp\n\nPracownicy logują się przez SSO.\n';
    expect(await claimsOfFile('karty.md', md)).toContain('backup.retention=P14D daily');
  });
  it('two headings of one level stay a label and its value', async () => {
    const html = '<html><body><h1>Hosting</h1><h3>Data centre</h3><h3>Frankfurt, Germany</h3><p>We run the service on our own servers there, with a second site in Berlin.</p></body></html>';
    expect(await claimsOfFile('pair.html', html)).toContain('hosting.location=DE');
  });
});

describe('a region is the provider\'s named nearest before it', () => {
  const places = (text: string) =>
    claimsOf(text)
      .claims.filter((c) => c.attribute === 'hosting.location')
      .map((c) => `${c.value} ${c.qualifiers.region ?? ''}`)
      .sort();
  it('EN: Google Cloud in Frankfurt, AWS in Stockholm (eu-north-1)', () => {
    expect(places('# Backups\n\nBackups are stored in Google Cloud in Frankfurt and copied every day to AWS in Stockholm (eu-north-1).\n')).toEqual(['DE gcp:europe-west3', 'SE aws:eu-north-1']);
  });
  it('PL: Azure w Amsterdamie, kopie w AWS we Frankfurcie', () => {
    expect(places('# Hosting\n\nAplikacja działa w Microsoft Azure w Amsterdamie, a kopie zapasowe przechowujemy w AWS we Frankfurcie.\n')).toEqual(['DE aws:eu-central-1', 'NL azure:westeurope']);
  });
  it('one provider: its regions as before', () => {
    expect(places('# Hosting\n\nThe service runs on AWS in Frankfurt (eu-central-1), with backups in Stockholm.\n')).toEqual(['DE aws:eu-central-1', 'SE aws:eu-north-1']);
  });
});
