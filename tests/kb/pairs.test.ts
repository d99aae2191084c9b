import { describe, expect, it } from 'vitest';
import { pairDocuments, type PairedDocument } from '../../src/kb/pairs.ts';

let n = 0;
function doc(title: string, headings: string[], extra: Partial<PairedDocument> = {}): PairedDocument {
  n++;
  return {
    id: extra.id ?? `d${n}`,
    source: `sources/d${n}.md`,
    sha256: `hash${n}`,
    format: 'md',
    title,
    vendor: { id: 'acme', name: 'Acme' },
    language: 'en',
    sections: headings.map((heading) => ({ heading })),
    ...extra,
  };
}

const paperOutline = ['1. Hosting', '2. Encryption', '3. Backups', '4. Access control', '5. Incident response'];

describe('pairDocuments', () => {
  it('pairs two revisions of one paper, oldest first, though the title gained a word and a year', () => {
    const old = doc('Acme Security White Paper', paperOutline, { id: 'old', date: '2024-02-01' });
    const revised = doc('Acme CMMS Security White Paper 2025', [...paperOutline, '6. Subprocessors'], { id: 'new', date: '2025-03-01' });
    expect(pairDocuments([revised, old]).versions).toEqual([{ old: 'old', new: 'new' }]);
  });

  it('pairs a retitled revision whose outline stayed', () => {
    const old = doc('Security Overview', paperOutline, { id: 'old', version: '1.0' });
    const renamed = doc('Trust and Data Protection at Acme', ['1 Hosting', '2 Encryption', '3 Backups', '4 Access control'], { id: 'new', version: '2.0' });
    expect(pairDocuments([old, renamed]).versions).toEqual([{ old: 'old', new: 'new' }]);
  });

  it('does not take a DPA annex or a questionnaire for a version of the white paper', () => {
    const paper = doc('Acme Security White Paper', paperOutline, { id: 'paper', date: '2025-01-01' });
    const dpa = doc('Data Processing Agreement: Annex 2', ['Subject matter', 'Duration of processing', 'Technical and organisational measures'], { id: 'dpa', date: '2025-06-01' });
    const caiq = doc('Acme - CAIQ v4 answers', ['CAIQ'], { id: 'caiq', format: 'xlsx', date: '2026-01-01' });
    expect(pairDocuments([paper, dpa, caiq]).versions).toEqual([]);
  });

  it('links a revision to the older paper it revises when another document came out between them', () => {
    const v1 = doc('Acme Security White Paper', paperOutline, { id: 'v1', date: '2024-01-01' });
    const dpa = doc('Data Processing Agreement', ['Subject matter', 'Sub-processors'], { id: 'dpa', date: '2024-06-01' });
    const v2 = doc('Acme Security White Paper', paperOutline, { id: 'v2', date: '2025-01-01' });
    expect(pairDocuments([v1, dpa, v2]).versions).toEqual([{ old: 'v1', new: 'v2' }]);
  });

  it('pairs the newest English and Polish documents of one kind as a translation, English as the source', () => {
    const en = doc('Acme Security White Paper', paperOutline, { id: 'en' });
    const pl = doc('Biała księga bezpieczeństwa Acme', ['1. Hosting', '2. Szyfrowanie'], { id: 'pl', language: 'pl' });
    const caiq = doc('CAIQ', ['CAIQ'], { id: 'caiq', format: 'csv', language: 'pl' });
    expect(pairDocuments([pl, caiq, en]).translations).toEqual([{ source: 'en', target: 'pl' }]);
  });

  it('takes the translation pair\'s original from the stated versions, then dates; English when neither says', () => {
    const en = (extra: Partial<PairedDocument>) => doc('Acme Security White Paper', paperOutline, { id: 'en', ...extra });
    const pl = (extra: Partial<PairedDocument>) => doc('Biała księga bezpieczeństwa Acme', ['1. Hosting', '2. Szyfrowanie'], { id: 'pl', language: 'pl', ...extra });
    const direction = (a: PairedDocument, b: PairedDocument) => pairDocuments([a, b]).translations;
    // The Polish paper is at version 3.1, the English one still at 2.4: Polish is the original.
    expect(direction(en({ version: '2.4', date: '2026-02-01' }), pl({ version: '3.1', date: '2025-12-01' }))).toEqual([{ source: 'pl', target: 'en' }]);
    expect(direction(en({ version: '3.1' }), pl({ version: '2.4' }))).toEqual([{ source: 'en', target: 'pl' }]);
    // No versions (or the same one): the later date decides.
    expect(direction(en({ date: '2025-04-02' }), pl({ date: '2026-01-15' }))).toEqual([{ source: 'pl', target: 'en' }]);
    expect(direction(en({ version: '2.0', date: '2025-04-02' }), pl({ version: '2.0', date: '2026-01-15' }))).toEqual([{ source: 'pl', target: 'en' }]);
    // One side undated, or both alike: English stays the original.
    expect(direction(en({}), pl({ date: '2026-01-15' }))).toEqual([{ source: 'en', target: 'pl' }]);
    expect(direction(en({ version: '1.0', date: '2026-01-15' }), pl({ version: '1.0', date: '2026-01-15' }))).toEqual([{ source: 'en', target: 'pl' }]);
  });
});
