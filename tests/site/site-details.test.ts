/** Site details: one display name per vendor id, other versions named by what tells them apart, language names. */
import { describe, expect, it } from 'vitest';
import { buildKbFiles } from '../../src/kb/build-kb.ts';
import { vendorDisplayNames } from '../../src/kb/vendor-names.ts';
import { documentFromText } from '../../src/model/from-text.ts';
import type { SeckbDocument } from '../../src/model/types.ts';
import { languageLabel } from '../../src/site/language-label.ts';
import { otherVersionLabel } from '../../src/site/other-version.ts';

const doc = (id: string, name: string): SeckbDocument => {
  const d = documentFromText('# Security\n\nAll customer data is encrypted at rest.', { format: 'md', id, source: `${id}.md` });
  return { ...d, vendor: { id: 'plantwise', name } };
};

describe('vendor display names', () => {
  it('picks the spelling most documents use, then brand capitals over sentence case, never all capitals on a tie', () => {
    expect(vendorDisplayNames([doc('a', 'Plantwise'), doc('b', 'PlantWise')]).get('plantwise')).toBe('PlantWise');
    expect(vendorDisplayNames([doc('a', 'Plantwise'), doc('b', 'Plantwise'), doc('c', 'PlantWise')]).get('plantwise')).toBe('Plantwise');
    expect(vendorDisplayNames([doc('a', 'PLANTWISE'), doc('b', 'Plantwise')]).get('plantwise')).toBe('Plantwise');
  });

  it('writes one name into every document of the knowledge base, whatever the input order', () => {
    const docs = [doc('b', 'PlantWise'), doc('a', 'Plantwise')];
    const names = (list: SeckbDocument[]) => {
      const files = buildKbFiles({ entries: [], analyses: list.map((document) => ({ document, claims: [], findings: [], messages: {} })), modelVersion: 't' });
      return ['a', 'b'].map((id) => JSON.parse(String(files.get(`documents/${id}.json`))).vendor.name);
    };
    expect(names(docs)).toEqual(['PlantWise', 'PlantWise']);
    expect(names([...docs].reverse())).toEqual(['PlantWise', 'PlantWise']);
  });
});

describe('other versions', () => {
  const base = { title: 'Security overview', source: 'content/sources/security-2025.txt' };
  it('names the version and date that differ', () => {
    expect(otherVersionLabel({ ...base, version: '2.1', date: '2025-03-03' }, { ...base, version: '2.0', date: '2024-01-10' }, 'en', 'version')).toBe(
      'Security overview (version 2.1, March 3, 2025)',
    );
    expect(otherVersionLabel({ ...base, version: 'v8.4' }, { ...base }, 'pl', 'wersja')).toBe('Security overview (v8.4)');
  });
  it('falls back to the file name and never shows empty parentheses', () => {
    const label = otherVersionLabel({ ...base, source: 'content/sources/security-2026.md' }, { ...base }, 'en', 'version');
    expect(label).toBe('Security overview (security-2026.md)');
    expect(otherVersionLabel({ ...base, date: '2025-01-01' }, { ...base, date: '2025-01-01' }, 'en', 'version')).not.toContain('()');
  });
});

describe('language names', () => {
  it('uses the locale string when there is one, else the Intl name in the UI language', () => {
    expect(languageLabel('en', 'en', 'English')).toBe('English');
    expect(languageLabel('da', 'en', '')).toBe('Danish');
    expect(languageLabel('da', 'pl', '')).toBe('duński');
  });
});
