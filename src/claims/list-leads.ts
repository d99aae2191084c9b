/**
 * The paragraph right before each list ("**Related articles**", "Zobacz też:", "Microsoft's data
 * centres are audited against:"), by the list's group: one pass over the blocks, so a long list
 * costs no more than a short one.
 */
import type { SeckbDocument } from '../model/types.ts';
import { blockAt } from '../model/block-at.ts';

export function listLeads(doc: SeckbDocument): Map<number, string> {
  const leads = new Map<number, string>();
  doc.blocks.forEach((b, i) => {
    if (b.type !== 'list-item' || b.group === undefined || leads.has(b.group)) return;
    const before = doc.blocks[i - 1];
    leads.set(b.group, before?.type === 'paragraph' ? doc.text.slice(before.start, before.end) : '');
  });
  return leads;
}

/** The lead-in of the list whose item holds `pos`, or '' when `pos` is in no list item. */
export function leadAt(doc: SeckbDocument, leads: Map<number, string>, pos: number): string {
  const item = blockAt(doc.blocks, pos);
  return item?.type === 'list-item' && item.group !== undefined ? (leads.get(item.group) ?? '') : '';
}
