/** Findings on questionnaires: a vendor's answer against its own white paper; check on a sheet. */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seckb } from '../helpers/cli.ts';
import { readCsv } from '../../ingest/readers/csv.ts';
import { extractClaims } from '../../src/claims/extract.ts';
import { crossDocumentFindings } from '../../src/findings/cross.ts';
import { checkDocument } from '../../src/findings/engine.ts';
import { buildDocument } from '../../src/model/build.ts';
import { documentFromText } from '../../src/model/from-text.ts';

const sheet = (text: string, id: string, vendor: string) => buildDocument(readCsv(text), { id, source: `${id}.csv`, sha256: 'x', meta: { vendor } });

const caiq = [
  'Question ID,Question,Answer,Comment',
  'SEF-07.1,How soon are customers notified of a security incident?,Yes,Within 72 hours of detection.',
  'IAM-14.1,Is multi-factor authentication offered to customers?,Yes,TOTP apps.',
  'BCR-08.1,Are backups retained for a defined period?,Yes,Backups are kept for 30 days.',
].join('\n');
const paper = documentFromText(
  '# Security\n\nCustomers are notified of security incidents within 48 hours.\n\nBackups are kept for 30 days.\n\nMulti-factor authentication with TOTP apps is available to customers.\n',
  { id: 'acme-paper', meta: { vendor: 'Acme' } },
);

describe('questionnaire-mismatch', () => {
  it('an answer the same vendor\'s white paper contradicts: one finding on the row, related to the paper', () => {
    const q = sheet(caiq, 'acme-caiq', 'Acme');
    const claims = [...extractClaims(paper), ...extractClaims(q)];
    const found = crossDocumentFindings([paper, q], claims, { versions: [], translations: [] }).filter((f) => f.rule === 'questionnaire-mismatch');
    expect(found.map((f) => [f.documentId, f.kind, f.excerpt, f.related?.[0].documentId, f.related?.[0].excerpt])).toEqual([
      ['acme-caiq', 'inconsistency', 'SEF-07.1 | How soon are customers notified of a security incident? | Yes | Within 72 hours of detection.', 'acme-paper', 'Customers are notified of security incidents within 48 hours.'],
    ]);
    expect(found[0].message).toBe("The questionnaire answers PT72H (incident.notification) where the vendor's white paper says PT48H.");
    expect(found[0]).toMatchObject({ line: 2, column: 1 });
  });
  it('another vendor\'s paper is no evidence against the questionnaire', () => {
    const q = sheet(caiq, 'other-caiq', 'Other');
    const found = crossDocumentFindings([paper, q], [...extractClaims(paper), ...extractClaims(q)], { versions: [], translations: [] });
    expect(found.filter((f) => f.rule === 'questionnaire-mismatch')).toEqual([]);
  });
});

describe('check on a questionnaire', () => {
  it('unanswered rows, hedged answers, and chat residue or placeholders in comments', () => {
    const q = sheet(
      [
        'Question ID,Question,Answer,Comment',
        'IAM-14.1,Is MFA offered to customers?,"Yes, planned for next year",',
        'LOG-05.1,Are security events monitored?,,',
        'CEK-03.1,Is data encrypted at rest?,Yes,[Insert key management details]',
        'STA-01.1,Do you hold ISO 27001?,Yes,"Certainly! Here\'s a polished answer: we hold ISO 27001."',
      ].join('\n'),
      'draft',
      'Acme',
    );
    const findings = checkDocument(q, { claims: extractClaims(q) });
    const rules = findings.map((f) => `${f.rule}@${f.line}:${f.column}`);
    expect(rules).toContain('hedged-answer@2:1');
    expect(rules).toContain('unanswered-question@3:1');
    expect(findings.some((f) => f.kind === 'placeholder' && f.excerpt.includes('[Insert key management details]'))).toBe(true);
    expect(findings.some((f) => f.kind === 'ai-chat-residue' && f.line === 5)).toBe(true);
  });
});

describe('a feature grid is no questionnaire', () => {
  const hedgedRows = (csv: string) => checkDocument(sheet(csv, 'grid', 'Acme'), {}).filter((f) => f.rule === 'hedged-answer').length;
  it('plans per row, yes/no features per column: a "no" beside a "yes" takes nothing back', () => {
    expect(hedgedRows(['Starter,99.5 %,yes,no', 'Team,99.8 %,yes,no', 'Business,99.9 %,yes,yes', 'Enterprise,99.95 %,yes,yes'].join('\n'))).toBe(0);
    expect(hedgedRows(['Podstawowy,99.5 %,tak,nie', 'Rozszerzony,99.8 %,tak,nie', 'Premium,99.9 %,tak,tak'].join('\n'))).toBe(0);
  });
  it('look-alike: a header-less questionnaire whose comments open with a No still takes the yes back', () => {
    const csv = [
      'Is MFA enforced for all users?,Yes,"No, only for administrators"',
      'Is data encrypted at rest?,Yes,AES-256 on every volume',
      'Are backups tested?,Yes,Restores are tested every quarter',
      'Is there a WAF?,Yes,In front of every public endpoint',
    ].join('\n');
    expect(hedgedRows(csv)).toBe(1);
  });
});

describe('seckb check and compare on the sample questionnaire', () => {
  it('check: one line per finding at the row and column of its cell, exit 1 on the placeholder', () => {
    const r = seckb(['check', 'content/sources/nordhall-caiq.xlsx', '--today', '2026-07-01']);
    expect(r.stdout.trim().split('\n').map((l) => l.split(' ').slice(0, 3).join(' '))).toEqual([
      'content/sources/nordhall-caiq.xlsx:7:1 warning inconsistency',
      'content/sources/nordhall-caiq.xlsx:11:1 warning placeholder',
      'content/sources/nordhall-caiq.xlsx:14:4 error placeholder',
    ]);
    expect(r.code).toBe(1);
  });
  it('compare: the questionnaire stands beside the white paper, its evidence carrying the control id', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'seckb-q-'));
    const kb = path.join(dir, 'kb');
    const ingest = seckb(['ingest', 'content/sources/nordhall-caiq.xlsx', 'content/sources/nordhall-whitepaper.docx', '--out', kb]);
    expect(ingest.code).toBe(0);
    const findings = JSON.parse(readFileSync(path.join(kb, 'findings.json'), 'utf8')) as Array<{ rule: string; documentId: string; related?: Array<{ documentId: string }> }>;
    expect(findings.filter((f) => f.rule === 'questionnaire-mismatch').map((f) => [f.documentId, f.related?.[0].documentId])).toEqual([['nordhall-caiq', 'nordhall-whitepaper']]);
    const r = seckb(['compare', '--kb', kb, '--format', 'json']);
    const table = JSON.parse(r.stdout) as { vendors: Array<{ documentIds: string[] }>; groups: Array<{ rows: Array<{ attribute: string; cells: Array<{ values: Array<{ value: unknown; evidence: Array<{ control?: string }> }> }> }> }> };
    expect(table.vendors[0].documentIds).toEqual(['nordhall-caiq', 'nordhall-whitepaper']);
    const incident = table.groups.flatMap((g) => g.rows).find((row) => row.attribute === 'incident.notification')!;
    expect(incident.cells[0].values.map((v) => [v.value, v.evidence.map((e) => e.control ?? null)])).toEqual([['PT48H', [null]], ['PT72H', ['SEF-07.1']]]);
  });
});
