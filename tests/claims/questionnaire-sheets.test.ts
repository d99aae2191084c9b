/**
 * Questionnaires read from .xlsx/.csv (and CAIQ-shaped tables in any document): answer column
 * found from header words or content, "No" denies, "NA" and unanswered rows state nothing from
 * the question, a hedged "Yes" affirms nothing, the control id rides along as `control`.
 */
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../ingest/readers/csv.ts';
import { buildComparison } from '../../src/claims/compare.ts';
import { extractClaims } from '../../src/claims/extract.ts';
import { claimKey } from '../../src/findings/diff.ts';
import { buildDocument } from '../../src/model/build.ts';
import { documentFromText } from '../../src/model/from-text.ts';
import { claimsOf, expectClaim, expectNoClaim, expectQuotesExact } from './helpers.ts';

const csvDoc = (text: string, id = 'q', vendor = 'Acme') => buildDocument(readCsv(text), { id, source: `${id}.csv`, sha256: 'x', meta: { vendor } });

const caiq = [
  'Question ID,Question,CSP CAIQ Answer,CSP Implementation Description',
  'CEK-03.1,Is customer data encrypted at rest?,Yes,AES-256 on all database volumes.',
  'IAM-14.1,Is multi-factor authentication offered to customers?,No,',
  'BCR-08.1,Are backups retained for a defined period?,Yes,Backups are kept for 35 days.',
  'LOG-05.1,Are security events monitored 24/7?,,',
  'DSP-07.1,Is role-based access control available?,"Yes, planned for next year",',
  'STA-09.1,Is penetration testing performed?,NA,',
].join('\n');

describe('CAIQ-shaped sheet', () => {
  const doc = csvDoc(caiq);
  const claims = extractClaims(doc);
  it('"No" denies what the question asks; the answer header "CSP CAIQ Answer" is found', () => {
    expectClaim(claims, { attribute: 'auth.mfa', value: false, qualifiers: { control: 'IAM-14.1', for: 'customers' } });
    expect(claims.some((c) => c.attribute === 'auth.mfa' && c.value === true)).toBe(false);
  });
  it('"Yes" affirms; the comment refines; the control id is a qualifier; the quote is the row', () => {
    expectClaim(claims, { attribute: 'encryption.at_rest.algorithm', value: 'aes-256', qualifiers: { control: 'CEK-03.1' } });
    expectClaim(claims, { attribute: 'backup.retention', value: 'P35D', qualifiers: { control: 'BCR-08.1' } });
    const c = claims.find((x) => x.attribute === 'backup.retention')!;
    expect(c.quote).toBe('BCR-08.1 | Are backups retained for a defined period? | Yes | Backups are kept for 35 days.');
    expectQuotesExact(doc, claims);
  });
  it('unanswered, NA and hedged "Yes" rows state nothing from their question', () => {
    expectNoClaim(claims, 'monitoring.continuous');
    expectNoClaim(claims, 'access.rbac');
    expectNoClaim(claims, 'pentest');
  });
  it('the control id never splits a comparison key', () => {
    const c = claims.find((x) => x.attribute === 'auth.mfa')!;
    expect(claimKey(c)).toBe('auth.mfa|{"for":"customers"}');
  });
});

describe('Polish and headerless sheets', () => {
  it('pl headers (Pytanie / Odpowiedź / Komentarz), "Nie dotyczy" is NA, a comment still counts', () => {
    const doc = csvDoc(
      [
        'Lp.;Pytanie;Odpowiedź;Komentarz',
        '1;Czy oferujecie uwierzytelnianie wieloskładnikowe?;Nie;',
        '2;Czy dane są szyfrowane w spoczynku?;Tak;AES-256',
        '3;Czy przechowujecie dane kart płatniczych?;Nie dotyczy;',
        '4;Czy prowadzicie testy penetracyjne?;Nie dotyczy;Kopie zapasowe przechowujemy przez 30 dni.',
      ].join('\n'),
    );
    const claims = extractClaims(doc);
    expectClaim(claims, { attribute: 'auth.mfa', value: false });
    expectClaim(claims, { attribute: 'encryption.at_rest.algorithm', value: 'aes-256' });
    expectNoClaim(claims, 'pentest');
    expectClaim(claims, { attribute: 'backup.retention', value: 'P30D' });
    // Row numbers are no control ids.
    expect(claims.some((c) => 'control' in c.qualifiers)).toBe(false);
  });
  it('no header row: the Yes/No column is found from its content', () => {
    const claims = extractClaims(
      csvDoc(['Is two-factor authentication offered?,No,', 'Is role-based access control available?,Yes,', 'Is traffic encrypted in transit?,Yes,TLS 1.2 or newer', 'Is there a web application firewall?,N/A,'].join('\n')),
    );
    expectClaim(claims, { attribute: 'auth.mfa', value: false });
    expectClaim(claims, { attribute: 'access.rbac', value: true });
    expectClaim(claims, { attribute: 'encryption.tls.min_version', value: '1.2' });
    expectNoClaim(claims, 'network.firewall');
  });
  it('a CAIQ table pasted into a markdown document reads the same', () => {
    const { claims } = claimsOf(['# CAIQ', '', '| Question ID | Question | Answer | Notes |', '|---|---|---|---|', '| IAM-14.1 | Is MFA offered to customers? | No | |', '| IAM-16.1 | Is role-based access control available? | Yes | |', ''].join('\n'));
    expectClaim(claims, { attribute: 'auth.mfa', value: false, qualifiers: { control: 'IAM-14.1', for: 'customers' } });
    expectClaim(claims, { attribute: 'access.rbac', value: true, qualifiers: { control: 'IAM-16.1' } });
  });
});

describe('comparison with a questionnaire', () => {
  const paper = documentFromText('# Security\n\nMulti-factor authentication is available to all customer users.\n', { id: 'acme-paper', meta: { vendor: 'Acme', date: '2026-01-01' } });
  const sheet = csvDoc(caiq, 'acme-caiq');
  const claims = [...extractClaims(paper), ...extractClaims(sheet)];
  const table = buildComparison([paper, sheet], claims);
  it('the questionnaire stands beside the white paper of the same vendor', () => {
    expect(table.vendors.map((v) => v.documentIds)).toEqual([['acme-caiq', 'acme-paper']]);
  });
  it('the control id is on the evidence, not a detail of the value', () => {
    const row = table.groups.flatMap((g) => g.rows).find((r) => r.attribute === 'auth.mfa')!;
    const values = row.cells[0].values;
    const no = values.find((v) => v.value === false)!;
    expect(no.details).toEqual({});
    expect(no.evidence.map((e) => e.control)).toEqual(['IAM-14.1']);
    expect(values.find((v) => v.value === true)!.evidence[0].control).toBeUndefined();
    expect(row.cells[0].conflict).toBe(true);
  });
});
