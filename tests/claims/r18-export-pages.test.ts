/**
 * Round 18 (prose): SSO set-up screens let an admin download the service's SAML metadata or its
 * signing certificate: that is configuration, not the customer's data. Account-deletion help pages
 * remind the reader to export first ("before you close your account, download your reports",
 * "zanim usuniesz konto, upewnij się, że masz wyeksportowane dane"): advice that says the customer
 * exports on its own. Our own wording, EN and PL.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const exports = (text: string) =>
  claimsOf(text)
    .claims.filter((c) => c.attribute.startsWith('data.export'))
    .map((c) => `${c.attribute}=${c.value}`);

describe('configuration downloads and export reminders', () => {
  it('EN and PL: metadata and certificates are no data export', () => {
    expect(exports('# SAML set-up\n\nOn this screen you can export our service metadata as an XML file or download the signing certificate.\n')).toEqual([]);
    expect(exports('# SAML\n\nNa tym ekranie możesz pobrać metadane usługi w pliku XML oraz wyeksportować certyfikat.\n')).toEqual([]);
  });
  it('EN and PL: a reminder to export before leaving', () => {
    expect(exports('# Closing your account\n\nBefore you close your account, make sure you download your reports.\n')).toEqual(['data.export.self_service=true']);
    expect(exports('# Usuwanie konta\n\nZanim usuniesz konto, upewnij się, że masz wyeksportowane wszystkie dane.\n')).toEqual(['data.export.self_service=true']);
  });
});

describe('look-alikes', () => {
  it('EN: a data export still counts; other advice still states nothing', () => {
    expect(exports('# Export\n\nYou can export all your work orders as CSV at any time.\n')).toContain('data.export.self_service=true');
    expect(claimsOf('# Before you go\n\nMake sure your team has enabled two-factor authentication.\n').claims).toEqual([]);
  });
});
