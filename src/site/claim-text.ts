/**
 * Claims in words on the site: the claims module's own labels and value formatter (the same
 * words as `seckb compare`), so no page keeps a second vocabulary. Browser-safe.
 */
import type { Claim } from '../claims/types.ts';
import { formatValue } from '../claims/format.ts';
import { attributeLabel, qualifierLabel } from '../claims/reporters/cells.ts';
import { ATTRIBUTE_BY_ID, GROUPS, attributeIndex } from '../claims/vocabulary.ts';
import type { Locale } from '../i18n/index.ts';

const sortedQualifiers = (c: Pick<Claim, 'qualifiers'>) => Object.fromEntries(Object.entries(c.qualifiers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** "Backup retention" / "Hosting location (Role: failover)". */
export function claimLabel(c: Pick<Claim, 'attribute' | 'qualifiers'>, locale: Locale): string {
  const q = qualifierLabel(sortedQualifiers(c), locale);
  return q ? `${attributeLabel(c.attribute, locale)} (${q})` : attributeLabel(c.attribute, locale);
}

export function claimAttribute(c: Pick<Claim, 'attribute'>, locale: Locale): string {
  return attributeLabel(c.attribute, locale);
}

export function claimQualifiers(c: Pick<Claim, 'qualifiers'>, locale: Locale): string {
  return qualifierLabel(sortedQualifiers(c), locale);
}

/** "5 weeks" / "5 tygodni". */
export function claimValue(c: Pick<Claim, 'attribute' | 'value'>, locale: Locale): string {
  return formatValue(c.attribute, c.value, locale);
}

function groupRank(attribute: string): number {
  const g = ATTRIBUTE_BY_ID.get(attribute)?.group;
  const i = g ? GROUPS.indexOf(g) : -1;
  return i < 0 ? GROUPS.length : i;
}

/** The comparison's row order: group, then vocabulary order, then place in the document. */
export function byComparisonOrder(a: Claim, b: Claim): number {
  return groupRank(a.attribute) - groupRank(b.attribute) || attributeIndex(a.attribute) - attributeIndex(b.attribute) || a.start - b.start;
}
