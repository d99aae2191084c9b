/**
 * The comparison page's view: exactly `buildComparison` of the claims module (so the site and
 * `seckb compare` agree cell for cell), plus what only the page shows: the documents behind each
 * column, "differs" markers, risk findings on the quotes they overlap, and the coverage view.
 * Pure; ComparisonTable.astro and CoverageTable.astro render it.
 */
import { buildComparison, type Comparison, type CompareOptions } from '../claims/compare.ts';
import type { Claim } from '../claims/types.ts';
import { GROUPS } from '../claims/vocabulary.ts';
import type { Finding } from '../findings/types.ts';
import type { SeckbDocument } from '../model/types.ts';
import { cellKey, markDifferences } from './differs.ts';
import { evidenceLabel } from './questionnaires.ts';

export interface SiteColumn {
  vendorId: string;
  vendorName: string;
  documents: Array<{ id: string; title: string; lang: string }>;
}

export interface RowMarks {
  /** Canonical value set per column ("" = says nothing). */
  keys: string[];
  differs: boolean;
  cells: boolean[];
}

export interface SiteComparison {
  /** `buildComparison(documents, claims, opts)`, untouched. */
  comparison: Comparison;
  columns: SiteColumn[];
  /** By row key, over all columns (the client recomputes them for the shown ones). */
  marks: Map<string, RowMarks>;
  /** `risk` findings by the id of a claim whose quote they overlap. */
  risks: Map<string, Finding[]>;
  /** Questionnaire evidence by claim id: "CAIQ CEK-03.1: Yes". */
  labels: Map<string, string>;
}

export interface CoverageRow {
  group: string;
  /** Quotes per column; 0 = the vendor says nothing about this group. */
  counts: number[];
}

export function siteComparison(
  input: { documents: SeckbDocument[]; claims: Claim[]; findings: Finding[] },
  opts: CompareOptions = {},
): SiteComparison {
  const comparison = buildComparison(input.documents, input.claims, opts);
  const byId = new Map(input.documents.map((d) => [d.id, d]));
  const columns = comparison.vendors.map((v) => ({
    vendorId: v.id,
    vendorName: v.name,
    documents: v.documentIds.map((id) => byId.get(id)!).map((d) => ({ id: d.id, title: d.title, lang: d.language })),
  }));
  const marks = new Map<string, RowMarks>();
  for (const g of comparison.groups) {
    for (const r of g.rows) {
      const keys = r.cells.map((c) => cellKey(c.values));
      marks.set(r.key, { keys, ...markDifferences(keys) });
    }
  }
  const claimsById = new Map(input.claims.map((c) => [c.id, c]));
  const risks = new Map<string, Finding[]>();
  const labels = new Map<string, string>();
  const riskFindings = new Map<string, Finding[]>();
  for (const f of input.findings) if (f.kind === 'risk') riskFindings.set(f.documentId, [...(riskFindings.get(f.documentId) ?? []), f]);
  for (const g of comparison.groups) {
    for (const r of g.rows) {
      for (const cell of r.cells) {
        for (const v of cell.values) {
          for (const e of v.evidence) {
            const c = claimsById.get(e.claimId);
            const hit = c ? (riskFindings.get(c.documentId) ?? []).filter((f) => f.start < c.end && c.start < f.end) : [];
            if (hit.length) risks.set(e.claimId, hit);
            const label = evidenceLabel(byId.get(e.documentId), e.start);
            if (label) labels.set(e.claimId, label);
          }
        }
      }
    }
  }
  return { comparison, columns, marks, risks, labels };
}

/** Which vendor says nothing about what: quotes per attribute group and column, every group. */
export function buildCoverage(comparison: Comparison): CoverageRow[] {
  const ids: string[] = [...GROUPS, 'other'];
  return ids
    .map((id) => {
      const rows = comparison.groups.find((g) => g.id === id)?.rows ?? [];
      return {
        group: id,
        counts: comparison.vendors.map((_, i) => rows.reduce((n, r) => n + r.cells[i]!.values.reduce((m, v) => m + v.evidence.length, 0), 0)),
      };
    })
    .filter((r) => r.group !== 'other' || r.counts.some((n) => n > 0));
}
