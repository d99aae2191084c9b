/**
 * The alignment page's view model: document-level drift items (with the row each starts at) and
 * the table rows, a group heading before the first row grouped under a drift item.
 */
import type { TFunction } from 'i18next';
import { describeDrift, type DriftText } from '../align/describe.ts';
import type { AlignedPair, Alignment } from '../align/types.ts';

export interface DriftEntry extends DriftText {
  id: string;
  kind: string;
  /** Anchor of the first row grouped under the item (`#pair-N`), if any. */
  anchor?: string;
}

export interface AlignmentRow {
  pair: AlignedPair;
  anchor: string;
  /** Set on the first row of a drift group. */
  group?: DriftEntry;
}

export function alignmentView(alignment: Alignment | null, tAlign: TFunction): { drift: DriftEntry[]; rows: AlignmentRow[] } {
  const pairs = alignment?.pairs ?? [];
  const firstRow = new Map<string, number>();
  pairs.forEach((p, i) => {
    if (p.drift && !firstRow.has(p.drift)) firstRow.set(p.drift, i);
  });
  const drift: DriftEntry[] = (alignment?.drift ?? []).map((item) => {
    const entry: DriftEntry = { id: item.id, kind: item.kind, ...describeDrift(item, tAlign) };
    const row = firstRow.get(item.id);
    if (row !== undefined) entry.anchor = `pair-${row}`;
    return entry;
  });
  const byId = new Map(drift.map((d) => [d.id, d]));
  const rows = pairs.map((pair, i): AlignmentRow => {
    const row: AlignmentRow = { pair, anchor: `pair-${i}` };
    if (pair.drift && firstRow.get(pair.drift) === i) row.group = byId.get(pair.drift);
    return row;
  });
  return { drift, rows };
}
