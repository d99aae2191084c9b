/**
 * No step of the per-document pipeline (model, claims, findings) may look through a list of the
 * whole document once per item of it (`blocks.find` per section, `rows.some` per sentence,
 * `cells.find` per row): on a long input that is quadratic. Counted, not timed: every element an
 * array method visits (find, some, filter, includes, ...) is added up while the pipeline runs on
 * one document and on the same kind of document four times as long; the count may grow four
 * times, not sixteen.
 */
import { describe, expect, it } from 'vitest';
import { arrayScans } from '../helpers/array-scans.ts';
import { readCsv } from '../../ingest/readers/csv.ts';
import { extractClaims } from '../../src/claims/extract.ts';
import { documentFindingsIn } from '../../src/findings/document-findings.ts';
import { buildDocument } from '../../src/model/build.ts';
import { documentFromText } from '../../src/model/from-text.ts';
import type { SeckbDocument } from '../../src/model/types.ts';

/** Elements visited by array methods while a document is built and its claims and findings read. */
function scansOf(build: () => SeckbDocument): number {
  extractClaims(build()); // warm-up: rules compiled, lazy tables built
  return arrayScans(() => {
    const doc = build();
    documentFindingsIn(doc, { claims: extractClaims(doc) }, ['pl']);
  });
}

/** A paper of `sections` numbered sections, each with prose, a list, a table and a code block, after a contents list. */
function paper(sections: number): string {
  const toc = Array.from({ length: sections }, (_, i) => `- ${i + 1}. Control area ${i + 1} .... ${i + 3}`).join('\n');
  const body = Array.from({ length: sections }, (_, i) =>
    [
      `## ${i + 1}. Control area ${i + 1}`,
      `Backups of area ${i + 1} are taken daily and kept for ${20 + (i % 40)} days. Access to production requires multi-factor authentication. Staff review the logs every week.`,
      `- Encryption at rest with AES-256\n- Logs kept for ${90 + i} days\n- Reviewed by the security team`,
      `| Item | Value |\n|---|---|\n| Backup retention | ${20 + (i % 40)} days |\n| RTO | ${4 + (i % 8)} hours |`,
      '```\nexport BACKUP_DAYS=30\n```',
      `Dane klientów są przechowywane w regionie Frankfurt. The service is hosted in the EU.`,
    ].join('\n\n'),
  ).join('\n\n');
  return `# Acme Maintenance Cloud: Security White Paper\n\nVersion 2.1, last updated: 3 March 2026\n\n## Contents\n\n${toc}\n\n${body}\n`;
}

/** A questionnaire of `rows` rows as one CSV table. */
function questionnaire(rows: number): string {
  const topics = ['backups', 'audit logs', 'customer data', 'API tokens', 'user accounts'];
  const checks = ['encrypted at rest', 'kept for 90 days', 'deleted after termination', 'protected with MFA'];
  const lines = Array.from({ length: rows }, (_, i) => `Q-${i + 1},Are ${topics[i % topics.length]} ${checks[i % checks.length]}?,${i % 3 ? 'Yes' : 'No'},Reviewed twice a year; retained for ${30 + (i % 9)} days.`);
  return `ID,Question,Answer,Comment\n${lines.join('\n')}\n`;
}

describe('array scans grow linearly with the document', () => {
  it('a paper with sections, lists, tables, code and a contents list', () => {
    const small = scansOf(() => documentFromText(paper(20)));
    const large = scansOf(() => documentFromText(paper(80)));
    // Four times the document: four times the scans (quadratic steps made it 5.1-5.9x).
    expect(large / small).toBeLessThan(4.5);
  });

  it('a questionnaire of many rows in one table', () => {
    const csv = (n: number) => buildDocument(readCsv(questionnaire(n)), { id: 'q', source: 'q.csv', sha256: '' });
    const small = scansOf(() => csv(120));
    const large = scansOf(() => csv(480));
    expect(large / small).toBeLessThan(4.5);
  });
});
