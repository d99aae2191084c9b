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

describe('Yes/No questionnaire tables', () => {
  const en = [
    '# Vendor questionnaire',
    '',
    '| Question | Yes/No | Comment |',
    '|---|---|---|',
    '| Is two-factor authentication offered to users? | No | |',
    '| Is role-based access control available? | Yes | |',
    '| Is single sign-on supported? | Yes | via Okta and Google Workspace |',
    '| Is traffic encrypted in transit? | Yes | TLS 1.2 or newer |',
    '| Is the platform installed on-premises? | No | |',
    '',
  ].join('\n');
  it('en: "No" gives false, never the positive claim', () => {
    const { claims } = claimsOf(en);
    expectClaim(claims, { attribute: 'auth.mfa', value: false });
    expect(claims.some((c) => c.attribute === 'auth.mfa' && c.value === true)).toBe(false);
    expect(claims.some((c) => c.attribute === 'hosting.provider' && c.value === 'on-premises')).toBe(false);
  });
  it('en: "Yes" with an empty comment gives the positive claim; comment details are read, quoted as the row', () => {
    const { doc, claims } = claimsOf(en);
    expectClaim(claims, { attribute: 'access.rbac', value: true });
    expectClaim(claims, { attribute: 'encryption.tls.min_version', value: '1.2' });
    expectClaim(claims, { attribute: 'auth.sso', value: 'okta' });
    expectClaim(claims, { attribute: 'auth.sso', value: 'google' });
    const tls = claims.find((c) => c.attribute === 'encryption.tls.min_version')!;
    expect(tls.quote).toContain('Is traffic encrypted in transit?');
    expect(tls.quote).toContain('TLS 1.2');
    expectQuotesExact(doc, claims);
  });
  it('pl: "Nie" gives false, "Tak" the positive claim', () => {
    const { claims } = claimsOf(
      [
        '# Ankieta bezpieczeństwa',
        '',
        '| Pytanie | Tak/Nie | Uwagi |',
        '|---|---|---|',
        '| Czy oferujecie uwierzytelnianie dwuskładnikowe? | Nie | |',
        '| Czy system ma kontrolę dostępu opartą na rolach? | Tak | |',
        '| Czy ruch jest szyfrowany w tranzycie? | Tak | TLS 1.3 |',
        '',
      ].join('\n'),
    );
    expectClaim(claims, { attribute: 'auth.mfa', value: false });
    expect(claims.some((c) => c.attribute === 'auth.mfa' && c.value === true)).toBe(false);
    expectClaim(claims, { attribute: 'access.rbac', value: true });
    expectClaim(claims, { attribute: 'encryption.tls.min_version', value: '1.3' });
  });
  it('separate Yes and No columns marked with X', () => {
    const { claims } = claimsOf(
      [
        '# Checklist',
        '',
        '| Requirement | Yes | No |',
        '|---|---|---|',
        '| Is two-factor authentication offered to users? | | X |',
        '| Is role-based access control available? | X | |',
        '',
      ].join('\n'),
    );
    expectClaim(claims, { attribute: 'auth.mfa', value: false });
    expect(claims.some((c) => c.attribute === 'auth.mfa' && c.value === true)).toBe(false);
    expectClaim(claims, { attribute: 'access.rbac', value: true });
  });
});

describe('FAQ: a short "no" to a duty, followed by an option, offers the feature', () => {
  it('en', () => {
    const { claims } = claimsOf('# FAQ\n\n## Is two-factor authentication mandatory?\n\nNo, it is not mandatory, but an administrator can enforce it for the whole tenant.\n');
    expectClaim(claims, { attribute: 'auth.mfa', value: true });
    expect(claims.some((c) => c.attribute === 'auth.mfa' && c.value === false)).toBe(false);
  });
  it('pl', () => {
    const { claims } = claimsOf('# FAQ\n\n## Czy uwierzytelnianie dwuskładnikowe jest obowiązkowe?\n\nNie jest obowiązkowe, ale administrator może je włączyć dla całej organizacji.\n');
    expectClaim(claims, { attribute: 'auth.mfa', value: true });
    expect(claims.some((c) => c.attribute === 'auth.mfa' && c.value === false)).toBe(false);
  });
  it('a plain "No" still denies', () => {
    const { claims } = claimsOf('# FAQ\n\n## Do you offer two-factor authentication?\n\nNo, not at present.\n');
    expect(claims.some((c) => c.attribute === 'auth.mfa' && c.value === true)).toBe(false);
  });
});
