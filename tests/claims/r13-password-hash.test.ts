/**
 * Round 13 (claims-access): a hash named with a cryptographic adjective ("skrót kryptograficzny",
 * "cryptographic hash") is hashing, not encryption: passwords kept so are `hashed` only. Passwords
 * said to be stored encrypted stay `encrypted` (storage as written). Our own wording, EN and PL.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const storage = (text: string) =>
  claimsOf(text)
    .claims.filter((c) => c.attribute === 'auth.password_storage')
    .map((c) => c.value);

describe('a cryptographic hash is no encryption', () => {
  it('PL and EN', () => {
    expect(storage('# Bezpieczeństwo\n\nHasła użytkowników przechowujemy wyłącznie jako skrót kryptograficzny (Argon2), którego nie da się odwrócić.\n')).toEqual(['hashed']);
    expect(storage('# Bezpieczeństwo\n\nHasła zapisujemy w bazie po przetworzeniu kryptograficzną funkcją skrótu z solą.\n')).toEqual(['hashed']);
    expect(storage('# Security\n\nPasswords are stored in the database only after hashing with a cryptographic one-way function.\n')).toEqual(['hashed']);
  });
  it('look-alikes: passwords stored encrypted (EN, PL)', () => {
    expect(storage('# Security\n\nPasswords are stored encrypted in our database.\n')).toEqual(['encrypted']);
    expect(storage('# Bezpieczeństwo\n\nHasła przechowujemy w bazie w postaci zaszyfrowanej.\n')).toEqual(['encrypted']);
  });
});
