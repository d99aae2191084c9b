/**
 * A questionnaire column of what the customer must do (CAIQ v4's "CSC Responsibilities", a Polish
 * sheet's "Obowiązki klienta") states no fact of the vendor's: its duties ("customers export their own
 * records", "klient włącza MFA") are not the vendor's features. The vendor's own columns still count.
 */
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../ingest/readers/csv.ts';
import { extractClaims } from '../../src/claims/extract.ts';
import { buildDocument } from '../../src/model/build.ts';
import { headerRole } from '../../src/model/questionnaire.ts';
import { expectClaim, expectNoClaim, expectQuotesExact } from './helpers.ts';

const sheet = (lines: string[]) => {
  const doc = buildDocument(readCsv(lines.join('\n')), { id: 'q', source: 'q.csv', sha256: 'x', meta: { vendor: 'Acme' } });
  return { doc, claims: extractClaims(doc) };
};
const attrs = (claims: ReturnType<typeof extractClaims>) => claims.map((c) => `${c.attribute}=${String(c.value)}`);

describe('a customer-responsibility column', () => {
  it('is known by its header, EN and PL, and not mistaken for the vendor comment', () => {
    for (const h of ['CSC Responsibilities (Optional/Recommended)', 'Customer responsibility', 'Obowiązki klienta', 'Odpowiedzialność Klienta']) expect(headerRole(h)).toBe('customer');
    for (const h of ['CSP Implementation Description (Optional/Recommended)', 'Comments', 'Uwagi']) expect(headerRole(h)).toBe('comment');
    expect(headerRole('Customer data')).toBeUndefined();
  });

  const caiq = [
    'Question ID,Question,CSP CAIQ Answer,SSRM Control Ownership,CSP Implementation Description (Optional/Recommended),CSC Responsibilities (Optional/Recommended)',
    'BCR-08.1,Is cloud data periodically backed up?,Yes,CSP-owned,Database snapshots are taken every night and kept for 28 days.,Tenants who need records for longer should export them to their own storage.',
    'IAM-14.1,Are strong authentication methods supported?,Yes,Shared CSP and CSC,Authenticator-app codes are offered to every user.,Each tenant admin decides whether to require a second factor and must turn single sign-on on in the settings.',
    'CEK-03.1,Are data encrypted at rest?,Yes,Shared CSP and CSC,Storage volumes use AES-256.,Customers that want their own keys encrypt attachments before upload.',
    'DSP-07.1,Is data deleted after the contract ends?,Yes,Shared CSP and CSC,,The customer must download an export before the last day of the subscription.',
  ];

  it('gives no claim from the customer cells (EN, CAIQ v4 layout)', () => {
    const { doc, claims } = sheet(caiq);
    expectClaim(claims, { attribute: 'backup.retention', value: 'P28D' });
    expectClaim(claims, { attribute: 'auth.mfa', value: true });
    expectClaim(claims, { attribute: 'encryption.at_rest.algorithm', value: 'aes-256' });
    // "export them", "download an export" and "turn single sign-on on" are the tenant's steps.
    expectNoClaim(claims, 'data.export.self_service');
    expectNoClaim(claims, 'data.ownership.customer');
    expectNoClaim(claims, 'encryption.key_management');
    expect(attrs(claims).filter((a) => a.startsWith('auth.sso'))).toEqual([]);
    // Quotes still hold the whole row, customer cell included: evidence is never trimmed.
    expectQuotesExact(doc, claims);
    expect(claims.find((c) => c.attribute === 'backup.retention')!.quote).toContain('Tenants who need records');
  });

  it('gives no claim from the customer cells (PL sheet)', () => {
    const { claims } = sheet([
      'Lp.,Pytanie,Odpowiedź,Opis rozwiązania,Obowiązki klienta',
      '1,Czy wykonujecie kopie zapasowe?,Tak,Kopie bazy danych przechowujemy przez 14 dni.,Klient sam eksportuje dane potrzebne dłużej.',
      '2,Czy dostępne jest MFA?,Tak,Kody z aplikacji uwierzytelniającej.,Administrator klienta włącza logowanie jednokrotne przez Azure AD.',
      '3,Czy dane są usuwane po zakończeniu umowy?,Tak,,Klient pobiera eksport danych przed końcem umowy.',
    ]);
    expectClaim(claims, { attribute: 'backup.retention', value: 'P14D' });
    expectClaim(claims, { attribute: 'auth.mfa', value: true });
    expectNoClaim(claims, 'data.export.self_service');
    expect(attrs(claims).filter((a) => a.startsWith('auth.sso'))).toEqual([]);
  });

  it('look-alike: without a customer header the same cells are the vendor comment, and read', () => {
    const { claims } = sheet([
      'Question ID,Question,CSP CAIQ Answer,Notes',
      'BCR-08.1,Is cloud data periodically backed up?,Yes,Database snapshots are taken every night and kept for 28 days; customers can export their records at any time from the admin console.',
      'IAM-14.1,Is single sign-on offered?,Yes,Single sign-on through Azure AD is available.',
    ]);
    expectClaim(claims, { attribute: 'backup.retention', value: 'P28D' });
    expectClaim(claims, { attribute: 'data.export.self_service', value: true });
    expectClaim(claims, { attribute: 'auth.sso', value: 'azure-ad' });
  });
});
