/**
 * One display name per vendor id, chosen once for the whole knowledge base: documents spell one
 * vendor differently ("Plantwise" in a heading, "PlantWise" in the text), and every page and
 * table must show the same name. Pure; browser-safe.
 */
import type { Vendor } from '../model/types.ts';

const innerCapitals = (name: string): number => name.slice(1).match(/\p{Lu}/gu)?.length ?? 0;
const allCapitals = (name: string): boolean => /\p{L}{2}/u.test(name) && name === name.toUpperCase();

/**
 * The name of each vendor id: the spelling most documents use; on a tie, not all capitals (a
 * heading's casing), then the brand's inner capitals ("PlantWise"), then alphabetical.
 */
export function vendorDisplayNames(documents: ReadonlyArray<{ vendor: Vendor }>): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const d of documents) {
    const names = counts.get(d.vendor.id) ?? new Map<string, number>();
    names.set(d.vendor.name, (names.get(d.vendor.name) ?? 0) + 1);
    counts.set(d.vendor.id, names);
  }
  const chosen = new Map<string, string>();
  for (const [id, names] of counts) {
    const [best] = [...names].sort(
      ([a, ca], [b, cb]) =>
        Number(allCapitals(a)) - Number(allCapitals(b)) || cb - ca || innerCapitals(b) - innerCapitals(a) || (a < b ? -1 : a > b ? 1 : 0),
    );
    chosen.set(id, best[0]);
  }
  return chosen;
}

/** The documents with each vendor's one display name. */
export function withVendorDisplayNames<D extends { vendor: Vendor }>(documents: readonly D[]): D[] {
  const names = vendorDisplayNames(documents);
  return documents.map((d) => (names.get(d.vendor.id) === d.vendor.name ? d : { ...d, vendor: { ...d.vendor, name: names.get(d.vendor.id)! } }));
}
