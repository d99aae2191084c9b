/**
 * Round 12 (claims-access): a value denied by a bare "no" after a dash or colon ("SAML – nie.",
 * "Google: no;", "MFA – not yet."), as questionnaire comments and feature lists write it. The
 * denial ends its clause; a dash followed by more words ("– nie wymaga licencji", "– no extra
 * cost") says something else. Our own wording, EN and PL.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const read = (text: string, prefix: string) =>
  claimsOf(text)
    .claims.filter((c) => c.attribute.startsWith(prefix))
    .map((c) => `${c.attribute}=${c.value}`);

describe('a bare no after a dash or colon denies the value before it', () => {
  it('PL: "Tylko Entra ID. SAML – nie."; "Okta: tak, Google: nie"', () => {
    expect(read('# Logowanie\n\nLogowanie jednokrotne tylko przez Microsoft Entra ID. SAML – nie.\n', 'auth.sso')).toEqual(['auth.sso=azure-ad']);
    expect(read('# SSO\n\nDostawcy tożsamości: Okta – tak, Google – nie.\n', 'auth.sso')).toEqual(['auth.sso=okta']);
  });
  it('EN: "SAML: no." and a list "Okta – yes; Google – no"', () => {
    expect(read('# Sign-in\n\nSign in with Entra ID. SAML: no.\n', 'auth.sso')).toEqual(['auth.sso=azure-ad']);
    expect(read('# Sign-in\n\nIdentity providers: Okta – yes; Google – no.\n', 'auth.sso')).toEqual(['auth.sso=okta']);
  });
  it('": not yet" / "– jeszcze nie" after an SSO value', () => {
    expect(read('# Sign-in\n\nMulti-factor authentication: not yet.\n', 'auth.mfa')).not.toContain('auth.mfa=true');
    expect(read('# Logowanie\n\nLogowanie przez Okta – tak. Logowanie przez Google – jeszcze nie.\n', 'auth.sso')).toEqual(['auth.sso=okta']);
    expect(read('# Sign-in\n\nSign-in through Okta works today; through SAML – not yet.\n', 'auth.sso')).toEqual(['auth.sso=okta']);
  });
  it('a questionnaire comment: "Partially | Entra ID only. SAML – no."', () => {
    const row = '| # | Question | Answer | Comment |\n|---|---|---|---|\n| 7 | Do you support single sign-on? | Partially | Entra ID only, on the top plan. SAML – no. |\n';
    expect(read(row, 'auth.sso')).toEqual(['auth.sso=azure-ad']);
  });
});

describe('look-alikes: a dash followed by more words says something else', () => {
  it('"– nie wymaga licencji", "– no extra cost", "Okta – no setup fee"', () => {
    expect(read('# Logowanie\n\nLogowanie przez Microsoft Entra ID – nie wymaga dodatkowej licencji.\n', 'auth.sso')).toEqual(['auth.sso=azure-ad']);
    expect(read('# Sign-in\n\nSAML – no extra cost on any plan.\n', 'auth.sso')).toEqual(['auth.sso=saml']);
    expect(read('# Sign-in\n\nSign in with Okta – no setup fee on any plan.\n', 'auth.sso')).toEqual(['auth.sso=okta']);
  });
});
