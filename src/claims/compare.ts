/**
 * The comparison table (cli.md `seckb compare`; the site renders the same structure): rows =
 * attribute + row qualifiers, grouped; columns = vendors; cells = values with their quotes.
 * Pure and browser-safe.
 */
import { SHEET_FORMATS, type SeckbDocument } from '../model/types.ts';
import type { Claim, ClaimValue } from './types.ts';
import { ATTRIBUTE_BY_ID, GROUPS, attributeIndex, type AttributeGroup } from './vocabulary.ts';

/** Qualifiers that split a row; the others (region, holder, purpose...) describe a value. */
/** Roles in the order claims.md lists them: where the service runs comes before its backups. */
const ROLE_ORDER = ['production', 'failover', 'backup', 'development'];
const roleRank = (row: ComparisonRow) => {
  const role = row.qualifiers.role;
  if (role === undefined) return -1;
  const i = ROLE_ORDER.indexOf(String(role));
  return i < 0 ? ROLE_ORDER.length : i;
};

export const ROW_QUALIFIERS = ['role', 'type', 'edition', 'scope', 'for', 'trigger'] as const;

/** Qualifiers that say where a claim was read (a questionnaire's control id): shown with the evidence. */
export const SOURCE_QUALIFIERS = ['control'] as const;

/** Attributes where one vendor may state several values without contradicting itself. */
export const MULTI_VALUED: ReadonlySet<string> = new Set([
  'hosting.provider',
  'hosting.location',
  'hosting.area',
  'cert.vendor',
  'cert.infrastructure',
  'data.export.formats',
  'auth.sso',
  'access.staff_conditions',
  'subprocessor',
  'encryption.key_management',
  'encryption.at_rest.algorithm',
]);

/** Defaults claims.md gives a missing qualifier. */
const QUALIFIER_DEFAULTS: Record<string, Record<string, string>> = { 'hosting.location': { role: 'production' }, 'hosting.area': { role: 'production' } };

export interface Evidence {
  claimId: string;
  documentId: string;
  quote: string;
  start: number;
  end: number;
  sectionId: string;
  lang: string;
  /** The questionnaire row's control id ("CEK-03.1"), when the evidence is one. */
  control?: string;
}

export interface ComparisonValue {
  value: ClaimValue;
  /** Descriptive qualifiers, sorted by key. */
  details: Record<string, string | number | boolean>;
  evidence: Evidence[];
}

export interface ComparisonCell {
  vendorId: string;
  values: ComparisonValue[];
  /** One vendor states values of a single-valued attribute that cannot both hold. */
  conflict: boolean;
}

export interface ComparisonRow {
  key: string;
  attribute: string;
  group: AttributeGroup | 'other';
  qualifiers: Record<string, string | number | boolean>;
  /** One per vendor, in the order of `vendors`. */
  cells: ComparisonCell[];
}

export interface ComparisonVendor {
  id: string;
  name: string;
  documentIds: string[];
}

export interface Comparison {
  vendors: ComparisonVendor[];
  groups: Array<{ id: AttributeGroup | 'other'; rows: ComparisonRow[] }>;
}

export interface CompareOptions {
  /** Vendor ids (or names) to show, in this order; default all, by name. */
  vendors?: string[];
  /** Every document of a vendor, not only the newest per product. */
  includeOlder?: boolean;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Numeric-aware version order: "1.10" after "1.9". */
function compareVersions(a = '', b = ''): number {
  const pa = a.split(/[^0-9]+/).filter(Boolean).map(Number);
  const pb = b.split(/[^0-9]+/).filter(Boolean).map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return cmp(a, b);
}

/** Newest first: by date, then version, then id (for a stable answer). */
export function newestFirst(a: SeckbDocument, b: SeckbDocument): number {
  return cmp(b.date ?? '', a.date ?? '') || compareVersions(b.version, a.version) || cmp(a.id, b.id);
}

/** The documents a comparison shows: per vendor and product the newest, unless includeOlder. */
export function selectDocuments(docs: SeckbDocument[], includeOlder = false): SeckbDocument[] {
  if (includeOlder) return [...docs].sort((a, b) => cmp(a.id, b.id));
  const best = new Map<string, SeckbDocument>();
  for (const d of docs) {
    // A vendor's questionnaire stands beside its white paper, not as a newer version of it.
    const key = `${d.vendor.id}\u0000${d.product ?? ''}\u0000${SHEET_FORMATS.has(d.format)}`;
    const cur = best.get(key);
    if (!cur || newestFirst(d, cur) < 0) best.set(key, d);
  }
  return [...best.values()].sort((a, b) => cmp(a.id, b.id));
}

const sortObj = <T>(o: Record<string, T>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => cmp(a, b)));

export function buildComparison(docs: SeckbDocument[], claims: Claim[], opts: CompareOptions = {}): Comparison {
  const chosen = selectDocuments(docs, opts.includeOlder);
  const vendorMap = new Map<string, ComparisonVendor>();
  for (const d of chosen) {
    const v = vendorMap.get(d.vendor.id) ?? { id: d.vendor.id, name: d.vendor.name, documentIds: [] };
    v.documentIds.push(d.id);
    vendorMap.set(d.vendor.id, v);
  }
  let vendors = [...vendorMap.values()].sort((a, b) => cmp(a.name.toLowerCase(), b.name.toLowerCase()) || cmp(a.id, b.id));
  if (opts.vendors && opts.vendors.length > 0) {
    const want = opts.vendors.map((s) => s.trim().toLowerCase());
    vendors = want
      .map((w) => vendors.find((v) => v.id.toLowerCase() === w || v.name.toLowerCase() === w))
      .filter((v, i, all): v is ComparisonVendor => v !== undefined && all.indexOf(v) === i);
  }
  const vendorOfDoc = new Map<string, string>();
  for (const v of vendors) for (const id of v.documentIds) vendorOfDoc.set(id, v.id);

  const rows = new Map<string, ComparisonRow>();
  const sorted = [...claims].sort((a, b) => cmp(a.documentId, b.documentId) || a.start - b.start || cmp(a.id, b.id));
  for (const c of sorted) {
    const vendorId = vendorOfDoc.get(c.documentId);
    if (!vendorId) continue;
    const all = { ...(QUALIFIER_DEFAULTS[c.attribute] ?? {}), ...c.qualifiers };
    const rowQ = sortObj(Object.fromEntries(Object.entries(all).filter(([k]) => (ROW_QUALIFIERS as readonly string[]).includes(k))));
    const isDetail = (k: string) => !(ROW_QUALIFIERS as readonly string[]).includes(k) && !(SOURCE_QUALIFIERS as readonly string[]).includes(k);
    const details = sortObj(Object.fromEntries(Object.entries(all).filter(([k]) => isDetail(k))));
    const key = `${c.attribute} ${JSON.stringify(rowQ)}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        key,
        attribute: c.attribute,
        group: ATTRIBUTE_BY_ID.get(c.attribute)?.group ?? 'other',
        qualifiers: rowQ,
        cells: vendors.map((v) => ({ vendorId: v.id, values: [], conflict: false })),
      };
      rows.set(key, row);
    }
    const cell = row.cells.find((x) => x.vendorId === vendorId)!;
    let value = cell.values.find((x) => x.value === c.value);
    if (!value) {
      value = { value: c.value, details, evidence: [] };
      cell.values.push(value);
    } else {
      // Details add up across quotes ("Frankfurt" in one sentence, "Germany" in another).
      value.details = sortObj({ ...details, ...value.details });
    }
    const control = typeof c.qualifiers.control === 'string' ? { control: c.qualifiers.control } : {};
    value.evidence.push({ claimId: c.id, documentId: c.documentId, quote: c.quote, start: c.start, end: c.end, sectionId: c.sectionId, lang: c.lang, ...control });
  }

  for (const row of rows.values()) {
    for (const cell of row.cells) {
      cell.values.sort((a, b) => cmp(String(a.value), String(b.value)));
      cell.conflict = !MULTI_VALUED.has(row.attribute) && cell.values.length > 1;
    }
  }
  const groupOrder = (g: string) => {
    const i = GROUPS.indexOf(g as AttributeGroup);
    return i < 0 ? GROUPS.length : i;
  };
  const ordered = [...rows.values()].sort(
    (a, b) =>
      groupOrder(a.group) - groupOrder(b.group) || attributeIndex(a.attribute) - attributeIndex(b.attribute) ||
      roleRank(a) - roleRank(b) || cmp(a.key, b.key),
  );
  const groups: Comparison['groups'] = [];
  for (const row of ordered) {
    const last = groups[groups.length - 1];
    if (last && last.id === row.group) last.rows.push(row);
    else groups.push({ id: row.group, rows: [row] });
  }
  return { vendors, groups };
}
