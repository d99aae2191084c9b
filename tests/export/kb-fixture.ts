/** A small knowledge base written to a temporary folder (EN, PL, and a Danish document without rules). */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractClaims } from '../../src/claims/extract.ts';
import { documentFromText } from '../../src/model/from-text.ts';
import type { SeckbDocument } from '../../src/model/types.ts';

// Gamma declares its language: short Danish texts are not reliably detected (that is another test's concern).
const SOURCES: Array<[id: string, vendor: string, text: string, language?: string]> = [
  [
    'alpha-security',
    'Alpha',
    '# Alpha Security Overview\n\n## Backups\n\nBackups are kept for 30 days and encrypted with AES-256. Our servers are hosted in Germany.\n\n## Access\n\nAdministrators sign in with multi-factor authentication. Customer data is deleted within 90 days after the contract ends.\n',
  ],
  [
    'beta-bezpieczenstwo',
    'Beta Sp. z o.o.',
    '# Bezpieczeństwo usługi Beta\n\n## Kopie zapasowe\n\nKopie zapasowe wykonujemy codziennie i przechowujemy przez 5 tygodni. Dane są szyfrowane algorytmem AES-256.\n\n## Usuwanie danych\n\nDane klienta usuwamy w ciągu 90 dni od rozwiązania umowy.\n',
  ],
  [
    'gamma-sikkerhed',
    'Gamma',
    '# Gamma sikkerhed\n\nVi tager sikkerhedskopier af alle data hver nat, og de opbevares i tredive dage i et datacenter i Danmark. Adgang kræver altid to faktorer.\n',
    'da',
  ],
];

export function fixtureDocuments(): SeckbDocument[] {
  return SOURCES.map(([id, vendor, text, language]) => documentFromText(text, { id, source: `${id}.md`, meta: { vendor, ...(language ? { language } : {}) } }));
}

/** Writes the KB files `readKb` needs; returns the folder. */
export function writeFixtureKb(parent = mkdtempSync(path.join(os.tmpdir(), 'seckb-export-'))): string {
  const dir = path.join(parent, 'kb');
  mkdirSync(path.join(dir, 'documents'), { recursive: true });
  const docs = fixtureDocuments();
  for (const d of docs) writeFileSync(path.join(dir, 'documents', `${d.id}.json`), JSON.stringify(d));
  writeFileSync(path.join(dir, 'claims.json'), JSON.stringify(docs.flatMap(extractClaims)));
  const entries = docs.map((d) => ({ id: d.id, source: d.source, sha256: d.sha256, format: 'md', status: 'ok', ...(['en', 'pl'].includes(d.language) ? {} : { supported: false }) }));
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ seckb: { kb: 1 }, documents: entries, modelVersion: 'test' }));
  return dir;
}
