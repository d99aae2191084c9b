/**
 * Findings for the findings pages: rows by kind (findings.md order), then severity, vendor,
 * document and place, so each kind is one run of pages; counts and page ranges per kind. Pure.
 */
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
  /** Every kind of findings.md with its count (0 included, so the list is stable) and its first row. */
  kindCounts: Array<{ kind: string; count: number; first: number }>;
  severityCounts: Array<{ severity: Severity; count: number }>;
  vendors: Array<{ id: string; name: string }>;
  langs: string[];
}

const severityRank = (s: Severity): number => SEVERITIES.indexOf(s);

export function buildFindingsView(findings: Finding[], documents: SeckbDocument[] | Map<string, SeckbDocument>): FindingsView {
  const docs = documents instanceof Map ? documents : new Map(documents.map((d) => [d.id, d]));
  const known = new Set<string>(FINDING_KINDS);
  const kinds = [...FINDING_KINDS, ...[...new Set(findings.map((f) => f.kind).filter((k) => !known.has(k)))].sort()];
  const kindRank = new Map(kinds.map((k, i) => [k, i]));
  const rows: FindingRow[] = findings
    .filter((f) => docs.has(f.documentId))
    .map((f) => {
      const d = docs.get(f.documentId)!;
      return { finding: f, vendorId: d.vendor.id, vendorName: d.vendor.name, lang: d.language, documentTitle: d.title };
    })
    .sort(
      (a, b) =>
        kindRank.get(a.finding.kind)! - kindRank.get(b.finding.kind)! ||
        severityRank(a.finding.severity) - severityRank(b.finding.severity) ||
        a.vendorName.localeCompare(b.vendorName, 'en') ||
        (a.finding.documentId < b.finding.documentId ? -1 : a.finding.documentId > b.finding.documentId ? 1 : 0) ||
        a.finding.start - b.finding.start,
    );
  const counts = new Map<string, { count: number; first: number }>();
  rows.forEach((r, i) => {
    const c = counts.get(r.finding.kind);
    if (c) c.count++;
    else counts.set(r.finding.kind, { count: 1, first: i });
  });
  return {
    rows,
    kindCounts: kinds.map((kind) => ({ kind, count: counts.get(kind)?.count ?? 0, first: counts.get(kind)?.first ?? -1 })),
    severityCounts: SEVERITIES.map((severity) => ({ severity, count: rows.filter((r) => r.finding.severity === severity).length })),
    vendors: vendorsOf(rows),
    langs: [...new Set(rows.map((r) => r.lang))].sort(),
  };
}

/** The vendors of some rows, by name: the vendor filter of one page. */
export function vendorsOf(rows: FindingRow[]): Array<{ id: string; name: string }> {
  return [...new Map(rows.map((r) => [r.vendorId, r.vendorName])).entries()].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
