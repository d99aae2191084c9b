/**
 * Round 18 (claims): encryption statements from real docs and trust pages, in our own wording.
 * A sentence after "all data is encrypted at rest" that opens by including parts ("This includes
 * ... backups", "Obejmuje to ... kopie zapasowe") makes the backups a scope too; and customer-held
 * keys written with the adjective first ("zarządzany przez klienta klucz", "customer-controlled
 * encryption keys", "CMEK") are `customer-managed`.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const scopes = (text: string) =>
  claimsOf(text)
    .claims.filter((c) => c.attribute === 'encryption.at_rest')
    .map((c) => `${c.value}/${c.qualifiers.scope ?? '-'}`)
    .sort();

const keys = (text: string) =>
  claimsOf(text)
    .claims.filter((c) => c.attribute === 'encryption.key_management')
    .map((c) => c.value);

describe('parts included by the next sentence', () => {
  it('EN', () => {
    expect(scopes('# Encryption\n\nEverything our customers store is encrypted at rest. This includes uploaded documents, audit logs and nightly backups.\n')).toEqual(['true/all', 'true/backups']);
  });
  it('PL', () => {
    expect(scopes('# Szyfrowanie\n\nWszystkie dane klientów są szyfrowane w spoczynku. Obejmuje to także pliki tymczasowe oraz kopie zapasowe.\n')).toEqual(['true/all', 'true/backups']);
  });
  it('a denied inclusion or an unrelated next sentence adds nothing', () => {
    expect(scopes('# Encryption\n\nAll customer data is encrypted at rest. This does not include backups held by the customer.\n')).toEqual(['true/all']);
    expect(scopes('# Szyfrowanie\n\nWszystkie dane są szyfrowane w spoczynku. Te dane nie obejmują kopii zapasowych.\n')).toEqual(['true/all']);
    expect(scopes('# Encryption\n\nAll customer data is encrypted at rest. Backups run every night.\n')).toEqual(['true/all']);
  });
});

describe('customer-held keys', () => {
  it('EN and PL word orders', () => {
    expect(keys('# Keys\n\nEnterprise tenants may switch to customer-controlled encryption keys.\n')).toEqual(['customer-managed']);
    expect(keys('# Keys\n\nStorage buckets support CMEK.\n')).toEqual(['customer-managed']);
    expect(keys('# Klucze\n\nUsługa oferuje zarządzany przez klienta klucz szyfrowania dla baz danych.\n')).toEqual(['customer-managed']);
  });
  it('a denial gives no value', () => {
    expect(keys('# Keys\n\nThe provider manages all keys; customer-controlled encryption keys are not supported.\n')).toEqual([]);
  });
});
