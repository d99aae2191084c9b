/**
 * Real-world run over ../shared/seeds: the "Done when" items as assertions on attributes
 * found, plus precision/recall against hand labels (seed-labels.json: attribute/value pairs only).
 */
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { describeSeeds, seedFiles } from '../helpers/seeds.ts';
import { loadDocument } from '../../ingest/load.ts';
import { extractClaims } from '../../src/claims/extract.ts';
import { riskFindings } from '../../src/findings/risks.ts';
import type { Claim } from '../../src/claims/types.ts';
import type { SeckbDocument } from '../../src/model/types.ts';
import labels from './seed-labels.json' with { type: 'json' };
import { measure, type Label } from './measure.ts';


describeSeeds('claims on the seed corpus', () => {
  const docs = new Map<string, { doc: SeckbDocument; claims: Claim[] }>();
  const by = (prefix: string) => [...docs.entries()].find(([f]) => f.startsWith(prefix))![1];
  const has = (prefix: string, attribute: string, pred: (c: Claim) => boolean = () => true) =>
    by(prefix).claims.some((c) => c.attribute === attribute && pred(c));

  beforeAll(async () => {
    for (const file of seedFiles()) {
      const doc = await loadDocument(file);
      docs.set(path.basename(file), { doc, claims: extractClaims(doc) });
    }
  });

  it('quotes every claim exactly, with section and language', () => {
    for (const { doc, claims } of docs.values()) {
      expect(claims.length).toBeGreaterThan(5);
      for (const c of claims) {
        expect(c.quote).toBe(doc.text.slice(c.start, c.end));
        expect(doc.sections.some((s) => s.id === c.sectionId)).toBe(true);
        expect(['en', 'pl']).toContain(c.lang);
      }
    }
  });

  it('finds hosting locations with roles and regions', () => {
    expect(has('000', 'hosting.location', (c) => c.value === 'NL' && c.qualifiers.role === 'production' && c.qualifiers.region === 'azure:westeurope')).toBe(true);
    expect(has('000', 'hosting.location', (c) => c.value === 'IE' && c.qualifiers.role === 'failover')).toBe(true);
    expect(has('002', 'hosting.location', (c) => c.value === 'DE' && c.qualifiers.region === 'aws:eu-central-1')).toBe(true);
    expect(has('002', 'hosting.location', (c) => c.value === 'SE' && c.qualifiers.role === 'backup')).toBe(true);
    expect(has('002', 'hosting.location', (c) => c.value === 'NO' && c.qualifiers.role === 'development')).toBe(true);
    expect(has('003', 'hosting.location', (c) => c.value === 'DE')).toBe(true);
    expect(has('004', 'hosting.location', (c) => c.value === 'NL')).toBe(true);
  });

  it('reads every cell of the backup retention table, and backup frequencies', () => {
    const cells = by('000').claims.filter((c) => c.attribute === 'backup.retention' && c.qualifiers.edition);
    expect(cells).toHaveLength(10);
    expect(cells.filter((c) => c.qualifiers.type === 'point-in-time').map((c) => c.value).sort()).toEqual(['P14D', 'P14D', 'P35D', 'P7D']);
    expect(has('002', 'backup.frequency', (c) => c.value === 'P1D')).toBe(true);
    expect(has('003', 'backup.frequency', (c) => c.value === 'P1D')).toBe(true);
    expect(has('004', 'backup.frequency', (c) => c.value === 'PT12H')).toBe(true);
  });

  it('finds deletion periods, encryption, TLS, MFA, lockout, SLA, subprocessors and certifications', () => {
    expect(has('000', 'deletion.after_termination', (c) => c.value === 'P14D')).toBe(true);
    expect(has('003', 'deletion.after_termination', (c) => c.value === 'P90D')).toBe(true);
    expect(has('004', 'deletion.after_termination', (c) => c.value === 'P1M')).toBe(true);
    expect(has('003', 'deletion.backup_purge', (c) => c.value === 'not-actively-deleted')).toBe(true);
    expect(has('002', 'deletion.backup_purge', (c) => c.value === 'P30D')).toBe(true);
    expect(has('004', 'encryption.at_rest', (c) => c.value === false && c.qualifiers.scope === 'vm')).toBe(true);
    expect(has('001', 'encryption.at_rest.algorithm', (c) => c.value === 'aes-256')).toBe(true);
    expect(has('003', 'encryption.tls.min_version', (c) => c.value === '1.0')).toBe(true);
    expect(has('002', 'auth.mfa', (c) => c.value === true)).toBe(true);
    expect(has('004', 'auth.lockout.attempts', (c) => c.value === 5)).toBe(true);
    expect(has('003', 'availability.sla', (c) => c.value === 99.95)).toBe(true);
    expect(has('003', 'subprocessor', (c) => c.value === 'dotpay')).toBe(true);
    expect(has('004', 'subprocessor', (c) => c.value === 'lastpass')).toBe(true);
    expect(has('000', 'cert.infrastructure', (c) => c.value === 'iso27001' && c.qualifiers.holder === 'azure')).toBe(true);
    expect(has('003', 'cert.infrastructure', (c) => c.value === 'soc2' && c.qualifiers.holder === 'aws')).toBe(true);
    for (const { claims } of docs.values()) expect(claims.some((c) => c.attribute === 'cert.vendor')).toBe(false);
  });

  it('flags the risks the seeds state', () => {
    const rules = (p: string) => riskFindings(by(p).doc, by(p).claims).map((f) => f.rule);
    expect(rules('003')).toEqual(expect.arrayContaining(['risk-tls-legacy', 'risk-backups-never-purged']));
    // Round 18: its provider's certificates are told under a data-centre security heading, and the
    // page never raises its own certification: a fact about the facility, no red flag.
    expect(rules('003')).not.toContain('risk-only-provider-certs');
    expect(rules('004')).toEqual(expect.arrayContaining(['risk-unencrypted-vm', 'risk-impersonation-without-password']));
  });

  it('reaches precision and recall floors against the hand labels (figures printed)', () => {
    const all = labels as unknown as Record<string, Label[]>;
    const { precision, recall, report } = measure([...docs].map(([file, { claims }]) => ({ name: file.slice(0, 3), claims, labels: all[file] ?? [] })));
    console.log(report);
    expect(precision).toBeGreaterThan(0.8);
    expect(recall).toBeGreaterThan(0.8);
  });
});
