/**
 * A section whose heading frames what follows as not yet held (a roadmap, "what we don't have
 * yet", "coming soon") lists plans, never controls: however its items are worded, they give no
 * claim but a denial. Headings that only share a word ("Planned maintenance", "Limitation of
 * liability") frame nothing, and "Known limitations" lists what holds today, weaknesses included.
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
  it.each(['Nasza roadmapa bezpieczeństwa', 'Czego jeszcze nie mamy', 'Planowane zabezpieczenia', 'Nad czym pracujemy', 'Mapa drogowa'])('"%s" frames its list as plans', (heading) => {
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
  it('known limitations are what holds today', () => {
    const { claims } = claimsOf('# Release notes\n\n## Known limitations\n\n- The sync agent still accepts TLS 1.0 from old gateways.\n');
    expectClaim(claims, { attribute: 'encryption.tls.min_version', value: '1.0' });
  });
  it('znane ograniczenia (PL) are what holds today', () => {
    const { claims } = claimsOf('# Informacje o wydaniu\n\n## Znane ograniczenia\n\n- Agent synchronizacji nadal przyjmuje połączenia TLS 1.0.\n');
    expectClaim(claims, { attribute: 'encryption.tls.min_version', value: '1.0' });
  });
  it('a roadmap heading keeps the sections after it', () => {
    const { claims } = claimsOf('# Security\n\n## Roadmap\n\n- SSO via SAML\n\n## Encryption\n\nAll data is encrypted at rest with AES-256.\n');
    expectClaim(claims, { attribute: 'encryption.at_rest', value: true });
    expect(claims.some((c) => c.attribute === 'auth.sso')).toBe(false);
  });
});

describe('a gap named under such a heading is a denial', () => {
  it.each([
    ['# Security\n\n## What we do not have yet\n\n- No web application firewall at the edge.\n', 'network.firewall'],
    ['# Security\n\n## Roadmap\n\n- Backups are not encrypted at rest today; this is planned for next year.\n', 'encryption.at_rest'],
    ['# Bezpieczeństwo\n\n## Czego jeszcze nie mamy\n\n- Nie oferujemy logowania dwuskładnikowego.\n', 'auth.mfa'],
  ])('%s', (text, attribute) => {
    const claims = claimsOf(text).claims.filter((c) => c.attribute === attribute);
    expect(claims.map((c) => c.value)).toEqual([false]);
  });
});

describe('a heading that opens with the plan word', () => {
  it.each([
    ['# Release notes\n\n## Planned for next year\n\n- Customer-managed encryption keys.\n', 'encryption.key_management'],
    ['# Lista zmian\n\n## W PRZYGOTOWANIU (kolejna wersja)\n\n- Szyfrowanie załączników kluczem klienta (BYOK).\n', 'encryption.key_management'],
  ])('%s', (text, attribute) => {
    expect(claimsOf(text).claims.filter((c) => c.attribute === attribute)).toEqual([]);
  });
  it('look-alike: planowane prace serwisowe (PL)', () => {
    const { claims } = claimsOf('# Serwis\n\n## Planowane prace serwisowe\n\nWszystkie dane klientów są szyfrowane algorytmem AES-256.\n');
    expectClaim(claims, { attribute: 'encryption.at_rest', value: true });
  });
});
