/**
 * The KB indexed once for the whole build: what a page needs about one document, vendor or pair
 * is a map lookup, never a scan of every claim or finding. At 2,000 documents a scan per page made
 * the build quadratic (4,000 document pages x 20,000 findings). Pure; src/site/kb.ts holds the one
 * instance of a build.
 */
import type { Claim } from '../claims/types.ts';
import type { Finding } from '../findings/types.ts';
import type { DocumentPairs } from '../kb/pairs.ts';
import type { Kb } from '../kb/read.ts';
import type { SeckbDocument } from '../model/types.ts';
import { vendorLinks, vendorSummaries, type VendorSummary } from './vendors.ts';
import type { Locale } from '../i18n/index.ts';

type VersionPair = DocumentPairs['versions'][number];
type TranslationPair = DocumentPairs['translations'][number];

export interface SiteIndex {
  kb: Kb;
  docs: Map<string, SeckbDocument>;
  /** document id -> title, one object shared by every page. */
  titles: Record<string, string>;
  vendors: VendorSummary[];
  /** Link to a vendor's card in the vendor list. */
  vendorHref(locale: Locale, vendorId: string): string;
  claimsOf(documentId: string): Claim[];
  /** The KB's findings with messages in `locale`, computed once per locale. */
  findings(locale: string): Finding[];
  findingsOf(locale: string, documentId: string): Finding[];
  /** Findings of other documents whose `related` places lie in this one. */
  pointingAt(locale: string, documentId: string): Finding[];
  versionsOf(documentId: string): VersionPair[];
  translationsOf(documentId: string): TranslationPair[];
}

function groupBy<T>(items: T[], keys: (item: T) => string[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      const list = out.get(key);
      if (list) list.push(item);
      else out.set(key, [item]);
    }
  }
  return out;
}

/**
 * The KB's findings with messages in `locale` (messages/<locale>.json; a finding without a
 * translation keeps its English message). The findings themselves are unchanged otherwise.
 */
export function findingsIn(kb: Pick<Kb, 'findings' | 'messages'>, locale: string): Finding[] {
  const table = kb.messages[locale];
  if (!table) return kb.findings;
  return kb.findings.map((f) => (table[f.id] ? { ...f, message: table[f.id]! } : f));
}

export function indexKb(kb: Kb): SiteIndex {
  const claims = groupBy(kb.claims, (c) => [c.documentId]);
  const versions = groupBy(kb.pairs.versions, (p) => [p.old, p.new]);
  const translations = groupBy(kb.pairs.translations, (p) => [p.source, p.target]);
  const perLocale = new Map<string, { all: Finding[]; own: Map<string, Finding[]>; related: Map<string, Finding[]> }>();
  const localized = (locale: string) => {
    let entry = perLocale.get(locale);
    if (!entry) {
      const all = findingsIn(kb, locale);
      const own = groupBy(all, (f) => [f.documentId]);
      const related = groupBy(all, (f) => (f.related ?? []).map((r) => r.documentId).filter((id) => id !== f.documentId));
      entry = { all, own, related };
      perLocale.set(locale, entry);
    }
    return entry;
  };
  const vendors = vendorSummaries(kb);
  return {
    kb,
    docs: new Map(kb.documents.map((d) => [d.id, d])),
    titles: Object.fromEntries(kb.documents.map((d) => [d.id, d.title])),
    vendors,
    vendorHref: vendorLinks(vendors),
    claimsOf: (id) => claims.get(id) ?? [],
    findings: (locale) => localized(locale).all,
    findingsOf: (locale, id) => localized(locale).own.get(id) ?? [],
    pointingAt: (locale, id) => localized(locale).related.get(id) ?? [],
    versionsOf: (id) => versions.get(id) ?? [],
    translationsOf: (id) => translations.get(id) ?? [],
  };
}
