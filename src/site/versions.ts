/**
 * Two versions of a document side by side: sections matched by heading (LCS), sentences inside a
 * matched section marked kept / removed / added (LCS on normalized sentence text). Pure.
 */
import type { SeckbDocument } from '../model/types.ts';
import { packInts, unpackInts, unzigzag, zigzag } from '../search/packed.ts';

export interface SideSentence {
  text: string;
  start: number;
  state: 'same' | 'removed' | 'added';
}

export interface VersionRow {
  oldHeading?: string;
  newHeading?: string;
  oldSentences: SideSentence[];
  newSentences: SideSentence[];
  changed: boolean;
}

const norm = (s: string): string => s.normalize('NFC').toLowerCase().replace(/^[\d.\s]+/, '').replace(/\s+/g, ' ').trim();

/** Pairs of indexes of a longest common subsequence of a and b (by equality of keys). */
export function lcs(a: string[], b: string[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) dp[i]![j] = a[i] === b[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  const out: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push([i, j]);
      i++;
      j++;
    } else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) i++;
    else j++;
  }
  return out;
}

interface Part {
  heading?: string;
  sentences: Array<{ text: string; start: number }>;
}

/** Sections with their sentences; text before the first heading is a part without heading. */
function parts(doc: SeckbDocument): Part[] {
  const out: Part[] = [];
  const sections = [...doc.sections].sort((a, b) => a.start - b.start);
  const first = sections[0]?.start ?? doc.text.length;
  const pre = doc.sentences.filter((s) => s.end <= first);
  if (pre.length) out.push({ sentences: pre.map((s) => ({ text: doc.text.slice(s.start, s.end), start: s.start })) });
  for (const sec of sections) {
    const sentences = doc.sentences
      .filter((s) => s.start >= sec.start && s.start < sec.end && s.sectionId === sec.id)
      .map((s) => ({ text: doc.text.slice(s.start, s.end), start: s.start }))
      .filter((s) => norm(s.text) !== norm(sec.heading));
    out.push({ heading: sec.heading, sentences });
  }
  return out;
}

function sideBySide(a: Part, b: Part): VersionRow {
  const ka = a.sentences.map((s) => norm(s.text));
  const kb = b.sentences.map((s) => norm(s.text));
  const common = lcs(ka, kb);
  const keptA = new Set(common.map(([i]) => i));
  const keptB = new Set(common.map(([, j]) => j));
  const oldSentences = a.sentences.map((s, i): SideSentence => ({ ...s, state: keptA.has(i) ? 'same' : 'removed' }));
  const newSentences = b.sentences.map((s, j): SideSentence => ({ ...s, state: keptB.has(j) ? 'same' : 'added' }));
  const row: VersionRow = { oldSentences, newSentences, changed: common.length !== ka.length || common.length !== kb.length };
  if (a.heading !== undefined) row.oldHeading = a.heading;
  if (b.heading !== undefined) row.newHeading = b.heading;
  return row;
}

export function buildVersionRows(oldDoc: SeckbDocument, newDoc: SeckbDocument): VersionRow[] {
  const a = parts(oldDoc);
  const b = parts(newDoc);
  const common = lcs(a.map((p) => norm(p.heading ?? '')), b.map((p) => norm(p.heading ?? '')));
  const rows: VersionRow[] = [];
  const empty: Part = { sentences: [] };
  let i = 0;
  let j = 0;
  const flushUntil = (ti: number, tj: number): void => {
    for (; i < ti; i++) rows.push({ ...sideBySide(a[i]!, empty), newSentences: [], changed: true });
    for (; j < tj; j++) rows.push({ ...sideBySide(empty, b[j]!), oldSentences: [], changed: true });
  };
  for (const [ci, cj] of common) {
    flushUntil(ci, cj);
    rows.push(sideBySide(a[i]!, b[j]!));
    i++;
    j++;
  }
  flushUntil(a.length, b.length);
  return rows;
}

/** A side's sentences as offsets into its document's text: [start, end], or [start, end, 1] when removed / added. */
export type SideOffsets = Array<[number, number] | [number, number, 1]>;

/**
 * The side-by-side text of two versions as data (`/versions/<pair>.json`), once for both UI
 * languages: per row [changed, old heading, new heading, old sentences, new sentences], the
 * sentences as offsets into the two documents' texts, which the site holds once in their
 * document pages, each side packed into a string (packSide); the versions' page draws the pair
 * from it, in either language (src/site/client/version-text.ts).
 */
/** The statements that changed between two versions, by claim id (the KB's diff; the page draws them from the document pages' claims). */
export interface ClaimChanges {
  added: string[];
  removed: string[];
  /** [old claim id, new claim id]. */
  changed: Array<[string, string]>;
}

/** What the pair's page says of a version: its title, language, version label and date. */
export interface VersionSide {
  title: string;
  lang: string;
  version?: string;
  date?: string;
}

export interface VersionData {
  old: string;
  new: string;
  /** The older and the newer version, as the pair's page names them (it holds nothing of the pair itself). */
  sides: [VersionSide, VersionSide];
  /** Sides packed (packSide). */
  rows: Array<[0 | 1, string | null, string | null, string, string]>;
  claims: ClaimChanges;
}

/** A claims diff (src/findings/diff.ts) by ids. */
export function claimChanges(diff: { added: Array<{ id: string }>; removed: Array<{ id: string }>; changed: Array<{ old: { id: string }; new: { id: string } }> }): ClaimChanges {
  return { added: diff.added.map((c) => c.id), removed: diff.removed.map((c) => c.id), changed: diff.changed.map((c) => [c.old.id, c.new.id]) };
}

const offsets = (sentences: SideSentence[]): SideOffsets => sentences.map((s) => (s.state === 'same' ? [s.start, s.start + s.text.length] : [s.start, s.start + s.text.length, 1]));

/**
 * A side's sentences in a few characters each (src/search/packed.ts): per sentence its start's
 * distance from the previous sentence's end (zigzag) and its length x 2, + 1 when removed / added.
 */
export function packSide(side: SideOffsets): string {
  let end = 0;
  return packInts(
    side.flatMap(([start, to, marked]) => {
      const codes = [zigzag(start - end), zigzag(to - start) * 2 + (marked ? 1 : 0)];
      end = to;
      return codes;
    }),
  );
}

export function unpackSide(packed: string): SideOffsets {
  const codes = unpackInts(packed);
  const out: SideOffsets = [];
  let end = 0;
  for (let i = 0; i + 1 < codes.length; i += 2) {
    const start = end + unzigzag(codes[i]!);
    end = start + unzigzag(Math.floor(codes[i + 1]! / 2));
    out.push(codes[i + 1]! % 2 ? [start, end, 1] : [start, end]);
  }
  return out;
}

const versionSide = (doc: SeckbDocument): VersionSide => ({ title: doc.title, lang: doc.language, ...(doc.version && { version: doc.version }), ...(doc.date && { date: doc.date }) });

export function versionTextData(oldDoc: SeckbDocument, newDoc: SeckbDocument, claims: ClaimChanges): VersionData {
  return {
    old: oldDoc.id,
    new: newDoc.id,
    sides: [versionSide(oldDoc), versionSide(newDoc)],
    rows: buildVersionRows(oldDoc, newDoc).map((r) => [r.changed ? 1 : 0, r.oldHeading ?? null, r.newHeading ?? null, packSide(offsets(r.oldSentences)), packSide(offsets(r.newSentences))]),
    claims,
  };
}
