/** Findings for the findings page and document pages: facets, counts per kind, sorting. Pure. */
import { FINDING_KINDS, type Finding, type Severity } from '../findings/types.ts';
import type { SeckbDocument } from '../model/types.ts';

export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export interface FindingRow {
  finding: Finding;
  vendorId: string;
  vendorName: string;
  lang: string;
  documentTitle: string;
}

export interface FindingsView {
  rows: FindingRow[];
  /** Every kind of findings.md with its count (0 included, so the list is stable). */
  kindCounts: Array<{ kind: string; count: number }>;
  severityCounts: Array<{ severity: Severity; count: number }>;
  vendors: Array<{ id: string; name: string }>;
  langs: string[];
}

const severityRank = (s: Severity): number => SEVERITIES.indexOf(s);

export function buildFindingsView(findings: Finding[], documents: SeckbDocument[]): FindingsView {
  const docs = new Map(documents.map((d) => [d.id, d]));
  const rows: FindingRow[] = findings
    .filter((f) => docs.has(f.documentId))
    .map((f) => {
      const d = docs.get(f.documentId)!;
      return { finding: f, vendorId: d.vendor.id, vendorName: d.vendor.name, lang: d.language, documentTitle: d.title };
    })
    .sort(
      (a, b) =>
        severityRank(a.finding.severity) - severityRank(b.finding.severity) ||
        a.vendorName.localeCompare(b.vendorName, 'en') ||
        (a.finding.documentId < b.finding.documentId ? -1 : a.finding.documentId > b.finding.documentId ? 1 : 0) ||
        a.finding.start - b.finding.start,
    );
  const kinds = [...FINDING_KINDS, ...new Set(rows.map((r) => r.finding.kind).filter((k) => !FINDING_KINDS.includes(k)))];
  return {
    rows,
    kindCounts: kinds.map((kind) => ({ kind, count: rows.filter((r) => r.finding.kind === kind).length })),
    severityCounts: SEVERITIES.map((severity) => ({ severity, count: rows.filter((r) => r.finding.severity === severity).length })),
    vendors: [...new Map(rows.map((r) => [r.vendorId, r.vendorName])).entries()]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en')),
    langs: [...new Set(rows.map((r) => r.lang))].sort(),
  };
}
