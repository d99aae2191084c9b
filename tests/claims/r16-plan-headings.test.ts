/**
 * A section whose heading frames what follows as not yet held (a roadmap, gaps, limitations,
 * "what we don't have yet") lists plans and gaps, never controls: however its items are worded,
 * they give no claim. Headings that only share a word ("Planned maintenance", "Limitation of
 * liability") frame nothing.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectClaim } from './helpers.ts';

const doc = (heading: string, items: string[]) => `# Security overview\n\nAcme runs on managed cloud infrastructure.\n\n## ${heading}\n\n${items.map((i) => `- ${i}`).join('\n')}\n`;
const attrs = (text: string) => claimsOf(text).claims.map((c) => c.attribute);

describe('headings that frame plans or gaps (EN)', () => {
  const items = ['SAML single sign-on for enterprise tenants, expected next spring', 'ISO 27001 certification, after our first external audit', 'Customer-managed keys (BYOK)'];
  it.each([
    'Product roadmap',
    'Our security roadmap (honest: nothing below is live)',
    'What is not yet in place',
    'Known limitations',
    'Current gaps',
    "What we don't have yet",
    "What's still coming",
    'Upcoming capabilities',
    'Not yet live',
  ])('"%s" frames its list as plans', (heading) => {
    const found = attrs(doc(heading, items));
    expect(found.filter((a) => a.startsWith('auth.') || a.startsWith('cert.') || a.startsWith('encryption.'))).toEqual([]);
  });
});

describe('headings that frame plans or gaps (PL)', () => {
  const items = ['Logowanie SSO przez SAML dla klientów korporacyjnych', 'Certyfikat ISO 27001 po pierwszym audycie zewnętrznym', 'Klucze szyfrujące zarządzane przez klienta (BYOK)'];
  it.each(['Nasza roadmapa bezpieczeństwa', 'Czego jeszcze nie mamy', 'Znane ograniczenia', 'Planowane zabezpieczenia', 'Nad czym pracujemy', 'Luki'])('"%s" frames its list as plans', (heading) => {
    const text = `# Bezpieczeństwo\n\nAcme działa w chmurze.\n\n## ${heading}\n\n${items.map((i) => `- ${i}`).join('\n')}\n`;
    const found = attrs(text);
    expect(found.filter((a) => a.startsWith('auth.') || a.startsWith('cert.') || a.startsWith('encryption.'))).toEqual([]);
  });
});

describe('look-alike headings still state what is held', () => {
  it('planned maintenance: its notice stands', () => {
    const { claims } = claimsOf('# Service levels\n\n## Planned maintenance\n\nAll customer data is encrypted at rest with AES-256.\n');
    expectClaim(claims, { attribute: 'encryption.at_rest', value: true });
  });
  it('limitation of liability is no list of gaps', () => {
    const { claims } = claimsOf('# Terms\n\n## Limitation of liability\n\nCustomer data is backed up daily.\n');
    expectClaim(claims, { attribute: 'backup.frequency', value: 'P1D' });
  });
  it('a heading naming what is in place today', () => {
    const { claims } = claimsOf('# Security\n\n## What we have today\n\n- SAML single sign-on for every plan\n');
    expectClaim(claims, { attribute: 'auth.sso', value: 'saml' });
  });
  it('ograniczenie odpowiedzialności (PL) is no list of gaps', () => {
    const { claims } = claimsOf('# Regulamin\n\n## Ograniczenie odpowiedzialności\n\nKopie zapasowe danych wykonujemy codziennie.\n');
    expectClaim(claims, { attribute: 'backup.frequency', value: 'P1D' });
  });
  it('a roadmap heading keeps the sections after it', () => {
    const { claims } = claimsOf('# Security\n\n## Roadmap\n\n- SSO via SAML\n\n## Encryption\n\nAll data is encrypted at rest with AES-256.\n');
    expectClaim(claims, { attribute: 'encryption.at_rest', value: true });
    expect(claims.some((c) => c.attribute === 'auth.sso')).toBe(false);
  });
});

describe('a gap named under such a heading is a denial', () => {
  it.each([
    ['# Security\n\n## Known gaps\n\n- No web application firewall at the edge yet.\n', 'network.firewall'],
    ['# Security\n\n## Current limitations\n\n- Backups are not encrypted at rest.\n', 'encryption.at_rest'],
    ['# Bezpieczeństwo\n\n## Znane ograniczenia\n\n- Nie oferujemy logowania dwuskładnikowego.\n', 'auth.mfa'],
  ])('%s', (text, attribute) => {
    const claims = claimsOf(text).claims.filter((c) => c.attribute === attribute);
    expect(claims.map((c) => c.value)).toEqual([false]);
  });
});
