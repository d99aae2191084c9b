/**
 * A generic statement about a control, with no party in it, explains the control and claims
 * nothing of the vendor: how effective it is ("... is one of the most effective defences"), what it
 * can do ("... can stop ..."), what kinds it comes in, what it is called, or what adopting it does.
 * The vendor's own statements of the same controls, and help-page statements of a feature, stand.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectClaim } from './helpers.ts';

const found = (text: string) => claimsOf(text).claims.map((c) => `${c.attribute}=${String(c.value)}`);

describe('explainers claim nothing (EN)', () => {
  it.each([
    'Two-step verification is among the most effective defences against stolen passwords.',
    'A web application firewall can stop many automated attacks before they reach a server.',
    'Intrusion detection systems may alert administrators to unusual traffic.',
    'Multi-factor authentication comes in several forms, such as text codes, authenticator apps and hardware keys.',
    'Data kept on a disk is known as data at rest.',
    'Enabling single sign-on reduces the number of passwords people have to remember.',
    'Encrypting backups is essential for any company that handles personal data.',
    'Regular backups can save a small business from ransomware.',
  ])('%s', (sentence) => {
    expect(found(`# Why security matters\n\n${sentence}\n`)).toEqual([]);
  });
});

describe('explainers claim nothing (PL)', () => {
  it.each([
    'Uwierzytelnianie dwuskładnikowe jest jednym z najskuteczniejszych zabezpieczeń kont.',
    'Zapora sieciowa może zablokować wiele zautomatyzowanych ataków.',
    'Kluczowe metody ochrony danych to szyfrowanie dysków i logowanie dwuskładnikowe.',
    'Stosowanie kopii zapasowych pozwala szybko odzyskać dane po awarii.',
    'Logowanie wieloskładnikowe występuje w kilku formach: kod SMS, aplikacja, klucz sprzętowy.',
  ])('%s', (sentence) => {
    expect(found(`# Dlaczego bezpieczeństwo\n\n${sentence}\n`)).toEqual([]);
  });
});

describe("the vendor's statements of the same controls stand", () => {
  it('our own effective control', () => {
    expectClaim(claimsOf('# Security\n\nTwo-step verification is mandatory for every Acme employee.\n').claims, { attribute: 'auth.mfa', value: true });
  });
  it('a firewall we run that can block traffic', () => {
    expectClaim(claimsOf('# Network\n\nOur firewall can block any traffic that is not HTTPS.\n').claims, { attribute: 'network.firewall', value: true });
  });
  it('a feature the customer can turn on', () => {
    expectClaim(claimsOf('# Two-factor login\n\nTwo-factor authentication can be enabled for every user under Settings.\n').claims, { attribute: 'auth.mfa', value: true });
  });
  it('encryption stated as a fact', () => {
    expectClaim(claimsOf('# Encryption\n\nAll backups are encrypted with AES-256.\n').claims, { attribute: 'encryption.at_rest', value: true });
  });
  it('PL: nasza zapora', () => {
    expectClaim(claimsOf('# Sieć\n\nNasza zapora sieciowa blokuje cały ruch poza HTTPS.\n').claims, { attribute: 'network.firewall', value: true });
  });
});

describe("payment card data is the card processor's to hold", () => {
  it.each([
    'All card numbers are encrypted at rest with AES-256.',
    'Card details are encrypted on disk and the keys sit on separate machines.',
    'Cardholder data is encrypted with AES-256 and never leaves the vault.',
    'Dane kart płatniczych są szyfrowane algorytmem AES-256.',
  ])('%s', (sentence) => {
    expect(found(`# Payment security\n\n${sentence}\n`).filter((c) => c.startsWith('encryption.'))).toEqual([]);
  });
  it('look-alike: customer data beside card data is still encrypted', () => {
    expectClaim(claimsOf('# Security\n\nWe never store card numbers; all customer data is encrypted at rest with AES-256.\n').claims, { attribute: 'encryption.at_rest', value: true });
  });
  it('look-alike: data of every kind, cards among them', () => {
    expectClaim(claimsOf('# Security\n\nAll data, including billing details, is encrypted at rest with AES-256.\n').claims, { attribute: 'encryption.at_rest', value: true });
  });
});

describe('an answer under a question heading', () => {
  it('card data under "how secure are payments?" gives no encryption claim', () => {
    expect(found('# Payments\n\n## How secure are payments?\n\nAll card numbers are encrypted at rest with AES-256.\n').filter((c) => c.startsWith('encryption.'))).toEqual([]);
  });
  it('look-alike: the answer about customer data stands', () => {
    expectClaim(claimsOf('# FAQ\n\n## Is customer data encrypted?\n\nYes, all customer data is encrypted at rest with AES-256.\n').claims, { attribute: 'encryption.at_rest', value: true });
  });
});

describe('an explainer pattern ends at its sentence and its cell', () => {
  // "Szyfrowanie ... chroni" once matched from a TOM table's area cell across the measure's first
  // sentence into the next one's verb, and the vendor's encryption row claimed nothing.
  it('a measures table whose area cell names the control (PL)', () => {
    const md = '# Środki techniczne\n\n| Obszar | Środek |\n|---|---|\n| Szyfrowanie | Bazy danych i kopie zapasowe szyfrujemy algorytmem AES-256. Połączenia chroni TLS 1.2 lub nowszy. |\n';
    expect(found(md)).toEqual(expect.arrayContaining(['encryption.at_rest.algorithm=aes-256', 'encryption.tls.min_version=1.2']));
  });
  it('two sentences, the second with the verb (EN)', () => {
    const md = '# Measures\n\nEncrypting every database with AES-256 is our default. TLS 1.2 protects every connection.\n';
    expect(found(md)).toEqual(expect.arrayContaining(['encryption.at_rest.algorithm=aes-256', 'encryption.tls.min_version=1.2']));
  });
  it('a one-sentence explainer still claims nothing', () => {
    expect(found('# Why\n\nSzyfrowanie dysków w wersji 2.0 chroni dane po kradzieży laptopa.\n')).toEqual([]);
    expect(found('# Why\n\nEncrypting disks with TLS 1.3-era tooling helps after a laptop theft.\n')).toEqual([]);
  });
});

describe('what the product lets its users do is no explainer', () => {
  // "Users can protect ..." told of a feature: the explainer rule, made for a control as the
  // subject ("A firewall can stop ..."), had taken the customer's users for one.
  it.each([
    ['# Access\n\nUsers can protect their sign-in with a one-time code from an authenticator app, and admins can require it for everyone.\n', 'auth.mfa=true'],
    ['# Dostęp\n\nUżytkownicy mogą chronić logowanie jednorazowym kodem z aplikacji uwierzytelniającej, a administrator może to wymusić.\n', 'auth.mfa=true'],
  ])('%s', (md, claim) => {
    expect(found(md)).toContain(claim);
  });
});
