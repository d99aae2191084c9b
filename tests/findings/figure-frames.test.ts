/**
 * The frames added after reading how vendors state two figures that both hold: scopes of one
 * dimension, a service credit, plans as list labels, and how a figure is meant (an option, a
 * typical value, an example, a range, the old value of a change). Sentences written for these
 * tests, EN and PL; each frame also has a near miss that must not take it.
 */
import { describe, expect, it } from 'vitest';
import type { Claim, ClaimValue } from '../../src/claims/types.ts';
import { figureFrameOf, figuresAgree } from '../../src/findings/figure-frames.ts';
import { scopesOf, tiersOf } from '../../src/findings/frame-cues.ts';
import { frameOf, framesApart } from '../../src/findings/statement-frames.ts';

const claim = (value: ClaimValue, attribute = 'backup.retention'): Claim =>
  ({ id: String(value), documentId: 'd', attribute, value, qualifiers: {}, quote: '', start: 0, end: 0, sectionId: 's', lang: 'en' }) as Claim;

describe('scopes', () => {
  it('names the dimension values a statement is about, acronyms in their case only', () => {
    expect(scopesOf('Snapshots of the production database are kept for 35 days.')).toBe('data=database;environment=production;store=primary');
    expect(scopesOf('Incremental copies of attachments run every hour.')).toBe('copy=incremental;data=files');
    expect(scopesOf('For customers hosted in the EU, backups are kept for 14 days.')).toBe('region=eu;store=backup');
    expect(scopesOf('Przyrostowa kopia bazy danych jest wykonywana co godzinę.')).toBe('copy=incremental;data=database');
    expect(scopesOf('Dla klientów ze Stanów Zjednoczonych kopie przechowujemy 30 dni.')).toBe('region=us');
    expect(scopesOf('Let us know; our team will help you.')).toBe('');
  });

  it('sets apart two statements of different values of one dimension, not a general one beside a scoped one', () => {
    const db = frameOf('Database backups are kept for 35 days.');
    const files = frameOf('Backups of uploaded files are kept for 90 days.');
    const both = frameOf('Backups of the database and of every file are kept for 60 days.');
    const general = frameOf('Backups are kept for 30 days.');
    expect(framesApart('backup.retention', db, files)).toBe('scope');
    expect(framesApart('backup.retention', db, both)).toBeUndefined();
    expect(framesApart('backup.retention', db, general)).toBeUndefined();
    expect(framesApart('backup.retention', frameOf('EU tenants: backups 14 days.'), frameOf('US tenants: backups 30 days.'))).toBe('scope');
  });

  it('sets the production store apart from the backup copies for encryption at rest only', () => {
    const production = frameOf('Is customer data on the production servers encrypted at rest? | Yes | Encrypted disks.');
    const backups = frameOf('Are backup copies encrypted at rest? | No | The disks are not encrypted.');
    expect(framesApart('encryption.at_rest', production, backups)).toBe('scope');
    // Snapshots of the production database are backups: the store is their source, not another store.
    expect(framesApart('backup.retention', frameOf('Snapshots of the production database are kept for 35 days.'), frameOf('Backups are kept for 30 days.'))).toBeUndefined();
  });
});

describe('remedies, plans as labels, traffic of a separate part', () => {
  it('a service credit or bonifikata sets its thresholds apart from the commitment', () => {
    const commitment = frameOf('We commit to 99.9% availability each month.');
    expect(framesApart('availability.sla', commitment, frameOf('If availability falls below 99.0%, a service credit of 25% applies.'))).toBe('remedy');
    expect(framesApart('availability.sla', commitment, frameOf('Za każde 0,1% poniżej poziomu przysługuje bonifikata 5%.'))).toBe('remedy');
    expect(framesApart('availability.sla', commitment, frameOf('The platform is available 99.5% of the month.'))).toBeUndefined();
  });

  it('reads a plan name that labels a list item, not any capitalised word before a colon', () => {
    expect(tiersOf('Starter: backups are kept for 7 days.')).toBe('starter');
    expect(tiersOf('Premium – kopie przechowujemy przez 35 dni.')).toBe('premium');
    expect(tiersOf('Backups: kept for 7 days on the Starter edition.')).toBe('starter');
    expect(tiersOf('Note: backups are kept for 7 days.')).toBe('');
  });

  it('a rule for all traffic covers a connector in transit, but not a gateway cache at rest', () => {
    const legacy = frameOf('Our legacy connector still connects over TLS 1.0.');
    const all = frameOf('All traffic to and from the platform uses TLS 1.2 or higher.');
    expect(framesApart('encryption.tls.min_version', legacy, all)).toBeUndefined();
    expect(framesApart('encryption.tls.min_version', legacy, frameOf('The web app uses TLS 1.2.'))).toBe('separate-component');
    const cache = frameOf('The on-site gateway keeps an unencrypted local cache.');
    expect(framesApart('encryption.at_rest', cache, frameOf('Any data we store is encrypted at rest.'))).toBe('separate-component');
    expect(framesApart('encryption.tls.min_version', frameOf('Starszy konektor nadal łączy się przez TLS 1.0.'), frameOf('Cały ruch jest szyfrowany TLS 1.2.'))).toBeUndefined();
  });
});

describe('how a figure is meant', () => {
  it('reads options, typical values, examples, ranges and changes, EN and PL', () => {
    expect(figureFrameOf('Administrators can extend the retention to 180 days.').option).toBe(true);
    expect(figureFrameOf('Administrator może wydłużyć okres do 180 dni.').option).toBe(true);
    expect(figureFrameOf('In practice we usually notify within 24 hours.').typical).toBe(true);
    expect(figureFrameOf('Zazwyczaj odpowiadamy w ciągu 4 godzin.').typical).toBe(true);
    expect(figureFrameOf('For example, if you set 90 days, older backups are removed.').example).toBe(true);
    expect(figureFrameOf('Na przykład, jeśli ustawisz 90 dni, starsze kopie są usuwane.').example).toBe(true);
    expect(figureFrameOf('Retention can be set between 7 and 35 days.').range).toBe(true);
    expect(figureFrameOf('Okres można ustawić od 7 do 35 dni.').range).toBe(true);
    expect(figureFrameOf('Logs are kept 30–90 days depending on their kind.').range).toBe(true);
    expect(figureFrameOf('We increased backup retention from 14 days to 30 days.').changedFrom).toBe('14');
    expect(figureFrameOf('Skróciliśmy okres przechowywania z 90 dni do 30 dni.').changedFrom).toBe('90');
  });

  it('does not take a listed "e.g.", a date or a plain "from" for an example, a range or a change', () => {
    expect(figureFrameOf('Customer data (e.g. work orders) is deleted within 30 days.').example).toBe(false);
    expect(figureFrameOf('Dane, np. zlecenia, usuwamy w ciągu 30 dni.').example).toBe(false);
    expect(figureFrameOf('As of 2026-03-01, backups are kept for 30 days.').range).toBe(false);
    expect(figureFrameOf('Data is deleted 30 days from the end of the contract.').changedFrom).toBeUndefined();
  });

  it('a default beside an option or a how-to step both hold, whatever the value; a default beside a plain rule does not', () => {
    const byDefault = frameOf('Two-factor authentication is optional by default.');
    expect(framesApart('auth.mfa', byDefault, frameOf('Administrators can make it mandatory for every user.'))).toBe('setting');
    expect(framesApart('auth.mfa', byDefault, frameOf('Turn on Require 2FA to make it mandatory.'))).toBe('setting');
    expect(framesApart('auth.mfa', frameOf('Domyślnie 2FA jest opcjonalne.'), frameOf('Administrator może włączyć obowiązkowe 2FA.'))).toBe('setting');
    expect(framesApart('auth.mfa', byDefault, frameOf('Two-factor authentication is mandatory for all users.'))).toBeUndefined();
    expect(figureFrameOf('Make sure that backups are tested.').option).toBe(true);
    expect(figureFrameOf('We make backups every night.').option).toBe(false);
  });

  it('sets apart only figures, and only the old value of a change', () => {
    const option = figureFrameOf('Administrators can extend the retention to 180 days.');
    const plain = figureFrameOf('Backups are kept for 30 days.');
    expect(figuresAgree(claim('P180D'), option, claim('P30D'), plain)).toBe(true);
    expect(figuresAgree(claim('optional', 'auth.mfa'), option, claim('mandatory', 'auth.mfa'), plain)).toBe(false);
    const change = figureFrameOf('We increased backup retention from 14 days to 30 days.');
    expect(figuresAgree(claim('P14D'), change, claim('P30D'), plain)).toBe(true);
    expect(figuresAgree(claim('P30D'), change, claim('P14D'), plain)).toBe(false);
    expect(figuresAgree(claim('P30D'), plain, claim('P90D'), plain)).toBe(false);
  });
});
