/**
 * The comparison table's view model: vendors as columns, attributes (and row qualifiers) as rows,
 * grouped. Pure; ComparisonTable.astro renders it. A vendor's column shows its newest document
 * (older versions and translations are reachable from the vendor page).
 */
import type { SeckbDocument } from '../model/types.ts';
import type { Claim, ClaimValue } from '../claims/types.ts';
import type { Finding } from '../findings/types.ts';
import { GROUPS, MULTI_VALUED, QUALIFIER_DEFAULTS, ROW_QUALIFIERS, groupIndex, groupOf } from './groups.ts';
import type { Pairs } from './kb.ts';

export interface ComparisonColumn {
  vendorId: string;
  vendorName: string;
  documentId: string;
  documentTitle: string;
  lang: string;
}

export interface CellValue {
  value: ClaimValue;
  /** Descriptive qualifiers (region, purpose, ...), sorted by key. */
  details: Array<[string, string | number | boolean]>;
  /** The claims this value rests on (first = the one linked). */
  claims: Claim[];
  /** A `risk` finding overlaps one of its quotes. */
  risk: Finding[];
}

export interface ComparisonCell {
  values: CellValue[];
  /** Canonical value set, used to tell whether vendors differ ("" when the vendor says nothing). */
  key: string;
  /** Two values that cannot both hold (a single-valued attribute). */
  conflict: boolean;
  /** This cell's value set differs from the most common one in its row. */
  differs: boolean;
}

export interface ComparisonRow {
  key: string;
  attribute: string;
  /** Row qualifiers (role, type, edition, scope, for), sorted by key. */
  qualifiers: Array<[string, string | number | boolean]>;
  cells: ComparisonCell[];
  /** At least two vendors speak and not all say the same. */
  differs: boolean;
}

export interface ComparisonGroup {
  id: string;
  rows: ComparisonRow[];
}

export interface Comparison {
  columns: ComparisonColumn[];
  groups: ComparisonGroup[];
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Newest first: by date, then version (numeric-aware), then not a translation, then id. */
export function pickVendorDocuments(documents: SeckbDocument[], pairs: Pairs): SeckbDocument[] {
  const older = new Set(pairs.versions.map((p) => p.old));
  const translated = new Set(pairs.translations.map((p) => p.target));
  const byVendor = new Map<string, SeckbDocument[]>();
  for (const d of documents) byVendor.set(d.vendor.id, [...(byVendor.get(d.vendor.id) ?? []), d]);
  const picked: SeckbDocument[] = [];
  for (const docs of byVendor.values()) {
    const ranked = [...docs].sort(
      (a, b) =>
        Number(older.has(a.id)) - Number(older.has(b.id)) ||
        cmp(b.date ?? '', a.date ?? '') ||
        (b.version ?? '').localeCompare(a.version ?? '', 'en', { numeric: true }) ||
        Number(translated.has(a.id)) - Number(translated.has(b.id)) ||
        cmp(a.id, b.id),
    );
    picked.push(ranked[0]!);
  }
  return picked.sort((a, b) => cmp(a.vendor.name.toLowerCase(), b.vendor.name.toLowerCase()) || cmp(a.vendor.id, b.vendor.id));
}

function splitQualifiers(claim: Claim): { row: Array<[string, string | number | boolean]>; details: Array<[string, string | number | boolean]> } {
  const all = { ...(QUALIFIER_DEFAULTS[claim.attribute] ?? {}), ...claim.qualifiers };
  const entries = Object.entries(all).sort(([a], [b]) => cmp(a, b));
  return {
    row: entries.filter(([k]) => (ROW_QUALIFIERS as readonly string[]).includes(k)),
    details: entries.filter(([k]) => !(ROW_QUALIFIERS as readonly string[]).includes(k)),
  };
}

const valueKey = (v: ClaimValue): string => `${typeof v}:${String(v)}`;

function overlaps(f: Finding, c: Claim): boolean {
  return f.documentId === c.documentId && f.start < c.end && c.start < f.end;
}

/** Most common non-empty key of a row (ties: the smallest key, so the result is stable). */
function modalKey(keys: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const k of keys) if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  let best: string | undefined;
  for (const [k, n] of [...counts].sort(([a], [b]) => cmp(a, b))) if (best === undefined || n > counts.get(best)!) best = k;
  return best;
}

/** Marks cells/rows whose value sets differ, over the given visible columns only. */
export function markDifferences(cellKeys: string[]): { differs: boolean; cells: boolean[] } {
  const spoken = cellKeys.filter(Boolean);
  const modal = modalKey(cellKeys);
  const differs = spoken.length >= 2 && new Set(spoken).size > 1;
  return { differs, cells: cellKeys.map((k) => differs && k !== '' && k !== modal) };
}

export function buildComparison(input: {
  documents: SeckbDocument[];
  claims: Claim[];
  findings: Finding[];
  pairs: Pairs;
  /** Vendor ids to show (default: all). */
  vendors?: string[];
}): Comparison {
  let docs = pickVendorDocuments(input.documents, input.pairs);
  if (input.vendors) docs = docs.filter((d) => input.vendors!.includes(d.vendor.id));
  const columns: ComparisonColumn[] = docs.map((d) => ({
    vendorId: d.vendor.id,
    vendorName: d.vendor.name,
    documentId: d.id,
    documentTitle: d.title,
    lang: d.language,
  }));
  const col = new Map(docs.map((d, i) => [d.id, i]));
  const risks = input.findings.filter((f) => f.kind === 'risk');
  const rows = new Map<string, { attribute: string; qualifiers: Array<[string, string | number | boolean]>; values: Map<string, CellValue>[] }>();
  for (const c of input.claims) {
    const i = col.get(c.documentId);
    if (i === undefined) continue;
    const { row, details } = splitQualifiers(c);
    const rowKey = `${c.attribute}|${JSON.stringify(row)}`;
    let r = rows.get(rowKey);
    if (!r) {
      r = { attribute: c.attribute, qualifiers: row, values: columns.map(() => new Map()) };
      rows.set(rowKey, r);
    }
    const vKey = `${valueKey(c.value)}|${JSON.stringify(details)}`;
    const cell = r.values[i]!;
    const existing = cell.get(vKey);
    const risk = risks.filter((f) => overlaps(f, c));
    if (existing) {
      existing.claims.push(c);
      for (const f of risk) if (!existing.risk.includes(f)) existing.risk.push(f);
    } else cell.set(vKey, { value: c.value, details, claims: [c], risk });
  }
  const built: Array<ComparisonRow & { group: string }> = [...rows.entries()].map(([key, r]) => {
    const cells = r.values.map((m) => {
      const values = [...m.entries()].sort(([a], [b]) => cmp(a, b)).map(([, v]) => v);
      for (const v of values) v.claims.sort((a, b) => a.start - b.start || cmp(a.id, b.id));
      const distinct = [...new Set(values.map((v) => valueKey(v.value)))].sort();
      return {
        values,
        key: distinct.join(' ; '),
        conflict: !MULTI_VALUED.has(r.attribute) && distinct.length > 1,
        differs: false,
      };
    });
    const marks = markDifferences(cells.map((c) => c.key));
    cells.forEach((c, i) => (c.differs = marks.cells[i]!));
    return { key, attribute: r.attribute, qualifiers: r.qualifiers, cells, differs: marks.differs, group: groupOf(r.attribute) };
  });
  built.sort((a, b) => groupIndex(a.group) - groupIndex(b.group) || cmp(a.attribute, b.attribute) || cmp(a.key, b.key));
  const groups: ComparisonGroup[] = GROUPS.map((g) => ({
    id: g.id,
    rows: built.filter((r) => r.group === g.id).map(({ group: _group, ...row }) => row),
  })).filter((g) => g.rows.length > 0);
  return { columns, groups };
}

export interface CoverageRow {
  group: string;
  /** Claims per column; 0 = the vendor says nothing about this group. */
  counts: number[];
}

/** Which vendor says nothing about what: claims per attribute group and column. */
export function buildCoverage(comparison: Comparison): CoverageRow[] {
  return GROUPS.map((g) => {
    const rows = comparison.groups.find((x) => x.id === g.id)?.rows ?? [];
    return {
      group: g.id,
      counts: comparison.columns.map((_, i) => rows.reduce((n, r) => n + r.cells[i]!.values.reduce((m, v) => m + v.claims.length, 0), 0)),
    };
  }).filter((r) => r.group !== 'other' || r.counts.some((n) => n > 0));
}
