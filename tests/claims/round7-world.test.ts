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
        // The read-only period, then deletion within a further 14 days; the backups 35 days after that.
        { attribute: 'deletion.after_termination', value: 'P44D', qualifiers: {} },
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
