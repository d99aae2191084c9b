/**
 * Where the findings list (src/pages/[lang]/findings/[...page].astro) lists a finding: its page
 * and row anchor, for links from pages that draw findings only with scripts. The list's order is
 * computed once per locale for the whole build.
 */
import { buildFindingsView } from './findings-view.ts';
import { PAGE_SIZE, pageOf, pageUrl } from './pager.ts';
import { href } from './paths.ts';
import type { SiteIndex } from './site-index.ts';
import type { Locale } from '../i18n/index.ts';

const places = new WeakMap<SiteIndex, Map<Locale, Map<string, number>>>();

/** `/<locale>/findings/[page/<n>/]#f-<id>`, or the list's first page for a finding it does not hold. */
export function findingListHref(site: SiteIndex, locale: Locale, findingId: string): string {
  let byLocale = places.get(site);
  if (!byLocale) places.set(site, (byLocale = new Map()));
  let index = byLocale.get(locale);
  if (!index) {
    index = new Map(buildFindingsView(site.findings(locale), site.docs).rows.map((r, i) => [r.finding.id, i]));
    byLocale.set(locale, index);
  }
  const at = index.get(findingId);
  const base = href(locale, 'findings');
  return at === undefined ? base : `${pageUrl(base, pageOf(at, PAGE_SIZE.findings))}#f-${findingId}`;
}
