/**
 * Whose certificate a sentence states, from how small vendors write their security pages: a
 * programme that only follows a standard and will seek certification later holds none; a
 * vendor that builds on certified infrastructure or services cites that infrastructure's.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectClaim, expectNoClaim } from './helpers.ts';

describe('certificates: held, applied, or the infrastructure’s', () => {
  it('a standard followed, with certification only pursued later, is no certificate', () => {
    const { claims } = claimsOf('# Security\n\nOur security programme follows the principles of ISO 27001 and SOC 2, and we will pursue formal certification as we grow.\n');
    expectNoClaim(claims, 'cert.vendor');
  });

  it('certified infrastructure and services the vendor uses are cert.infrastructure', () => {
    const { claims } = claimsOf('# Compliance\n\nWe only build on infrastructure and services that are either ISO 27001 certified or SOC 2 audited.\n');
    expectNoClaim(claims, 'cert.vendor');
    expectClaim(claims, { attribute: 'cert.infrastructure', value: 'iso27001' });
  });

  it('standards applied beside compliance with the law are no certificate (PL)', () => {
    const { claims } = claimsOf('# Polityka\n\nStosujemy międzynarodowe standardy bezpieczeństwa informacji (w tym ISO 27001) oraz pełną zgodność z przepisami RODO.\n');
    expectNoClaim(claims, 'cert.vendor');
  });

  it('conformity with the standard, confirmed by an audit, still counts (PL)', () => {
    const { claims } = claimsOf('# Polityka\n\nNasze procesy są zgodne z normą ISO 27001, co potwierdza coroczny audyt.\n');
    expectClaim(claims, { attribute: 'cert.vendor', value: 'iso27001' });
  });

  it('the vendor’s own certificate still counts', () => {
    const { claims } = claimsOf('# Compliance\n\nWe are ISO 27001 certified; our certificate is renewed every three years.\n');
    expectClaim(claims, { attribute: 'cert.vendor', value: 'iso27001' });
    expect(claims.some((c) => c.attribute === 'cert.infrastructure')).toBe(false);
  });
});
