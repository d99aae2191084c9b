/** The comparison as plain string tables, shared by the csv, xlsx and text reporters. */
import type { Locale } from '../../i18n/index.ts';
import { getT } from '../../i18n/index.ts';
import type { Comparison, ComparisonCell, ComparisonRow } from '../compare.ts';
import { formatQualifier, formatValue } from '../format.ts';

export interface StringTable {
  header: string[];
  rows: string[][];
}

export function attributeLabel(attribute: string, locale: Locale): string {
  return getT(locale, 'claims')(`attribute.${attribute}`, { defaultValue: attribute });
}

export function qualifierLabel(q: Record<string, string | number | boolean>, locale: Locale): string {
  const t = getT(locale, 'claims');
  return Object.entries(q)
    .map(([k, v]) => `${t(`qualifier.${k}`, { defaultValue: k })}: ${formatQualifier(k, v, locale)}`)
    .join(', ');
}

/** "Netherlands (region: azure:westeurope)"; values joined by "; "; a conflict is marked. */
export function cellText(row: ComparisonRow, cell: ComparisonCell, locale: Locale): string {
  const t = getT(locale, 'claims');
  const parts = cell.values.map((v) => {
    const d = Object.keys(v.details).length ? ` (${qualifierLabel(v.details, locale)})` : '';
    return `${formatValue(row.attribute, v.value, locale)}${d}`;
  });
  const text = parts.join('; ');
  return cell.conflict ? `${text} [${t('compare.conflict')}]` : text;
}

export function valueTable(c: Comparison, locale: Locale): StringTable {
  const t = getT(locale, 'claims');
  const header = [t('compare.group'), t('compare.attribute'), t('compare.qualifiers'), ...c.vendors.map((v) => v.name)];
  const rows = c.groups.flatMap((g) =>
    g.rows.map((r) => [
      t(`group.${g.id}`, { defaultValue: g.id }),
      attributeLabel(r.attribute, locale),
      qualifierLabel(r.qualifiers, locale),
      ...r.cells.map((cell) => cellText(r, cell, locale)),
    ]),
  );
  return { header, rows };
}

/** One line per quote: the evidence behind every value. */
export function quoteTable(c: Comparison, locale: Locale): StringTable {
  const t = getT(locale, 'claims');
  const header = [
    t('compare.group'),
    t('compare.attribute'),
    t('compare.qualifiers'),
    t('compare.vendor'),
    t('compare.value'),
    t('compare.document'),
    t('compare.quote'),
    t('compare.offsets'),
  ];
  const rows: string[][] = [];
  for (const g of c.groups) {
    for (const r of g.rows) {
      r.cells.forEach((cell, i) => {
        for (const v of cell.values) {
          for (const e of v.evidence) {
            rows.push([
              t(`group.${g.id}`, { defaultValue: g.id }),
              attributeLabel(r.attribute, locale),
              qualifierLabel(r.qualifiers, locale),
              c.vendors[i].name,
              formatValue(r.attribute, v.value, locale),
              e.documentId,
              e.quote,
              `${e.start}-${e.end}`,
            ]);
          }
        }
      });
    }
  }
  return { header, rows };
}
