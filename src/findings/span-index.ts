/**
 * Whether any of a set of spans overlaps a given one, in O(log n) a question: riskFindings asked
 * every finding (or claim) for each stated risk, claims x statements work on a long text that
 * states the same weakness many times.
 */
export interface Span {
  start: number;
  end: number;
}

export class SpanIndex {
  private readonly starts: number[];
  /** Largest end among the spans up to each one, in start order. */
  private readonly maxEnds: number[];

  constructor(spans: Iterable<Span>) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((s) => s.start);
    this.maxEnds = [];
    let max = -Infinity;
    for (const s of sorted) this.maxEnds.push((max = Math.max(max, s.end)));
  }

  /** Whether some span has `s.start < end && start < s.end`. */
  overlaps(start: number, end: number): boolean {
    // The spans starting before `end` are a prefix; one of them reaches past `start` iff the largest end does.
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid] < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.maxEnds[lo - 1] > start;
  }
}
