/**
 * `--format text`: aligned columns that fit 120 characters; under each row the first quote of
 * every cell, shortened.
 */
import type { Locale } from '../../i18n/index.ts';
import { getT } from '../../i18n/index.ts';
import type { Comparison } from '../compare.ts';
import { attributeLabel, cellText } from './cells.ts';
import { formatQualifier } from '../format.ts';

export const TEXT_WIDTH = 120;

/** Cut to `width` characters with an ellipsis. */
export function shorten(s: string, width: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  if (flat.length <= width) return flat;
  return width <= 1 ? flat.slice(0, width) : flat.slice(0, width - 1).trimEnd() + '…';
}

const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - s.length));

export function formatText(c: Comparison, locale: Locale = 'en', width = TEXT_WIDTH): string {
  const t = getT(locale, 'claims');
  if (c.vendors.length === 0 || c.groups.length === 0) return t('compare.empty') + '\n';
  const gap = 2;
  const first = Math.min(44, Math.max(30, Math.floor(width / (c.vendors.length + 1))));
  const colW = Math.max(8, Math.floor((width - first - gap * c.vendors.length) / c.vendors.length));
  const line = (cells: string[]) =>
    [pad(shorten(cells[0], first), first), ...cells.slice(1).map((x) => pad(shorten(x, colW), colW))]
      .join(' '.repeat(gap))
      .trimEnd();
  const out: string[] = [line([t('compare.attribute'), ...c.vendors.map((v) => v.name)]), '-'.repeat(Math.min(width, first + (colW + gap) * c.vendors.length))];
  for (const g of c.groups) {
    out.push('', t(`group.${g.id}`, { defaultValue: g.id }).toUpperCase());
    for (const r of g.rows) {
      const q = Object.entries(r.qualifiers).map(([k, v]) => formatQualifier(k, v, locale)).join(', ');
      out.push(line([attributeLabel(r.attribute, locale) + (q ? ` [${q}]` : ''), ...r.cells.map((cell) => cellText(r, cell, locale))]));
      const quotes = r.cells.map((cell) => {
        const e = cell.values[0]?.evidence[0];
        return e ? `"${shorten(e.quote, colW - 2)}"` : '';
      });
      if (quotes.some(Boolean)) out.push(line(['', ...quotes]));
    }
  }
  return out.map((l) => (l.length > width ? l.slice(0, width) : l)).join('\n') + '\n';
}
