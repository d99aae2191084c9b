/**
 * Post-processing of stamped findings as small pure steps (textlint's filter-duplicated and
 * sort-messages processes): each takes findings and returns new ones; the engine chains them.
 */
import type { Finding, FindingKind, Severity } from './types.ts';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Kinds whose findings may legitimately share text (two contradictions of one sentence). */
const MAY_OVERLAP: ReadonlySet<FindingKind> = new Set(['inconsistency', 'risk', 'toc-mismatch']);

/** One finding per rule and range. */
export function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.rule}\u0000${f.start}\u0000${f.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Which of two overlapping findings of one kind to keep: more severe, then longer, then earlier, then by rule id. */
function better(a: Finding, b: Finding): boolean {
  if (RANK[a.severity] !== RANK[b.severity]) return RANK[a.severity] < RANK[b.severity];
  if (a.end - a.start !== b.end - b.start) return a.end - a.start > b.end - b.start;
  if (a.start !== b.start) return a.start < b.start;
  return a.rule < b.rule;
}

/**
 * Two rules of one kind flagging overlapping text report it once (e.g. "Certainly! Here is" and
 * "Certainly, here is"). Best first, a finding is kept unless a kept one of its kind overlaps it:
 * some kept start before its end with an end after its start, i.e. the largest end among kept
 * starts before its end exceeds its start, read from a prefix-maximum tree over the starts
 * (comparing with every kept finding was quadratic: 100,000 '[' gave 50,000 findings and 23 s).
 */
export function dropOverlaps(findings: readonly Finding[]): Finding[] {
  const kept: Finding[] = [];
  const ordered = [...findings].sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
  const starts = [...new Set(findings.map((f) => f.start))].sort((a, b) => a - b);
  const endsByKind = new Map<FindingKind, PrefixMax>();
  for (const f of ordered) {
    if (MAY_OVERLAP.has(f.kind)) {
      kept.push(f);
      continue;
    }
    let ends = endsByKind.get(f.kind);
    if (!ends) endsByKind.set(f.kind, (ends = new PrefixMax(starts.length)));
    if (ends.upTo(countBelow(starts, f.end)) > f.start) continue;
    ends.raise(countBelow(starts, f.start), f.end);
    kept.push(f);
  }
  return kept;
}

/** Kinds that read an opening bracket on its own, so they also fire on a forum tag's opening bracket. */
const READ_TAG_BRACKET: ReadonlySet<FindingKind> = new Set(['placeholder', 'unbalanced-quote']);

/**
 * A leaked forum tag ("[url=https://…]See the page[/url]") is markup residue; its opening tag is
 * no unfilled template slot and its bracket no unbalanced mark. Only a finding that starts where
 * the markup starts is its tag: a placeholder inside the tags ("[b][Insert name][/b]") still counts.
 */
export function dropTagBrackets(findings: readonly Finding[]): Finding[] {
  const markupStarts = new Set(findings.filter((f) => f.kind === 'markup-residue').map((f) => f.start));
  if (markupStarts.size === 0) return [...findings];
  return findings.filter((f) => !(READ_TAG_BRACKET.has(f.kind) && markupStarts.has(f.start)));
}

/**
 * A "TBC" or "TBD" inside a template slot ("effective [DATE TBC]") is the slot's own wording: the
 * placeholder finding names it, so the editorial-note finding wholly inside it is dropped. A note
 * standing on its own ("Region: TBD") stays. Placeholders by start, with the largest end so far:
 * a note lies inside one when the largest end among those starting at or before it reaches its end.
 */
export function dropNotesInSlots(findings: readonly Finding[]): Finding[] {
  const slots = findings.filter((f) => f.kind === 'placeholder').sort((a, b) => a.start - b.start);
  if (slots.length === 0) return [...findings];
  const starts = slots.map((f) => f.start);
  const reach: number[] = [];
  for (const f of slots) reach.push(Math.max(reach.at(-1) ?? -1, f.end));
  const same = new Set(slots.map((f) => `${f.start}:${f.end}`));
  return findings.filter((f) => {
    if (f.kind !== 'editorial-note') return true;
    // Strictly inside: a note that is the whole bracket ("[czy nadal tak jest?]") stays a note.
    const n = countBelow(starts, f.start + 1);
    return n === 0 || reach[n - 1]! < f.end || same.has(`${f.start}:${f.end}`);
  });
}

/** How many of the sorted `values` are below `limit`. */
function countBelow(values: readonly number[], limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (values[mid]! < limit) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Fenwick tree of maxima: raise slot i to a value, read the maximum of the first n slots (-1 when none). */
class PrefixMax {
  private readonly tree: Float64Array;
  constructor(size: number) {
    this.tree = new Float64Array(size + 1).fill(-1);
  }
  raise(slot: number, value: number): void {
    for (let i = slot + 1; i < this.tree.length; i += i & -i) if (this.tree[i]! < value) this.tree[i] = value;
  }
  upTo(count: number): number {
    let best = -1;
    for (let i = count; i > 0; i -= i & -i) if (this.tree[i]! > best) best = this.tree[i]!;
    return best;
  }
}

/** Document order: start, end, kind, rule, id. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      a.start - b.start ||
      a.end - b.end ||
      a.kind.localeCompare(b.kind, 'en') ||
      a.rule.localeCompare(b.rule, 'en') ||
      a.id.localeCompare(b.id, 'en'),
  );
}
