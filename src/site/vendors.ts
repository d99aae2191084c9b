/**
 * Vendors with their documents and counts: the vendor list, where each vendor has its card
 * (`#v-<id>`; a page per vendor only repeated its card). Pure.
 */
import type { SeckbDocument } from '../model/types.ts';
import type { Locale } from '../i18n/index.ts';
import type { Kb } from './kb.ts';
import { PAGE_SIZE, pageOf, pageUrl } from './pager.ts';


export interface VendorSummary {
  id: string;
  name: string;
  /** Newest first. */
  documents: SeckbDocument[];
  claims: number;
  findings: number;
}

export function vendorSummaries(kb: Pick<Kb, 'documents' | 'claims' | 'findings'>): VendorSummary[] {
  const byVendor = new Map<string, VendorSummary>();
  for (const d of kb.documents) {
    const v = byVendor.get(d.vendor.id) ?? { id: d.vendor.id, name: d.vendor.name, documents: [], claims: 0, findings: 0 };
    v.documents.push(d);
    byVendor.set(d.vendor.id, v);
  }
  const vendorOf = new Map(kb.documents.map((d) => [d.id, d.vendor.id]));
  for (const c of kb.claims) {
    const v = byVendor.get(vendorOf.get(c.documentId) ?? '');
    if (v) v.claims++;
  }
  for (const f of kb.findings) {
    const v = byVendor.get(vendorOf.get(f.documentId) ?? '');
    if (v) v.findings++;
  }
  for (const v of byVendor.values()) {
    v.documents.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return [...byVendor.values()].sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1));
}

/** The id of a vendor's card in the vendor list. */
export const vendorAnchor = (vendorId: string): string => `v-${vendorId}`;

/** Link to each vendor's card: the page of the vendor list (one set for both UI languages) holding it, asking for `locale`, and its anchor. */
export function vendorLinks(vendors: VendorSummary[]): (locale: Locale, vendorId: string) => string {
  const page = new Map(vendors.map((v, i) => [v.id, pageOf(i, PAGE_SIZE.vendors)]));
  return (locale, vendorId) => `${pageUrl('/vendors/', page.get(vendorId) ?? 1)}?${locale}#${vendorAnchor(vendorId)}`;
}
