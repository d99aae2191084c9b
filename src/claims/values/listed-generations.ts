/**
 * "7 daily, 4 weekly and 12 monthly backups", "7 kopii dziennych, 4 tygodniowe i 12 miesięcznych":
 * a ladder of kept generations names its noun once, for the whole list. A count before a bare pace
 * word, listed with a count that names the copies, is a count of generations too.
 */
import type { Lexicon } from '../lexicon.ts';
import { isoDuration, matchAll, parseNumber, unitOf, type DurationHit } from './number.ts';

const S = '(?<![\\p{L}\\p{N}.,])';

/** The generations the list items without a noun stand for; `named` are the counts that name the copies. */
export function listedGenerations(text: string, named: DurationHit[], lex: Lexicon): DurationHit[] {
  if (named.length === 0) return [];
  const counted = lex.memo('paceCount', (l) =>
    new RegExp(
      `${S}(?<n>${l.numberSource})\\s+(?:(?<H>${l.source('paceWordH')})|(?<D>${l.source('paceWordD')})|(?<W>${l.source('paceWordW')})|(?<M>${l.source('paceWordM')})|(?<Y>${l.source('paceWordY')}))`,
      'giu',
    ),
  );
  // Items are joined by a comma or a list word; a short aside may follow an item ("1 weekly (Sunday)").
  const joint = lex.memo('paceCountJoint', (l) => new RegExp(`^\\s*(?:\\([^()]{0,40}\\))?\\s*[,;/+&]?\\s*(?:(?:${l.source('listJoin')})\\s+)?$`, 'iu'));
  const items: Array<DurationHit & { named: boolean }> = named.map((d) => ({ ...d, named: true }));
  for (const m of matchAll(counted, text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (named.some((d) => start < d.end && d.start < end)) continue;
    const unit = unitOf(m.groups ?? {});
    const n = parseNumber(m.groups?.n ?? '', lex);
    if (unit && n !== undefined && Number.isInteger(n) && (n > 1 || m.groups?.n === '1')) items.push({ start, end, iso: isoDuration(n, unit), named: false });
  }
  items.sort((a, b) => a.start - b.start);
  const out: DurationHit[] = [];
  let run: typeof items = [];
  const close = () => {
    if (run.some((i) => i.named)) for (const i of run) if (!i.named) out.push({ start: i.start, end: i.end, iso: i.iso, generations: true });
  };
  for (const item of items) {
    const last = run.at(-1);
    if (last && joint.test(text.slice(last.end, item.start))) run.push(item);
    else {
      close();
      run = [item];
    }
  }
  close();
  return out;
}
