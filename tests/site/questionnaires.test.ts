import { describe, expect, it } from 'vitest';
import { readCsv } from '../../ingest/readers/csv.ts';
import { extractClaims } from '../../src/claims/extract.ts';
import { buildDocument } from '../../src/model/build.ts';
import { documentFromText } from '../../src/model/from-text.ts';
import { siteComparison } from '../../src/site/comparison-view.ts';
import { evidenceLabel, questionnaireSummaries } from '../../src/site/questionnaires.ts';
import { arrayScans } from '../helpers/array-scans.ts';

/** A CAIQ-like sheet of `n` answered rows of our own. */
function longSheet(n: number) {
  const rows = Array.from({ length: n }, (_, i) => `KM-${Math.floor(i / 7) + 1}.${(i % 7) + 1},Are tenant keys rotated every ${(i % 9) + 1} months?,${i % 2 ? 'No' : 'Yes'},`);
  return buildDocument(readCsv(['Question ID,Question,CSP CAIQ Answer,Comment', ...rows].join('\n')), { id: `caiq-${n}`, source: 'caiq.csv', sha256: 'x', meta: { vendor: 'Acme', title: 'Acme CAIQ v4' } });
}

const sheet = buildDocument(
  readCsv(['Question ID,Question,CSP CAIQ Answer,Comment', 'CEK-03.1,Is data encrypted at rest?,Yes,AES-256', 'IAM-14.1,Is MFA offered to customers?,No,', 'LOG-05.1,Are logs kept?,,', 'DSP-16.1,Do you store card data?,NA,'].join('\n')),
  { id: 'acme-caiq', source: 'acme-caiq.csv', sha256: 'x', meta: { vendor: 'Acme', title: 'Acme CAIQ v4' } },
);
const paper = documentFromText('# Security\n\nBackups are kept for 30 days.\n', { id: 'acme-paper', meta: { vendor: 'Acme' } });

describe('questionnaires on the site', () => {
  it('a vendor page lists its questionnaires with answered and unanswered counts; papers are no questionnaires', () => {
    expect(questionnaireSummaries([paper, sheet])).toEqual([{ id: 'acme-caiq', title: 'Acme CAIQ v4', lang: 'en', answered: 3, unanswered: 1 }]);
  });
  it('a questionnaire row as evidence reads "CAIQ CEK-03.1: Yes"; prose evidence has no label', () => {
    expect(evidenceLabel(sheet, sheet.text.indexOf('CEK-03.1'))).toBe('CAIQ CEK-03.1: Yes');
    expect(evidenceLabel(sheet, sheet.text.indexOf('IAM-14.1'))).toBe('CAIQ IAM-14.1: No');
    expect(evidenceLabel(paper, 12)).toBeUndefined();
  });
  it('labels every row of a long questionnaire in work linear in its rows (a lookup per claim, not a scan)', () => {
    const labelAll = (n: number) => {
      const doc = longSheet(n);
      const starts = Array.from({ length: n }, (_, i) => doc.text.indexOf(`KM-${Math.floor(i / 7) + 1}.${(i % 7) + 1}`));
      evidenceLabel(doc, 0); // rows read and sorted once
      const labels: Array<string | undefined> = [];
      const visited = arrayScans(() => { for (let i = 0; i < n; i++) labels.push(evidenceLabel(doc, starts[i]! + 1)); });
      return { labels, visited };
    };
    const small = labelAll(300);
    const large = labelAll(1_200);
    expect(large.labels[0]).toBe('CAIQ KM-1.1: Yes');
    expect(large.labels[1_199]).toBe(`CAIQ KM-${Math.floor(1_199 / 7) + 1}.${(1_199 % 7) + 1}: No`);
    expect(large.labels.every(Boolean)).toBe(true);
    // A scan per lookup made 4x the rows cost 16x the visits.
    expect(large.visited).toBeLessThan(small.visited * 6 + 1_000);
  });
  it('the comparison view labels questionnaire evidence', () => {
    const claims = [...extractClaims(paper), ...extractClaims(sheet)];
    const view = siteComparison({ documents: [paper, sheet], claims, findings: [] });
    const mfa = claims.find((c) => c.attribute === 'auth.mfa')!;
    expect(view.labels.get(mfa.id)).toBe('CAIQ IAM-14.1: No');
    const backup = claims.find((c) => c.attribute === 'backup.retention')!;
    expect(view.labels.has(backup.id)).toBe(false);
  });
});
