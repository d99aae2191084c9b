/**
 * Round 14 (claims-data): what encryption at rest covers. A storage bucket holds files ("All
 * storage buckets are encrypted at rest" is scope files); a store named after "unlike" is the one
 * the statement does not describe ("The bucket was not encrypted, unlike our databases": files,
 * not the databases); and "encryption of the connections" among the measures protecting stored
 * data is encryption in transit, not at rest. Our own sentences, EN and PL.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const atRest = (text: string, heading = 'Security') =>
  claimsOf(`# ${heading}\n\n${text}\n`)
    .claims.filter((c) => c.attribute.startsWith('encryption.'))
    .map((c) => `${c.attribute}=${String(c.value)}${c.qualifiers.scope ? ` ${String(c.qualifiers.scope)}` : ''}`)
    .sort();

describe('a storage bucket holds files', () => {
  it.each([
    ['Every storage bucket is encrypted at rest.', 'encryption.at_rest=true files'],
    ['Our S3 buckets holding uploads are encrypted at rest with keys in KMS.', 'encryption.at_rest=true files'],
  ])('EN: %s', (text, want) => {
    expect(atRest(text)).toContain(want);
  });
  it('PL', () => {
    expect(atRest('Wszystkie kubełki magazynu obiektów są szyfrowane w spoczynku.', 'Bezpieczeństwo danych')).toContain('encryption.at_rest=true files');
  });
});

describe('what follows "unlike" is not what the statement is about', () => {
  it('EN', () => {
    const got = atRest('The export bucket was not encrypted at rest, unlike our databases.');
    expect(got).toContain('encryption.at_rest=false files');
    expect(got).not.toContain('encryption.at_rest=false database');
  });
  it('PL', () => {
    const got = atRest('W odróżnieniu od baz danych kubełek z eksportami nie był szyfrowany w spoczynku.', 'Incydent');
    expect(got).not.toContain('encryption.at_rest=false database');
  });
});

describe('encryption of the connections protects data in transit', () => {
  it.each([
    'The information we hold is protected by firewalls, encryption of the connections and user authentication.',
    'Stored data is safeguarded by several measures, such as encryption of all traffic and strict access control.',
  ])('EN: %s', (text) => {
    const got = atRest(text);
    expect(got.filter((c) => c.startsWith('encryption.at_rest'))).toEqual([]);
  });
  it('PL', () => {
    const got = atRest('Przechowywane dane chronią zapory sieciowe, szyfrowanie połączeń i uwierzytelnianie użytkowników.', 'Bezpieczeństwo danych');
    expect(got.filter((c) => c.startsWith('encryption.at_rest'))).toEqual([]);
  });
  it('look-alike: stored data said to be encrypted still is', () => {
    expect(atRest('Stored data is encrypted with AES-256, and encryption of the connections uses TLS 1.2.')).toContain('encryption.at_rest=true');
    expect(atRest('Dane przechowywane są szyfrowane, a szyfrowanie połączeń zapewnia TLS.', 'Bezpieczeństwo danych')).toContain('encryption.at_rest=true');
  });
});
