/**
 * The KB contract over documents written here to stress what unseen input brings: UTF-16 and
 * Windows-1252 text, CRLF, astral characters before flagged text, front matter, html entities,
 * a `.txt` holding markdown, tabs and invisible spaces. Invented vendors only.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Kb } from './harness.ts';
import { kbContract } from './kb-contract.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'seckb-contract-edge-'));
const doc = (vendor: string) =>
  [
    `# ${vendor} Cloud Security Overview`,
    '',
    'Version 1.0',
    'Last updated: 3 May 2026',
    '',
    '## 1. Hosting',
    '',
    `${vendor} Cloud is hosted on Microsoft Azure in the West Europe region (Netherlands). TODO: confirm region.`,
    '',
    '## 2. Encryption',
    '',
    '🔒 All data at rest is encrypted with AES-256. 🔐 TODO: name the key store. Traffic uses TLS 1.2 or higher.',
    '',
    '## 3. Backups',
    '',
    'Backups are taken daily and retained for 30 days. Contact [Your Company Name] for details.',
    '',
  ].join('\n');

const files: Record<string, Buffer> = {
  'utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(doc('Utfco'), 'utf16le')]),
  'cp1252.txt': Buffer.from('Brixo Security Paper\n\nVersion 2.0\n\nHosting\n\nOur caf\xe9 team says \x93production runs in AWS eu-central-1 (Frankfurt)\x94 \x96 backups are kept for 14 days.\n', 'latin1'),
  'crlf.md': Buffer.from(doc('Crlfco').replace(/\n/g, '\r\n')),
  'front.md': Buffer.from(`---\ntitle: Frontco Security\nvendor: Frontco Ltd\nlanguage: en\n---\n\n${doc('Frontco')}`),
  'page.html': Buffer.from(
    '<!doctype html><html><head><title>Htmlco Security</title><style>p{content:"x"}</style></head><body><h1>Htmlco Security &amp; Privacy</h1><p>Version 1.1</p><h2>1. Hosting</h2><p>Htmlco runs on Google Cloud in europe-north1 (Finland). Lorem ipsum dolor sit amet.</p><h2>2. Access</h2><p>After 5 failed login attempts the account is locked for 15&nbsp;minutes.</p><table><tr><th>Plan</th><th>Basic</th><th>Pro</th></tr><tr><td>Daily backups</td><td>7 days</td><td>-</td></tr></table></body></html>',
  ),
  'pl.md': Buffer.from('# Polco — Bezpieczeństwo\n\nWersja 1.0\n\n## 1. Hosting\n\nSystem działa w Microsoft Azure w regionie Poland Central (Warszawa). [wstaw datę]\n\n## 2. Usuwanie danych\n\nDane klientów usuwamy w ciągu 90 dni od rozwiązania umowy.\n'),
  'tabs.txt': Buffer.from('Tabco Security\n\nVersion 3\n\n1. Hosting\n\nTabco\thosts\tits service on AWS.\u00a0Backups are retained for 7 days.\u200b The the system is monitored around the clock.\n'),
};
for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(dir, name), bytes);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('KB contract: edge-case documents', () => {
  const kb: () => Kb = kbContract([dir]);

  it('reads every encoding to the same characters', () => {
    const text = (id: string) => kb().documents.get(id)?.text ?? '';
    expect(text('cp1252')).toContain('café team says “production');
    expect(text('cp1252')).toContain('” – backups');
    expect(text('utf16')).toContain('hosted on Microsoft Azure');
    expect(text('utf16')).not.toMatch(/[\u0000\ufeff]/);
    expect(text('crlf')).not.toContain('\r');
  });

  it('names the vendor, not a product word or a title word', () => {
    const vendors = Object.fromEntries([...kb().documents.values()].map((d) => [d.id, (d.vendor as { id: string }).id]));
    expect(vendors).toMatchObject({ utf16: 'utfco', crlf: 'crlfco', pl: 'polco', tabs: 'tabco', page: 'htmlco', cp1252: 'brixo' });
  });

  it('flags the planted placeholders and notes, with lines and columns in the file', () => {
    const found = kb().findings.map((f) => `${f.documentId}:${f.line}:${f.column} ${f.excerpt}`);
    const lines = doc('Crlfco').split('\n');
    const at = (line: number, what: string) => `crlf:${line}:${lines[line - 1].indexOf(what) + 1} ${what}`;
    // Line 12: after two astral characters, counted in UTF-16 code units (SARIF's columnKind).
    expect(found).toEqual(expect.arrayContaining([at(8, 'TODO'), at(12, 'TODO'), at(16, '[Your Company Name]'), 'pl:7:71 [wstaw datę]']));
  });
});
