/**
 * The findings list (src/pages/findings/[...page].astro): one page set for both UI languages,
 * written in FINDINGS_LOCALE with each row's message in the other languages where it differs.
 * Where it lists a finding (its page and row anchor), for links from pages that draw findings
 * only with scripts; the list's order is computed once for the whole build.
 */
import { buildFindingsView } from './findings-view.ts';
import { PAGE_SIZE, pageOf, pageUrl } from './pager.ts';
import type { SiteIndex } from './site-index.ts';
import { LOCALES, type Locale } from '../i18n/index.ts';
import type { Finding } from '../findings/types.ts';

/** The language the findings list is written in; the others' messages ride along as `data-<lang>`. */
export const FINDINGS_LOCALE: Locale = 'en';

const BASE = '/findings/';
const places = new WeakMap<SiteIndex, Map<string, number>>();

/** `/findings/[page/<n>/]?<locale>#f-<id>`, or the list's first page for a finding it does not hold. */
export function findingListHref(site: SiteIndex, locale: Locale, findingId: string): string {
  let index = places.get(site);
  if (!index) {
    index = new Map(buildFindingsView(site.findings(FINDINGS_LOCALE), site.docs).rows.map((r, i) => [r.finding.id, i]));
    places.set(site, index);
  }
  const at = index.get(findingId);
  return at === undefined ? `${BASE}?${locale}` : `${pageUrl(BASE, pageOf(at, PAGE_SIZE.findings))}?${locale}#f-${findingId}`;
}

const messagesIn = new WeakMap<SiteIndex, Map<Locale, Map<string, string>>>();

/** Finding id -> message in `locale`, made once per build. */
function messages(site: SiteIndex, locale: Locale): Map<string, string> {
  let byLocale = messagesIn.get(site);
  if (!byLocale) messagesIn.set(site, (byLocale = new Map()));
  let map = byLocale.get(locale);
  if (!map) byLocale.set(locale, (map = new Map(site.findings(locale).map((f) => [f.id, f.message]))));
  return map;
}

/** Per finding, its message in each other UI language where it differs: `{ 'data-pl': … }`. */
export function otherMessages(site: SiteIndex, findings: Finding[]): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  for (const locale of LOCALES) {
    if (locale === FINDINGS_LOCALE) continue;
    const other = messages(site, locale);
    for (const f of findings) {
      const m = other.get(f.id);
      if (m !== undefined && m !== f.message) out.set(f.id, { ...out.get(f.id), [`data-${locale}`]: m });
    }
  }
  return out;
}
