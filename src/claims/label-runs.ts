/**
 * Fact sheets lay out "Label: value" lines that text extraction (pdf, some docx and web
 * exports) may run together into one line: "At rest: AES-256 on databases In transit: TLS 1.2+
 * Keys: customer-managed". A unit that opens with such a label is cut before every later label,
 * so each value is read with its own label. Language-neutral: a label is up to five words
 * before ": ", opening with a capitalised word that follows the previous value's last word.
 */
import type { Sentence } from '../model/types.ts';

const MAX_LABEL_WORDS = 5;
const WORD = /^[\p{L}\p{N}&/'’()-]+$/u;
const OPENS_WITH_LABEL = /^\s*\p{Lu}[\p{L}\p{N}&/'’()-]*(?:[ \t][\p{L}\p{N}&/'’()-]+){0,4}:[ \t]+\S/u;
const LABEL_COLON = /:[ \t]+(?=\S)/gu;

/**
 * Where the label before the colon at `colon` starts: walking back over up to five words, the
 * capitalised word right after the last word that ends a value (lower case, a number, a bracket:
 * "... within 5 days Data return on exit:", "... agreements SOC 2 Type II:"); undefined when
 * none qualifies (punctuation before it, or no such word).
 */
function labelStart(text: string, colon: number): number | undefined {
  const words = [...text.slice(0, colon).matchAll(/\S+/gu)].slice(-(MAX_LABEL_WORDS + 1));
  for (let i = words.length - 1; i >= 1; i--) {
    const w = words[i];
    if (!WORD.test(w[0])) return undefined;
    if (!/^\p{Lu}/u.test(w[0])) continue;
    // The word before ends a value: no capitalised word, no stop after it, and no number that
    // belongs to an acronym before it ("SOC 2 Type II:", "ISO 27001 Certificate:").
    const before = words[i - 1][0];
    // "... under NDA Support access:": an acronym after a lower-case word ends the value before a title-case label.
    const acronymEnd = /^\p{Lu}{2,}$/u.test(before) && /^\p{Lu}\p{Ll}/u.test(w[0]) && i >= 2 && /\p{Ll}$/u.test(words[i - 2][0]);
    if (acronymEnd) return w.index;
    const acronymNumber = /^\p{N}+$/u.test(before) && i >= 2 && /^\p{Lu}{2,}$/u.test(words[i - 2][0]);
    if (/[\p{Ll}\p{N})%]$/u.test(before) && !/^\p{Lu}/u.test(before) && !acronymNumber) return w.index;
  }
  return undefined;
}

/**
 * "Restore tests: monthly": a line that opens with a short label and has a value after it; an
 * enumerated label ("Section E: Subprocessors", "Załącznik 2: Środki") titles a part instead.
 */
export const opensWithLabel = (text: string): boolean => {
  const m = OPENS_WITH_LABEL.exec(text);
  return m !== null && !/(?:^|\s)(?:\p{N}+|\p{Lu}|[IVX]+)\.?:/u.test(text.slice(0, text.indexOf(':') + 1));
};

/**
 * A list entry "label: value" whose label may open in lower case ("logi systemowe: 12 miesięcy",
 * "- Application logs: 12 months"): up to eight words before the first colon, a value after it.
 */
export function labelValue(text: string): { label: string; value: string } | undefined {
  const m = /^\s*(?:[-*•–]\s*)?([^:\n]{2,80}?):\s+(\S[^]*)$/u.exec(text);
  return m && m[1].trim().split(/\s+/).length <= 8 ? { label: m[1], value: m[2] } : undefined;
}

/** Cut points (offsets into `text`) of the labels after the first, or [] when the text is no label run. */
export function labelRunCuts(text: string): number[] {
  const first = OPENS_WITH_LABEL.exec(text);
  if (!first) return [];
  const cuts: number[] = [];
  // Later labels only: the opening label's own colon cuts nothing.
  LABEL_COLON.lastIndex = first[0].length;
  for (let m = LABEL_COLON.exec(text); m; m = LABEL_COLON.exec(text)) {
    const at = labelStart(text, m.index);
    // Each later label needs a value before it.
    if (at !== undefined && at > (cuts.at(-1) ?? first[0].length - 1)) cuts.push(at);
  }
  return cuts;
}

/** Units with run-together label/value lines cut into one unit per label. */
export function splitLabelRuns(docText: string, units: Sentence[]): Sentence[] {
  return units.flatMap((u) => {
    const text = docText.slice(u.start, u.end);
    const cuts = labelRunCuts(text);
    if (cuts.length === 0) return [u];
    const bounds = [0, ...cuts, text.length];
    return bounds.slice(0, -1).map((from, i) => ({ ...u, start: u.start + from, end: u.start + from + text.slice(from, bounds[i + 1]).trimEnd().length }));
  });
}
