/**
 * Drift at document level (issue 16): the translation follows another version of the original
 * (title blocks name different versions or dates), or a block of passages exists on one side only
 * (a section, a list, a paragraph added to or dropped from the original). Each is one item with
 * both places; the one-sided pairs of a block are grouped under it (`AlignedPair.drift`).
 */
import { findStatedDate } from '../model/metadata.ts';
import type { SeckbDocument } from '../model/types.ts';
import type { Unit } from './features.ts';
import type { AlignedPair, DriftItem, Span } from './types.ts';
import { greatest, least } from '../lists.ts';

/** A block is at least this many one-sided passages, or a heading with at least one more. */
export const BLOCK = { passages: 3, withHeading: 2 };
const HEAD = 3000;

function compareVersions(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

function lineAround(text: string, start: number, end: number): Span {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const to = nl === -1 ? text.length : nl;
  return { start: from, end: to, text: text.slice(from, to) };
}

/** The line(s) of the title block that state the version and date; the first line when neither is found. */
function statedPlace(doc: SeckbDocument): Span {
  const head = doc.text.slice(0, HEAD);
  const spans: Span[] = [];
  if (doc.version) {
    const v = doc.version.replace(/\./g, '\\.');
    const m = new RegExp(`(?:version|wersja|ver\\.|rev\\.|revision|v)\\s*[:#]?\\s*v?${v}(?![\\d])`, 'iu').exec(head) ?? new RegExp(`(?<![\\d.])${v}(?![\\d])`, 'u').exec(head);
    if (m) spans.push(lineAround(doc.text, m.index, m.index + m[0].length));
  }
  const date = findStatedDate(head);
  if (doc.date && date) spans.push(lineAround(doc.text, date.start, date.end));
  if (!spans.length) {
    const first = Math.max(0, doc.text.search(/\S/u));
    return lineAround(doc.text, first, first);
  }
  const start = least(spans.map((s) => s.start));
  const end = greatest(spans.map((s) => s.end));
  return { start, end, text: doc.text.slice(start, end) };
}

function describe(version: string | undefined, date: string | undefined): string {
  return [version && `version ${version}`, date].filter(Boolean).join(', ') || 'undated';
}

/** Version drift between the two title blocks, if they name different versions or dates. */
export function versionDrift(source: SeckbDocument, target: SeckbDocument): DriftItem | undefined {
  const versions = source.version && target.version && source.version !== target.version ? compareVersions(source.version, target.version) : 0;
  const dates = source.date && target.date && source.date !== target.date ? (source.date < target.date ? -1 : 1) : 0;
  if (!versions && !dates) return undefined;
  const older = (versions || dates) > 0 ? 'target' : 'source';
  const s = describe(source.version, source.date);
  const t = describe(target.version, target.date);
  const item: DriftItem = {
    id: 'version-drift',
    kind: 'version-drift',
    detail: older === 'target' ? `the translation follows an older version (${t}) than the original (${s})` : `the original (${s}) is older than its translation (${t})`,
    source: statedPlace(source),
    target: statedPlace(target),
    older,
  };
  if (source.version) item.sourceVersion = source.version;
  if (target.version) item.targetVersion = target.version;
  if (source.date) item.sourceDate = source.date;
  if (target.date) item.targetDate = target.date;
  return item;
}

interface Block {
  side: 'source' | 'target';
  indexes: number[];
}

/** Runs of pairs with one side empty; a two-sided pair ends every run, the other side's gaps do not. */
function oneSidedBlocks(pairs: AlignedPair[], units: Array<{ source: Unit[]; target: Unit[] }>): Block[] {
  const blocks: Block[] = [];
  const open: Partial<Record<'source' | 'target', Block>> = {};
  pairs.forEach((p, i) => {
    const side = !p.target.text ? 'source' : !p.source.text ? 'target' : undefined;
    if (!side) {
      open.source = open.target = undefined;
      return;
    }
    let block = open[side];
    if (!block) blocks.push((block = open[side] = { side, indexes: [] }));
    block.indexes.push(i);
  });
  return blocks.filter((b) => {
    const first = units[b.indexes[0]][b.side][0];
    return b.indexes.length >= BLOCK.passages || (first?.heading === true && b.indexes.length >= BLOCK.withHeading);
  });
}

function joined(spans: Span[], text: string): Span {
  const start = least(spans.map((s) => s.start));
  const end = greatest(spans.map((s) => s.end));
  return { start, end, text: text.slice(start, end) };
}

/**
 * All drift items of an alignment, and the pairs grouped under each (`pair.drift` set in place).
 * `units[i]` are the units behind `pairs[i]`.
 */
export function findDrift(source: SeckbDocument, target: SeckbDocument, pairs: AlignedPair[], units: Array<{ source: Unit[]; target: Unit[] }>): DriftItem[] {
  const items: DriftItem[] = [];
  const version = versionDrift(source, target);
  if (version) items.push(version);
  const older = version?.older;
  for (const block of oneSidedBlocks(pairs, units)) {
    const chosen = block.indexes.map((i) => pairs[i]);
    const doc = block.side === 'source' ? source : target;
    const here = joined(chosen.map((p) => p[block.side]), doc.text);
    const there = chosen[0][block.side === 'source' ? 'target' : 'source'];
    const firstUnit = units[block.indexes[0]][block.side][0];
    const heading = firstUnit?.heading ? `section "${firstUnit.text.trim()}", ` : '';
    const n = `${chosen.length} passages`;
    const added = block.side === 'source';
    const kind = added ? 'section-added' : 'section-dropped';
    const detail = added
      ? older === 'target' ? `${heading}${n}: added to the original since the translation` : `${heading}${n}: in the original only, not in the translation`
      : older === 'target' ? `${heading}${n}: dropped from the original since the translation` : `${heading}${n}: in the translation only, not in the original`;
    const empty = { start: there.start, end: there.start, text: '' };
    const item: DriftItem = {
      id: `${kind}-${here.start}`,
      kind,
      detail,
      source: added ? here : empty,
      target: added ? empty : here,
      passages: chosen.length,
    };
    if (firstUnit?.heading) item.heading = firstUnit.text.trim();
    if (older) item.older = older;
    items.push(item);
    for (const p of chosen) p.drift = item.id;
  }
  if (version) {
    // The title-block line that states the versions belongs to the version item.
    for (const p of pairs) {
      if (p.source.text && p.target.text && p.source.start < version.source.end && p.source.end > version.source.start && p.target.start < version.target.end && p.target.end > version.target.start) {
        p.drift = version.id;
      }
    }
  }
  return items;
}
