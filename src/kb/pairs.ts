/**
 * Which documents belong together: two documents of one vendor in one language are versions
 * of each other (ordered by date, then version, then path); in different languages, a
 * translation pair (when both state a product, it must be the same one).
 */
import type { SeckbDocument } from '../model/types.ts';

export interface DocumentPairs {
  versions: Array<{ old: string; new: string }>;
  translations: Array<{ source: string; target: string }>;
}

function compareVersions(a?: string, b?: string): number {
  const pa = (a ?? '').split('.').map(Number);
  const pb = (b ?? '').split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] || 0) - (pb[i] || 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Oldest first: by stated date, then version, then path. */
export function byAge(a: SeckbDocument, b: SeckbDocument): number {
  return (a.date ?? '').localeCompare(b.date ?? '') || compareVersions(a.version, b.version) || a.source.localeCompare(b.source);
}

function sameProduct(a: SeckbDocument, b: SeckbDocument): boolean {
  return !a.product || !b.product || a.product.toLowerCase() === b.product.toLowerCase();
}

export function pairDocuments(docs: SeckbDocument[]): DocumentPairs {
  const pairs: DocumentPairs = { versions: [], translations: [] };
  const byVendor = new Map<string, SeckbDocument[]>();
  for (const doc of [...docs].sort((a, b) => a.id.localeCompare(b.id))) {
    byVendor.set(doc.vendor.id, [...(byVendor.get(doc.vendor.id) ?? []), doc]);
  }
  for (const group of [...byVendor.keys()].sort().map((k) => byVendor.get(k)!)) {
    const byLanguage = new Map<string, SeckbDocument[]>();
    for (const doc of group) byLanguage.set(doc.language, [...(byLanguage.get(doc.language) ?? []), doc]);
    for (const docsOfLang of byLanguage.values()) {
      const ordered = [...docsOfLang].sort(byAge);
      for (let i = 1; i < ordered.length; i++) {
        if (sameProduct(ordered[i - 1], ordered[i]) && ordered[i - 1].sha256 !== ordered[i].sha256) {
          pairs.versions.push({ old: ordered[i - 1].id, new: ordered[i].id });
        }
      }
    }
    // Translation: the newest document of each language. English is taken as the original
    // (vendors write in English and translate for the Polish market), so a passage left in
    // English inside the Polish version shows as `untranslated`.
    const languages = [...byLanguage.keys()].sort();
    for (let i = 0; i < languages.length; i++) {
      for (let j = i + 1; j < languages.length; j++) {
        const a = [...byLanguage.get(languages[i])!].sort(byAge).pop()!;
        const b = [...byLanguage.get(languages[j])!].sort(byAge).pop()!;
        if (!sameProduct(a, b)) continue;
        const [source, target] = b.language === 'en' && a.language !== 'en' ? [b, a] : [a, b];
        pairs.translations.push({ source: source.id, target: target.id });
      }
    }
  }
  return pairs;
}
