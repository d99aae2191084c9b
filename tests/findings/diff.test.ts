/** diffClaims / diffSections on two versions written here, the diff CLI, and the seed versions. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/extract.ts';
import { formatDiffText } from '../../src/cli/diff.ts';
import { diffClaims, diffSections } from '../../src/findings/diff.ts';
import { documentFromText } from '../../src/model/from-text.ts';
import { loadDocument } from '../../ingest/load.ts';
import { seckb } from '../helpers/cli.ts';
import { describeSeeds, seedFiles } from '../helpers/seeds.ts';
import { claimOn } from './claim-helpers.ts';

const V1 = `# Security paper

## Backups

Backups are kept for 35 days.

## Certifications

We hold ISO 27001 and SOC 2.

## Single sign-on

Customers can sign in with Azure AD.

## Deletion

All customer data is deleted at most 14 days after the contract ends.`;

const V2 = `# Security paper

## Backups

Backups are kept for 5 weeks.

## Certifications

We hold ISO 27001 and ISO 27017.

## Encryption

All data is encrypted at rest using AES-256.

## Deletion

All customer data is deleted at most 30 days after the contract ends.`;

describe('diffClaims', () => {
  const old = documentFromText(V1, { id: 'v1' });
  const neu = documentFromText(V2, { id: 'v2' });
  const oldClaims = [
    claimOn(old, 'kept for 35 days', 'backup.retention', 'P35D'),
    claimOn(old, 'ISO 27001 and SOC 2', 'cert.vendor', 'iso27001'),
    claimOn(old, 'ISO 27001 and SOC 2', 'cert.vendor', 'soc2'),
    claimOn(old, 'Azure AD', 'auth.sso', 'azure-ad'),
    claimOn(old, 'at most 14 days', 'deletion.after_termination', 'P14D'),
  ];
  const newClaims = [
    claimOn(neu, 'kept for 5 weeks', 'backup.retention', 'P5W'),
    claimOn(neu, 'ISO 27001 and ISO 27017', 'cert.vendor', 'iso27001'),
    claimOn(neu, 'ISO 27001 and ISO 27017', 'cert.vendor', 'iso27017'),
    claimOn(neu, 'AES-256', 'encryption.at_rest.algorithm', 'aes-256'),
    claimOn(neu, 'at most 30 days', 'deletion.after_termination', 'P30D', { scope: 'all' }),
  ];

  it('keys by attribute + qualifiers: added, removed, changed; sets for multi-valued; 35 days = 5 weeks', () => {
    const d = diffClaims(oldClaims, newClaims);
    expect(d.added.map((c) => `${c.attribute}=${c.value}`)).toEqual(['cert.vendor=iso27017', 'encryption.at_rest.algorithm=aes-256']);
    expect(d.removed.map((c) => `${c.attribute}=${c.value}`)).toEqual(['auth.sso=azure-ad', 'cert.vendor=soc2']);
    expect(d.changed.map((c) => [c.attribute, c.qualifiers, c.old.value, c.new.value])).toEqual([['deletion.after_termination', {}, 'P14D', 'P30D']]);
  });

  it('is empty for identical claims and symmetric in added/removed', () => {
    expect(diffClaims(oldClaims, oldClaims)).toEqual({ added: [], removed: [], changed: [] });
    const d = diffClaims(newClaims, oldClaims);
    expect(d.added.map((c) => c.value)).toEqual(['azure-ad', 'soc2']);
  });

  it('shows a dropped section and an added one', () => {
    const s = diffSections(old, neu);
    expect(s.removed.map((x) => x.heading)).toEqual(['Single sign-on']);
    expect(s.added.map((x) => x.heading)).toEqual(['Encryption']);
    const text = formatDiffText('v1.md', 'v2.md', diffClaims(oldClaims, newClaims), s);
    expect(text).toMatch(/^\+ encryption\.at_rest\.algorithm = aes-256$/m);
    expect(text).toMatch(/^- auth\.sso = azure-ad$/m);
    expect(text).toMatch(/^~ deletion\.after_termination: P14D -> P30D$/m);
    expect(text).toMatch(/^- Single sign-on$/m);
  });

  it('works on Polish versions through the extractor', () => {
    const a = documentFromText('# Bezpieczeństwo\n\n## Usuwanie\n\nDane klienta usuwamy w ciągu 30 dni od zakończenia umowy.\n\n## Szyfrowanie\n\nRuch jest szyfrowany protokołem TLS.', { id: 'p1' });
    const b = documentFromText('# Bezpieczeństwo\n\n## Usuwanie\n\nDane klienta usuwamy w ciągu 90 dni od zakończenia umowy.', { id: 'p2' });
    const d = diffClaims(extractClaims(a), extractClaims(b));
    expect(d.changed.map((c) => [c.attribute, c.old.value, c.new.value])).toContainEqual(['deletion.after_termination', 'P30D', 'P90D']);
    expect(diffSections(a, b).removed.map((s) => s.heading)).toEqual(['Szyfrowanie']);
  });
});

describe('seckb diff (CLI)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'seckb-diff-'));
  const f1 = path.join(dir, 'v1.md');
  const f2 = path.join(dir, 'v2.md');
  writeFileSync(f1, V1);
  writeFileSync(f2, V2);

  it('prints json with exactly added, removed and changed', () => {
    const r = seckb(['diff', f1, f2, '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['added', 'removed', 'changed']);
    for (const c of [...json.added, ...json.removed]) expect(typeof c.attribute).toBe('string');
    expect(json.removed.map((c: { attribute: string }) => c.attribute)).toContain('auth.sso');
  });

  it('prints text and exits 2 on a bad call or an unreadable file', () => {
    const r = seckb(['diff', f1, f2]);
    expect(r.stdout).toContain('sections:');
    expect(seckb(['diff', f1]).code).toBe(2);
    expect(seckb(['diff', f1, f2, '--format', 'xml']).code).toBe(2);
    const missing = seckb(['diff', f1, path.join(dir, 'nope.md')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*nope\.md/);
  });
});

describeSeeds('diff on the seed versions (000 -> 001)', () => {
  it('shows the encryption added and the backup, SSO and deletion statements dropped', async () => {
    const [f0, f1] = seedFiles();
    const [a, b] = [await loadDocument(f0), await loadDocument(f1)];
    const d = diffClaims(extractClaims(a), extractClaims(b));
    expect(d.added.map((c) => `${c.attribute}=${c.value}`)).toContain('encryption.at_rest.algorithm=aes-256');
    const removed = new Set(d.removed.map((c) => c.attribute));
    for (const attr of ['backup.retention', 'auth.sso', 'deletion.after_termination']) expect(removed, attr).toContain(attr);
    const sections = diffSections(a, b).removed.map((s) => s.heading);
    expect(sections).toEqual(expect.arrayContaining(['Backups', 'Azure Active Directory and SSO']));
  });
});
