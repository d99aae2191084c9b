/**
 * Documents in a language seckb has no rules for (Danish, German, French written here): detected
 * as that language, `supported: false` in the manifest, no claims guessed from their prose, and no
 * untranslated-segment findings against EN/PL. EN<->PL untranslated passages are still found.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/extract.ts';
import { documentFindings } from '../../src/findings/document-findings.ts';
import { buildKbFiles } from '../../src/kb/build-kb.ts';
import { detectDocumentLanguage, detectSentenceLanguage, isSupportedLanguage } from '../../src/model/language.ts';
import { documentFromText } from '../../src/model/from-text.ts';

const dir = path.join(import.meta.dirname, '../fixtures/languages');
const FILES = { da: 'sikkerhed-da.md', de: 'sicherheit-de.md', fr: 'securite-fr.md' } as const;
const load = (lang: keyof typeof FILES) =>
  documentFromText(readFileSync(path.join(dir, FILES[lang]), 'utf8'), { format: 'md', source: FILES[lang], id: `doc-${lang}` });

describe('languages without rules', () => {
  for (const lang of Object.keys(FILES) as Array<keyof typeof FILES>) {
    it(`detects ${lang}, keeps its sentences in ${lang}, reads no claims and reports no untranslated passage`, () => {
      const doc = load(lang);
      expect(doc.language).toBe(lang);
      expect(isSupportedLanguage(doc.language)).toBe(false);
      expect(new Set(doc.sentences.map((s) => s.lang))).toEqual(new Set([lang]));
      expect(extractClaims(doc)).toEqual([]);
      expect(documentFindings(doc).filter((f) => f.kind === 'untranslated-segment')).toEqual([]);
    });
  }

  it('still finds an English paragraph dense with English words inside a Danish document', () => {
    expect(detectSentenceLanguage('All of the data is encrypted at rest and in transit by the service.', 'da')).toBe('en');
    expect(detectSentenceLanguage('Systemet drives i to datacentre i Danmark.', 'da')).toBe('da');
  });

  it('keeps EN and PL detection and untranslated-segment between them', () => {
    expect(detectDocumentLanguage('All customer data is stored in the EU and it is encrypted at rest. Backups are taken every night and kept for 30 days in a second region.')).toBe('en');
    const pl = documentFromText(
      '# Bezpieczeństwo\n\nWszystkie dane klientów są przechowywane w Polsce. Kopie zapasowe wykonujemy codziennie i przechowujemy przez 30 dni.\n\nAll backups are encrypted and they are stored in a second data centre for the whole retention period.\n\nDostęp do danych mają tylko uprawnieni pracownicy.',
      { format: 'md', id: 'pl' },
    );
    expect(pl.language).toBe('pl');
    expect(documentFindings(pl).filter((f) => f.kind === 'untranslated-segment').map((f) => f.excerpt)).toEqual([
      'All backups are encrypted and they are stored in a second data centre for the whole retention period.',
    ]);
  });

  it('does not call a company name with its address untranslated', () => {
    const en = documentFromText(
      '# Contact\n\nThe service is operated by our Polish subsidiary, which also runs the support desk.\n\nSerwisix Spółka z ograniczoną odpowiedzialnością Sp. z o.o., ul. Świętokrzyska 12, 00-916 Warszawa\n\nAll questions about security go to the security team.',
      { format: 'md', id: 'en' },
    );
    expect(documentFindings(en).filter((f) => f.kind === 'untranslated-segment')).toEqual([]);
  });

  it('marks the manifest entries of unsupported documents with supported: false, and only those', () => {
    const docs = [load('da'), load('de'), documentFromText('# Security\n\nAll customer data is encrypted at rest and in transit.', { format: 'md', id: 'en', source: 'en.md' })];
    const entries = docs.map((d) => ({ id: d.id, source: d.source, sha256: '0'.repeat(64), format: 'md', status: 'ok' as const }));
    const manifest = JSON.parse(String(buildKbFiles({ entries, analyses: docs.map((document) => ({ document, claims: [], findings: [], messages: {} })), modelVersion: 'test' }).get('manifest.json')));
    const supported = Object.fromEntries(manifest.documents.map((e: { id: string; supported?: boolean }) => [e.id, e.supported]));
    expect(supported).toEqual({ 'doc-da': false, 'doc-de': false, en: undefined });
  });
});
