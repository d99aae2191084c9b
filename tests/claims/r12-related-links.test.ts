/**
 * Round 12 (claims-access): a help page ends with links to other articles ("Related articles",
 * "Zobacz też"): their titles ("Two-step verification for admins") name topics, they state
 * nothing. The same line in a list of features still does. Our own wording, EN and PL.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const read = (text: string) => claimsOf(text).claims.map((c) => `${c.attribute}=${c.value}`);

describe('titles under a heading of links to other pages state nothing', () => {
  it('EN: "Related articles", "See also", "Further reading", plain or linked titles', () => {
    expect(read('# Deleting your account\n\nWrite to support to close it.\n\n## Related articles\n\n- Two-step verification for admins\n- Single sign-on with Okta\n')).toEqual([]);
    expect(read('# Exports\n\nText.\n\n## See also\n\n- [Turning on two-factor authentication](#)\n- [SAML single sign-on](#)\n')).toEqual([]);
    expect(read('# Exports\n\nText.\n\n### Further reading\n\n- How we keep backups for 30 days\n')).toEqual([]);
  });
  it('PL: "Powiązane artykuły", "Zobacz też", "Przeczytaj także"', () => {
    expect(read('# Usuwanie konta\n\nNapisz do nas.\n\n## Powiązane artykuły\n\n- Logowanie dwuskładnikowe dla administratorów\n- Logowanie przez Microsoft Entra ID\n')).toEqual([]);
    expect(read('# Eksport\n\nTekst.\n\n## Zobacz też\n\n- [Uwierzytelnianie dwuskładnikowe](#)\n')).toEqual([]);
    expect(read('# Eksport\n\nTekst.\n\n## Przeczytaj także\n\n- Jak długo trzymamy kopie zapasowe (30 dni)\n')).toEqual([]);
  });
});

describe('look-alikes: the same lines as features, and headings that only start alike', () => {
  it('a features list and a "See also our policy" sentence heading keep their claims', () => {
    expect(read('# Security features\n\n- Two-step verification for admins\n')).toContain('auth.mfa=true');
    expect(read('# Funkcje bezpieczeństwa\n\n- Logowanie przez Microsoft Entra ID\n')).toContain('auth.sso=azure-ad');
    expect(read('# Related articles policy\n\nWe offer single sign-on with Okta.\n')).toContain('auth.sso=okta');
  });
});
