/**
 * Round 14 (claims-data): a hedge commits to nothing (eval/README.md, phenomenon 12), so the
 * clause it qualifies ("... where applicable", "wherever possible") or the sentence it opens, up to
 * a "but" ("Typically ...", "Zazwyczaj ..."), gives no hosting, backup, deletion, encryption,
 * logging or data claim. Look-alikes: a committed clause beside a hedged one, a bound after "but",
 * "generally available", and a denial. Our own sentences, EN and PL.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const ours = (text: string, heading = 'Security') =>
  claimsOf(`# ${heading}\n\n${text}\n`)
    .claims.filter((c) => /^(?:hosting|backup|deletion|encryption|logging|data)\./.test(c.attribute))
    .map((c) => `${c.attribute}=${String(c.value)}`)
    .sort();

describe('a hedged clause or sentence gives no claim', () => {
  it.each([
    'Stored files are encrypted with AES-256 where applicable.',
    'Usually, database backups are kept for 30 days.',
    'Snapshots are typically retained for two weeks.',
    'Typically TLS 1.2 in transit and AES-256 for stored backups.',
    'Customer data is deleted within 60 days of termination wherever possible.',
    'In most cases, logs are kept for 90 days.',
  ])('EN: %s', (text) => {
    expect(ours(text)).toEqual([]);
  });
  it.each([
    'Kopie zapasowe są zwykle przechowywane przez 30 dni.',
    'Zazwyczaj dane szyfrujemy algorytmem AES-256.',
    'W miarę możliwości dane klienta usuwamy w ciągu 30 dni od rozwiązania umowy.',
    'Logi przechowujemy przez rok, tam gdzie to możliwe.',
  ])('PL: %s', (text) => {
    expect(ours(text, 'Bezpieczeństwo danych')).toEqual([]);
  });
});

describe('look-alikes: what is committed still stands', () => {
  it('a committed clause beside a hedged one', () => {
    expect(ours('All data is encrypted at rest with AES-256; exports are usually ready within minutes.')).toEqual(['encryption.at_rest.algorithm=aes-256', 'encryption.at_rest=true']);
  });
  it('a bound after "but"', () => {
    expect(ours('Typically this takes a few days, but it can take up to 45 days after the contract ends before every record is deleted.')).toEqual(['deletion.after_termination=P45D']);
    expect(ours('Zwykle trwa to kilka dni, ale dane usuwamy najpóźniej 45 dni po rozwiązaniu umowy.', 'Usuwanie danych')).toEqual(['deletion.after_termination=P45D']);
  });
  it('"generally available" is no hedge', () => {
    expect(ours('Encryption at rest with customer-managed keys is generally available on every plan.')).toContain('encryption.at_rest=true');
  });
  it('a hedged denial still denies', () => {
    expect(ours('Typically, local caches on phones are not encrypted.')).toEqual(['encryption.at_rest=false']);
  });
});
