/**
 * A DPA annex's checklist of measures ("Measure | Implemented | Notes", PL "Środek | Stosowany |
 * Uwagi") names a measure instead of asking: its Yes/No (or X/–) decides the measure, and a note
 * that goes on from it without a subject ("kept for 35 days in a second region") is read after it.
 */
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../ingest/readers/markdown.ts';
import { buildDocument } from '../../src/model/build.ts';
import { extractClaims } from '../../src/claims/extract.ts';
import { expectClaim } from './helpers.ts';

const documentFromMarkdown = (md: string) => buildDocument(readMarkdown(md), { id: 'annex', source: 'annex.md', sha256: 'x', meta: { vendor: 'Acme' } });
const table = (head: string, rows: string[]) => extractClaims(documentFromMarkdown([`| ${head} |`, `|${head.split('|').map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r} |`)].join('\n')));
const held = (claims: ReturnType<typeof extractClaims>, attribute: string) => claims.filter((c) => c.attribute === attribute).map((c) => [c.value, c.qualifiers]);

describe('a checklist of measures with Yes/No in its marks column', () => {
  const en = table('Area | Measure | Implemented | Notes', [
    'Backups | Daily backups | Yes | kept for 35 days in a second region (Ireland)',
    'Access | Two-factor authentication for end users | No | planned for 2027',
    'Testing | Penetration tests | Yes | once a year by an external firm',
  ]);
  it('a note without a subject goes on from its measure (EN)', () => {
    expectClaim(en, { attribute: 'backup.retention', value: 'P35D' });
    expectClaim(en, { attribute: 'hosting.location', value: 'IE', qualifiers: { role: 'backup' } });
    expectClaim(en, { attribute: 'pentest', value: true, qualifiers: { by: 'third-party', frequency: 'P1Y' } });
  });
  it('"No" denies the measure today, a plan in the note notwithstanding', () => {
    expect(held(en, 'auth.mfa')).toEqual([[false, { for: 'customers' }]]);
  });
  const pl = table('Obszar | Środek | Stosowany | Uwagi', [
    'Kopie zapasowe | Codzienne kopie zapasowe | Tak | przechowywane 30 dni w innym regionie (Niemcy)',
    'Dostęp | Uwierzytelnianie dwuskładnikowe dla użytkowników | Nie | planowane w 2027 r.',
  ]);
  it('the same in Polish', () => {
    expectClaim(pl, { attribute: 'backup.retention', value: 'P30D' });
    expectClaim(pl, { attribute: 'hosting.location', value: 'DE', qualifiers: { role: 'backup' } });
    expect(held(pl, 'auth.mfa')).toEqual([[false, { for: 'customers' }]]);
  });
  it('look-alikes: X marks still decide; a note with its own subject still counts', () => {
    const marks = table('Measure | Implemented | Notes', ['Two-factor authentication for end users | – | ', 'Encryption of data at rest | X | Database volumes use AES-256.']);
    expect(held(marks, 'auth.mfa')).toEqual([[false, { for: 'customers' }]]);
    expectClaim(marks, { attribute: 'encryption.at_rest.algorithm', value: 'aes-256' });
    const own = table('Measure | Implemented | Notes', ['Security event logging | Yes | Log files are kept for 90 days.']);
    expectClaim(own, { attribute: 'logging.retention', value: 'P90D' });
  });
});
