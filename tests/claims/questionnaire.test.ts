import { describe, expect, it } from 'vitest';
import { claimsOf, expectClaim, expectNoClaim, expectQuotesExact } from './helpers.ts';

describe('two-step deletion: production first, backups after a further period', () => {
  it('en: the backup step is the sum of both lengths', () => {
    const { doc, claims } = claimsOf('# Exit\n\nOnce the contract ends, tenant records are erased within 45 days, and purged from backup copies after a further 30 days.\n');
    expectClaim(claims, { attribute: 'deletion.after_termination', value: 'P75D', qualifiers: { scope: 'backups' } });
    expectClaim(claims, { attribute: 'deletion.after_termination', value: 'P45D', qualifiers: { scope: 'production' } });
    expect(claims.filter((c) => c.attribute === 'deletion.after_termination' && c.value === 'P30D')).toEqual([]);
    expectQuotesExact(doc, claims);
  });
  it('pl: "po kolejnych N dniach" adds to the first length', () => {
    const { claims } = claimsOf('# Zakończenie współpracy\n\nPo wygaśnięciu umowy dane użytkowników usuwamy w ciągu 14 dni, a z kopii zapasowych po kolejnych 21 dniach.\n');
    expectClaim(claims, { attribute: 'deletion.after_termination', value: 'P35D', qualifiers: { scope: 'backups' } });
    expectClaim(claims, { attribute: 'deletion.after_termination', value: 'P14D', qualifiers: { scope: 'production' } });
    expect(claims.some((c) => c.attribute === 'deletion.after_termination' && c.value === 'P21D')).toBe(false);
  });
  it('one length stays unscoped', () => {
    const { claims } = claimsOf('# Exit\n\nAfter termination, customer data is deleted within 60 days.\n');
    expectClaim(claims, { attribute: 'deletion.after_termination', value: 'P60D', qualifiers: {} });
    expectNoClaim(claims.filter((c) => c.value !== 'P60D'), 'deletion.after_termination');
  });
});
