/**
 * Round 18 (prose): 2FA help pages name an authenticator app and its maker ("an app made by
 * Google", "Google Play", a misspelt "Google Autenticator"); none of it is a Google sign-on.
 * Sign-on pages name Microsoft by its logins or accounts ("Sign in with Microsoft", "Microsoft
 * logins"): that is `azure-ad`. Our own wording, EN and PL.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const sso = (text: string) =>
  claimsOf(text)
    .claims.filter((c) => c.attribute === 'auth.sso')
    .map((c) => c.value)
    .sort();

describe('an authenticator app and its maker are no sign-on', () => {
  it('EN: the maker and the store beside the app', () => {
    expect(sso('# Two-step login\n\nWe support Google Authenticator, a free app built by Google, for logging in.\n')).toEqual([]);
    expect(sso('# 2FA\n\nInstall Google Authenticator. The app shows a code you type in at login together with your password, as you do for Google.\n')).toEqual([]);
    expect(sso('# 2FA\n\nAt every login, type the code shown in the Google Autenticator app.\n')).toEqual([]);
  });
  it('PL: producent aplikacji i literówka w nazwie', () => {
    expect(sso('# Logowanie dwuetapowe\n\nDo logowania stosujemy Google Authenticator, aplikację wydaną przez Google.\n')).toEqual([]);
    expect(sso('# 2FA\n\nPrzy każdym logowaniu wpisz kod z aplikacji Google Autentikator.\n')).toEqual([]);
  });
});

describe('look-alikes: real sign-on stays', () => {
  it('EN: Google and Microsoft logins, an app named beside a product', () => {
    expect(sso('# Sign-on\n\nUsers can log in with their Google or Microsoft accounts.\n')).toEqual(['azure-ad', 'google']);
    expect(sso('# Sign-on\n\nOn the login page, choose Sign in with Microsoft.\n')).toEqual(['azure-ad']);
    expect(sso('# Sign-on\n\nSign in with Google Workspace; a second step comes from any authenticator app.\n')).toEqual(['google']);
  });
  it('PL: logowanie kontem Microsoft', () => {
    expect(sso('# Logowanie\n\nUżytkownicy mogą logować się za pomocą konta Microsoft lub konta Google.\n')).toEqual(['azure-ad', 'google']);
    expect(sso('# 2FA\n\nKażdy może włączyć kod z aplikacji uwierzytelniającej. Na planie Pro można też logować się kontem Google.\n')).toEqual(['google']);
  });
});
