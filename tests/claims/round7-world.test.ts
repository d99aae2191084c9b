/**
 * Round 7 dev material (tests/claims/dev7/): documents written in our own words after reading real
 * help-centre, disclosure, sub-processor, logging and backup pages, each with what must be read
 * and the look-alikes that must give nothing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimsOf, expectClaim, type Expect } from './helpers.ts';
import type { Claim } from '../../src/claims/types.ts';

const dev = (name: string) => claimsOf(readFileSync(new URL(`./dev7/${name}`, import.meta.url), 'utf8')).claims;
const quoted = (claims: Claim[], start: string) => claims.filter((c) => c.quote.startsWith(start)).map((c) => `${c.attribute}=${c.value}`);

describe('help-centre cancellation pages', () => {
  const cases: Record<string, { expect: Expect[]; silent: string[] }> = {
    'cancel-help-en.md': {
      expect: [
        // The read-only period, then deletion within a further 14 days (production: the backups follow
        // "35 days after that"); the backups 35 days after that.
        { attribute: 'deletion.after_termination', value: 'P44D', qualifiers: { scope: 'production' } },
        { attribute: 'deletion.after_termination', value: 'P79D', qualifiers: { scope: 'backups' } },
        { attribute: 'deletion.backup_purge', value: 'P35D' },
        { attribute: 'deletion.after_termination', value: 'P30D', qualifiers: { trigger: 'inactivity' } },
        { attribute: 'deletion.after_termination', value: 'P7D', qualifiers: { scope: 'production', trigger: 'account-closure' } },
        { attribute: 'deletion.backup_purge', value: 'P30D' },
        { attribute: 'data.ownership.customer', value: true },
        // A purge of deleted records before, the end of the contract after: each its own length.
        { attribute: 'deletion.backup_purge', value: 'P21D' },
        { attribute: 'deletion.after_termination', value: 'P60D', qualifiers: {} },
      ],
      silent: ['Cancelling only stops', 'Paid features stay'],
    },
    'cancel-help-pl.md': {
      expect: [
        { attribute: 'deletion.after_termination', value: 'P44D', qualifiers: { scope: 'production' } },
        { attribute: 'deletion.after_termination', value: 'P79D', qualifiers: { scope: 'backups' } },
        { attribute: 'deletion.after_termination', value: 'P30D', qualifiers: { trigger: 'inactivity' } },
        { attribute: 'deletion.after_termination', value: 'P7D', qualifiers: { scope: 'production', trigger: 'account-closure' } },
        { attribute: 'deletion.backup_purge', value: 'P30D' },
        { attribute: 'data.ownership.customer', value: true },
        { attribute: 'deletion.backup_purge', value: 'P21D' },
        { attribute: 'deletion.after_termination', value: 'P60D', qualifiers: { scope: 'all' } },
      ],
      silent: ['Anulowanie subskrypcji', 'Płatne funkcje'],
    },
  };
  for (const [file, c] of Object.entries(cases)) {
    it(`${file}: grace periods add up, the vendor's own deletion is no trigger, look-alikes say nothing`, () => {
      const claims = dev(file);
      for (const e of c.expect) expectClaim(claims, e);
      // The backups' purge is the length after the backups, not the account's 7 days before them.
      expect(claims.filter((x) => x.attribute === 'deletion.backup_purge').map((x) => x.value)).not.toContain('P7D');
      // The read-only period is no deletion bound of its own, and nothing counts 30 days from the vendor's deletion.
      expect(claims.filter((x) => x.attribute === 'deletion.after_termination' && x.value === 'P30D' && !x.qualifiers.trigger)).toEqual([]);
      expect(claims.some((x) => x.qualifiers.trigger === 'account-closure' && x.value === 'P44D')).toBe(false);
      for (const s of c.silent) expect(quoted(claims, s)).toEqual([]);
      // Deleted records leaving the backups say nothing of the contract's end; the export's 5 days bound nothing.
      expect(claims.filter((x) => x.attribute === 'deletion.after_termination' && ['P21D', 'P5D', 'P65D'].includes(String(x.value)))).toEqual([]);
    });
  }
});

describe('vulnerability-disclosure pages state nothing of the service', () => {
  for (const file of ['disclosure-policy-en.md', 'disclosure-policy-pl.md']) {
    it(`${file}: PGP-encrypted reports, DoS testing rules, other people's data, out-of-scope lists`, () => {
      const claims = dev(file);
      expect(claims.map((c) => `${c.attribute}=${c.value} <- ${c.quote}`)).toEqual([]);
    });
  }
});

describe('app privacy pages: services named in prose, what stays on the phone', () => {
  const cases: Record<string, { expect: Expect[]; silent: string[] }> = {
    'app-privacy-en.md': {
      expect: [
        { attribute: 'subprocessor', value: 'sentry', qualifiers: {} },
        { attribute: 'subprocessor', value: 'tomtom', qualifiers: {} },
        { attribute: 'subprocessor', value: 'mixpanel', qualifiers: { purpose: 'analytics' } },
        { attribute: 'encryption.at_rest', value: true, qualifiers: { scope: 'local-cache' } },
        { attribute: 'encryption.at_rest', value: false, qualifiers: { scope: 'local-cache' } },
      ],
      silent: ['You can forward', 'Sign in with', 'Photos taken without a connection are kept unencrypted in the phone'],
    },
    'app-privacy-pl.md': {
      expect: [
        { attribute: 'subprocessor', value: 'firebase-crashlytics', qualifiers: {} },
        { attribute: 'subprocessor', value: 'onesignal', qualifiers: {} },
        { attribute: 'encryption.at_rest', value: true, qualifiers: { scope: 'local-cache' } },
        { attribute: 'encryption.at_rest', value: false, qualifiers: { scope: 'local-cache' } },
      ],
      silent: ['Zlecenie możesz przesłać'],
    },
  };
  for (const [file, c] of Object.entries(cases)) {
    it(`${file}: named services become sub-processors, the phone's store is the local cache`, () => {
      const claims = dev(file);
      for (const e of c.expect) expectClaim(claims, e);
      // A store on the phone is the local cache, not the service's database; no connection is no transit.
      expect(claims.filter((x) => x.attribute === 'encryption.at_rest' && x.qualifiers.scope === 'database')).toEqual([]);
      expect(claims.filter((x) => x.attribute === 'encryption.in_transit')).toEqual([]);
      // Platforms and office tools the app runs on or opens are no sub-processors.
      expect(claims.filter((x) => x.attribute === 'subprocessor' && /android|ios|excel|microsoft/.test(String(x.value)))).toEqual([]);
      for (const s of c.silent) expect(quoted(claims, s).filter((x) => !x.startsWith('encryption.at_rest'))).toEqual([]);
    });
  }
});

describe('logging and secure-development pages', () => {
  const cases: Record<string, { expect: Expect[]; silentAttr: string; silent: string[] }> = {
    'logging-en.md': {
      expect: [
        { attribute: 'logging.security_events', value: true },
        { attribute: 'logging.retention', value: 'P12M' },
        { attribute: 'logging.retention', value: 'P30D' },
      ],
      silentAttr: 'logging',
      silent: ['Technicians log', 'The maintenance log', 'Log in with'],
    },
    'logging-pl.md': {
      expect: [
        { attribute: 'logging.security_events', value: true },
        { attribute: 'logging.retention', value: 'P12M' },
        { attribute: 'logging.retention', value: 'P30D' },
      ],
      silentAttr: 'logging',
      silent: ['Logowanie do aplikacji', 'Dziennik prac serwisowych', 'Technicy rejestrują'],
    },
    'sdlc-en.md': {
      expect: [
        { attribute: 'sdlc.code_review', value: true },
        { attribute: 'sdlc.static_analysis', value: true },
        { attribute: 'sdlc.dependency_scanning', value: true },
      ],
      silentAttr: 'sdlc',
      silent: ['Change requests from customers', 'Customers can review'],
    },
    'sdlc-pl.md': {
      expect: [
        { attribute: 'sdlc.code_review', value: true },
        { attribute: 'sdlc.static_analysis', value: true },
        { attribute: 'sdlc.dependency_scanning', value: true },
      ],
      silentAttr: 'sdlc',
      silent: ['Zgłoszenia zmian od klientów', 'Klient może przejrzeć'],
    },
  };
  for (const [file, c] of Object.entries(cases)) {
    it(`${file}: what is logged or reviewed, and look-alikes (working hours, sign-in, customer change requests)`, () => {
      const claims = dev(file);
      for (const e of c.expect) expectClaim(claims, e);
      expect(claims.filter((x) => x.attribute.startsWith(c.silentAttr) && x.value === false)).toEqual([]);
      // A look-alike gives no claim of the page's attribute; 'Logowanie ... przez firmowe konto Microsoft' is a sign-on (azure-ad).
      for (const s of c.silent) expect(quoted(claims.filter((x) => x.attribute.startsWith(c.silentAttr)), s)).toEqual([]);
    });
  }
});

describe('questionnaire answers about backups (EN, PL)', () => {
  for (const [file, region] of [
    ['questionnaire-backup-en.md', 'aws:eu-north-1'],
    ['questionnaire-backup-pl.md', 'azure:swedencentral'],
  ]) {
    it(`${file}: backup region, full-backup cadence, point-in-time window, daily tier; "In progress" states nothing`, () => {
      const claims = dev(file);
      expectClaim(claims, { attribute: 'hosting.location', value: 'SE', qualifiers: { region, role: 'backup' } });
      expectClaim(claims, { attribute: 'backup.frequency', value: 'PT12H', qualifiers: { type: 'full' } });
      expectClaim(claims, { attribute: 'backup.point_in_time_restore', value: true });
      expectClaim(claims, { attribute: 'backup.retention', value: 'P7D', qualifiers: { type: 'point-in-time' } });
      expectClaim(claims, { attribute: 'backup.retention', value: 'P35D', qualifiers: { type: 'daily' } });
      expectClaim(claims, { attribute: 'encryption.at_rest', value: true, qualifiers: { scope: 'backups' } });
      expect(claims.filter((c) => c.attribute === 'review.frequency')).toEqual([]);
    });
  }

  it('a comment column is no plan: one-row sheets keep the length without an edition, and the PITR answer', () => {
    const { claims } = claimsOf('# Q\n\n| Pytanie | Odpowiedź | Komentarz |\n|---|---|---|\n| Czy można przywrócić dane na wybrany moment? | Tak | W oknie ostatnich 10 dni. |\n');
    expectClaim(claims, { attribute: 'backup.retention', value: 'P10D', qualifiers: { type: 'point-in-time' } });
    expectClaim(claims, { attribute: 'backup.point_in_time_restore', value: true });
  });
});

describe('sub-processor annexes with a processing-location column', () => {
  for (const [file, country, region] of [
    ['dpa-annex-pl.md', 'PL', 'azure:polandcentral'],
    ['dpa-annex-en.md', 'DE', 'aws:eu-central-1'],
  ]) {
    it(`${file}: the hosting row's processing place is the hosting location; other rows' places are not`, () => {
      const claims = dev(file);
      expectClaim(claims, { attribute: 'hosting.location', value: country, qualifiers: { region, role: 'production' } });
      // Offices (Gdynia, London) and the e-mail sender's country are where those parties work.
      expect(claims.filter((c) => c.attribute === 'hosting.location').map((c) => c.value)).toEqual([country]);
    });
  }
});
