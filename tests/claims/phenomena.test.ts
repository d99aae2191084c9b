/**
 * Phenomena of real vendor pages that need a whole document (sentences written for these
 * tests): a language without claim rules, label/value pages in plain text, a question answered
 * by the next line. Single-sentence phenomena are rule examples in rules/claims/patterns.json.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectClaim, expectNoClaim } from './helpers.ts';
import { documentFromText } from '../../src/model/from-text.ts';
import { extractClaims } from '../../src/claims/extract.ts';

describe('a language without claim rules', () => {
  it('German prose yields no guessed claims', () => {
    const de = [
      '# Datensicherheit',
      '',
      'Die Daten unserer Kunden werden ausschließlich in einem Rechenzentrum in Deutschland gespeichert.',
      'Sicherungen werden täglich erstellt, 30 Tage aufbewahrt und mit AES-256 verschlüsselt.',
      'Wir sind nach ISO 27001 zertifiziert und verwenden TLS 1.2 für alle Verbindungen.',
    ].join('\n');
    expect(extractClaims(documentFromText(de))).toEqual([]);
  });
  it('a short English draft is still read even if its language is not detected', () => {
    expectClaim(claimsOf('Backups are taken four times a day.').claims, { attribute: 'backup.frequency', value: 'PT6H' });
  });
});

describe('layouts', () => {
  it('a label line and its value line (plain text) are one unit', () => {
    const text = 'Security at a glance\n\nData hosting company\n\nAmazon Web Services\n\nData center location(s)\n\nFrankfurt, Germany\n';
    const doc = documentFromText(text, { format: 'txt' });
    const claims = extractClaims(doc);
    expectClaim(claims, { attribute: 'hosting.provider', value: 'aws' });
    expectClaim(claims, { attribute: 'hosting.location', value: 'DE', qualifiers: { role: 'production', region: 'aws:eu-central-1' } });
    for (const c of claims) {
      expect(c.quote).toBe(doc.text.slice(c.start, c.end));
      // "Frankfurt, Germany" is taken for a heading: the quote is its line, inside its section (claims.md).
      const section = doc.sections.find((x) => x.id === c.sectionId)!;
      expect(c.start >= section.start && c.end <= section.end, `${c.attribute} ${JSON.stringify(c.quote)}`).toBe(true);
    }
  });
  it('a numbered outline is no label/value page', () => {
    expectNoClaim(documentClaims('3 Encryption\n\n3.1 Data at rest\n\n3.2 Data in transit\n'), 'encryption.at_rest');
  });
  it('a question line is answered by the next line (FAQ in running text)', () => {
    const claims = claimsOf('# FAQ\n\nDo you support single sign-on?\n\nNo, not yet.\n\nIs there a firewall?\n\nYes.\n').claims;
    expectNoClaim(claims, 'auth.sso');
    expectClaim(claims, { attribute: 'network.firewall', value: true });
  });
  it('pl: a question line answered by the next line', () => {
    expectClaim(claimsOf('# Pytania\n\nCzy stosujecie zaporę sieciową?\n\nTak.\n').claims, { attribute: 'network.firewall', value: true });
  });
});

function documentClaims(text: string) {
  return extractClaims(documentFromText(text, { format: 'txt' }));
}
