/**
 * Long lists in pages: page sizes, and which page numbers a pager links. Pure.
 * SECKB_SITE_PAGE_SIZE overrides the list sizes (the browser tests page a small KB with it).
 */
const override = Number(process.env.SECKB_SITE_PAGE_SIZE) || 0;

/** Rows per page of each paginated list. The comparison pages by vendor columns. */
export const PAGE_SIZE = {
  findings: override || 100,
  vendors: override || 40,
  pairs: override || 50,
  compare: 12,
} as const;

/**
 * The page numbers a pager shows for page `current` of `last`: the first, the last and two on
 * either side of the current one; `0` stands for a gap ("…").
 */
export function pagerNumbers(current: number, last: number): number[] {
  const out: number[] = [];
  for (let n = 1; n <= last; n++) {
    if (n === 1 || n === last || Math.abs(n - current) <= 2) out.push(n);
    else if (out.at(-1) !== 0) out.push(0);
  }
  return out;
}

/** The page (1-based) holding item `index` (0-based) of a list paged by `size`. */
export const pageOf = (index: number, size: number): number => Math.floor(index / size) + 1;

/** The first page of a list lives at `base`, page n at `${base}page/n/` (never a vendor or document id). */
export const pageUrl = (base: string, n: number): string => (n === 1 ? base : `${base}page/${n}/`);

export interface ListPage<T> {
  items: T[];
  /** 1-based. */
  current: number;
  last: number;
  /** Index of the first item in the whole list. */
  start: number;
  total: number;
}

/**
 * getStaticPaths entries of a list paged by `size` in one locale, for a route `[...page].astro`:
 * `page` is undefined on the first page and `page/<n>` after it. An empty list still has one page.
 */
export function listPages<T, P extends object>(items: T[], size: number, lang: string, props: P): Array<{ params: { lang: string; page: string | undefined }; props: P & { page: ListPage<T> } }> {
  const last = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: last }, (_, i) => ({
    params: { lang, page: i === 0 ? undefined : `page/${i + 1}` },
    props: { ...props, page: { items: items.slice(i * size, (i + 1) * size), current: i + 1, last, start: i * size, total: items.length } },
  }));
}
