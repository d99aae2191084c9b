/**
 * Round 18: a page that says what is encrypted and what is not ("most other records are not
 * encrypted", "niektóre dane nie są szyfrowane") speaks of part of the data; beside a statement of
 * another part, or one that admits exceptions ("all sensitive fields", a kind of data), both hold.
 * Only a statement of its own about all the data ("all data is encrypted at rest") is compared with
 * it; "at most" is a bound, not a part. Our own sentences, invented vendors.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/types.ts';
import { documentFindings } from '../../src/findings/document-findings.ts';
import { makeDoc } from './make-doc.ts';
import { frameOf, framesApart } from '../../src/findings/statement-frames.ts';
import { itFires, itStaysQuiet, type ResidueCase as Case, type ResidueFires as Fires } from './residue-cases.ts';

/** Findings with the document's claims read first, as ingest and check do. */
const withClaims = (c: Case): Finding[] => documentFindings(makeDoc(c.text, { format: c.format ?? 'md', lang: c.lang }), { now: new Date('2026-11-23T00:00:00Z') });

const scoped: Case[] = [
  {
    text: '# Encryption of stored data\n\nEach workspace gets its own key. All secure data is encrypted with that key.\n\n## What is not encrypted\n\nMost working data is not encrypted, because the search index needs it in clear text.\n',
    lang: 'en',
  },
  {
    text: '# Encryption\n\nUploaded invoices and attachments are encrypted at rest with AES-256.\n\nMost working data is not encrypted, because search needs it in clear text.\n',
    lang: 'en',
  },
];

const contradictions: Fires[] = [
  { text: '# Encryption\n\nAll data is encrypted at rest.\n\nMost data is not encrypted at rest.\n', lang: 'en', kind: 'inconsistency', excerpt: 'encrypted' },
  { text: '# Backups\n\nBackups are kept for at most 30 days.\n\nBackups are kept for 90 days.\n', lang: 'en', kind: 'inconsistency', excerpt: 'Backups are kept' },
];

describe('round 18: statements about part of the data', () => {
  itStaysQuiet(scoped, ['inconsistency'], withClaims);
  itFires(contradictions, withClaims);
});

describe('round 18: the partial frame', () => {
  it('sets a Polish statement about part of the data apart from one about a kind of data, not from one about all data', () => {
    const part = frameOf('Większość danych roboczych nie jest szyfrowana.');
    expect(part.partial).toBe(true);
    expect(framesApart('encryption.at_rest', part, frameOf('Wszystkie poufne pliki są szyfrowane.'))).toBe('partial');
    expect(framesApart('encryption.at_rest', part, frameOf('Wszystkie dane są szyfrowane.'))).toBeUndefined();
    expect(frameOf('Kopie przechowujemy co najwyżej 30 dni, at most 30 days.').partial).toBe(false);
  });
});
