/**
 * Which documents belong together. Two documents of one vendor in one language are versions of
 * each other when they are one document over time: the same kind (a questionnaire is never a
 * version of a white paper) and alike in title or in headings. A vendor's DPA annex and its
 * security white paper are two documents, not two versions, and comparing them as versions
 * would report every claim one of them does not make as dropped. In different languages, the
 * newest document of each kind is a translation pair (when both state a product, it must be the
 * same one); the newer of the two, by stated version and then date, is the original.
 * A vendor name that is a word of document titles ('Service Level Agreement' -> 'Level') names no
 * maker: two vendors' pages of one title would pair under it, so such a document pairs with none;
 * nor does a questionnaire's control-domain code ('IAM-02.1' -> 'IAM').
 */
import titleWords from '../../rules/common/title-words.json' with { type: 'json' };
import type { SeckbDocument } from '../model/types.ts';

export interface DocumentPairs {
  versions: Array<{ old: string; new: string }>;
  translations: Array<{ source: string; target: string }>;
}

/** What pairing reads of a document: metadata and headings, never its text. */
export type PairedDocument = Pick<SeckbDocument, 'id' | 'source' | 'sha256' | 'format' | 'title' | 'vendor' | 'language' | 'date' | 'version' | 'product'> & {
  sections: ReadonlyArray<{ heading: string }>;
};

function compareVersions(a?: string, b?: string): number {
  const pa = (a ?? '').split('.').map(Number);
  const pb = (b ?? '').split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] || 0) - (pb[i] || 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Which of two documents states the later version (then, versions unknown or equal, the later
 * date): > 0 when `a` is newer, 0 when neither says.
 */
export function statedNewer(a: PairedDocument, b: PairedDocument): number {
  const versions = a.version && b.version ? compareVersions(a.version, b.version) : 0;
  if (versions !== 0) return versions;
  return a.date && b.date ? a.date.localeCompare(b.date) : 0;
}

/** Oldest first: by stated date, then version, then path. */
export function byAge(a: PairedDocument, b: PairedDocument): number {
  return (a.date ?? '').localeCompare(b.date ?? '') || compareVersions(a.version, b.version) || a.source.localeCompare(b.source);
}

function sameProduct(a: PairedDocument, b: PairedDocument): boolean {
  return !a.product || !b.product || a.product.toLowerCase() === b.product.toLowerCase();
}

const TITLE_WORDS = new Set([...titleWords.words, ...titleWords.questionnaireCodes.words]);

/** Whether the document names its maker: a vendor name with a word that no document title is made of. */
export function namesVendor(doc: Pick<PairedDocument, 'vendor'>): boolean {
  const parts = doc.vendor.name.toLowerCase().match(/\p{L}[\p{L}\p{N}]*/gu) ?? [];
  return doc.vendor.id !== 'unknown' && parts.some((w) => !TITLE_WORDS.has(w));
}

const kind = (doc: PairedDocument) => (doc.format === 'xlsx' || doc.format === 'csv' ? 'questionnaire' : 'document');

/** Words of a title or heading without numbers, version marks and symbols: "v4", "2026", "®". */
function words(text: string): Set<string> {
  const tokens = text.toLowerCase().match(/\p{L}[\p{L}\p{N}]*/gu) ?? [];
  return new Set(tokens.filter((t) => t.length > 1 && !/^v\d/.test(t)));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Headings as comparable keys: numbering dropped ("3.1 Data at rest" = "Data at rest"). */
function headingKeys(doc: PairedDocument): Set<string> {
  const keys = doc.sections.map((s) => [...words(s.heading)].join(' ')).filter((k) => k.length > 0);
  return new Set(keys);
}

// Revisions keep most of their title or most of their outline; distinct documents of one
// vendor ("Security White Paper", "Data Processing Agreement") share neither.
const TITLE_ALIKE = 0.5;
const HEADINGS_ALIKE = 0.4;

/**
 * A vendor's documents are compared with each other: their title words and heading keys are
 * made once per document, not once per comparison (a vendor may hold hundreds of documents).
 */
function memoized(of: (doc: PairedDocument) => Set<string>): (doc: PairedDocument) => Set<string> {
  const made = new WeakMap<PairedDocument, Set<string>>();
  return (doc) => {
    let set = made.get(doc);
    if (!set) made.set(doc, (set = of(doc)));
    return set;
  };
}

function sameDocument(a: PairedDocument, b: PairedDocument, titleWords: (d: PairedDocument) => Set<string>, headings: (d: PairedDocument) => Set<string>): boolean {
  if (kind(a) !== kind(b) || !sameProduct(a, b)) return false;
  return jaccard(titleWords(a), titleWords(b)) >= TITLE_ALIKE || jaccard(headings(a), headings(b)) >= HEADINGS_ALIKE;
}

function groupBy<T>(items: T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.keys()].sort().map((k) => groups.get(k)!);
}

export function pairDocuments(docs: PairedDocument[]): DocumentPairs {
  const pairs: DocumentPairs = { versions: [], translations: [] };
  const titleWords = memoized((d) => words(d.title));
  const headings = memoized(headingKeys);
  const sorted = docs.filter(namesVendor).sort((a, b) => a.id.localeCompare(b.id));
  for (const group of groupBy(sorted, (d) => `${d.vendor.id}\u0000${kind(d)}`)) {
    const byLanguage = groupBy(group, (d) => d.language).map((g) => g.sort(byAge));
    for (const ordered of byLanguage) {
      // Each document follows the newest older one it is alike with.
      for (let i = 1; i < ordered.length; i++) {
        for (let j = i - 1; j >= 0; j--) {
          if (ordered[j].sha256 === ordered[i].sha256 || !sameDocument(ordered[j], ordered[i], titleWords, headings)) continue;
          pairs.versions.push({ old: ordered[j].id, new: ordered[i].id });
          break;
        }
      }
    }
    // Translation: the newest document of each language. The one stating the later version (or
    // date) is the original, so the other is a translation of an older version and the aligner
    // reports what was added since. When neither says, English is taken as the original (vendors
    // mostly write in English and translate for the Polish market).
    for (let i = 0; i < byLanguage.length; i++) {
      for (let j = i + 1; j < byLanguage.length; j++) {
        const a = byLanguage[i][byLanguage[i].length - 1];
        const b = byLanguage[j][byLanguage[j].length - 1];
        if (!sameProduct(a, b)) continue;
        const newer = statedNewer(a, b);
        const bFirst = newer < 0 || (newer === 0 && b.language === 'en' && a.language !== 'en');
        const [source, target] = bFirst ? [b, a] : [a, b];
        pairs.translations.push({ source: source.id, target: target.id });
      }
    }
  }
  return pairs;
}
