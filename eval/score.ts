/**
 * Scores seckb against the hand labels of eval/labels/ (documents in eval/docs/<split>/).
 * Used by bench/quality.ts (tables, eval/RESULTS.md) and tests/eval/quality.test.ts (floors).
 *
 * Claims: attribute and value must agree. Recall: a label is found when a claim has every
 * qualifier the label gives (a list in the label means any of them; a qualifier the claim leaves
 * out takes its default, see QUALIFIER_DEFAULTS). Precision: a claim is right when some label has
 * its attribute and value and no qualifier of the claim contradicts the label's (a less specific
 * claim is not wrong, and a true claim about a part agrees with a true label of scope `all`).
 * Precision counts distinct (attribute, value, qualifiers) keys, so a statement repeated in two
 * sentences is not a false positive twice; recall counts labels. Durations in exact units compare
 * by length (exactSeconds).
 * Findings: a finding matches a label when the kinds agree and their spans overlap (the label's
 * excerpt, and its `related` excerpt if any, located in the document text; the finding's
 * excerpt and its `related` places). Traps: any finding overlapping a mustNotFlag excerpt.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { loadDocument } from '../ingest/load.ts';
import { readSourceText } from '../ingest/sidecars.ts';
import { extractClaims } from '../src/claims/extract.ts';
import { riskFindings } from '../src/findings/risks.ts';
import { checkDocument } from '../src/findings/engine.ts';
import type { Claim, ClaimValue } from '../src/claims/types.ts';
import type { Finding } from '../src/findings/types.ts';
import type { SeckbDocument } from '../src/model/types.ts';

export * from './splits.ts';
import { CLAIMS_ONLY, FINDINGS_ONLY, SPLITS, type Split } from './splits.ts';

export interface LabelClaim {
  attribute: string;
  value: ClaimValue;
  /** A list means any of these values (the text allows both readings). */
  qualifiers?: Record<string, ClaimValue | ClaimValue[]>;
}

export interface LabelFinding {
  kind: string;
  excerpt: string;
  /** The other place (second half of a cut sentence, other side of a contradiction). */
  related?: string;
}

export interface Labels {
  claims: LabelClaim[];
  findings: LabelFinding[];
  mustNotFlag: string[];
}

export interface DocRun {
  split: Split;
  file: string;
  doc: SeckbDocument;
  claims: Claim[];
  findings: Finding[];
  labels: Labels;
  /** False for a claims-only split: findings are neither run nor scored. */
  findingsScored: boolean;
}

/** Precision counts predictions (tp, fp), recall counts labels (found, fn): one label may be hit by several findings. */
export interface Counts {
  tp: number;
  fp: number;
  found: number;
  fn: number;
}

export interface DocReport {
  file: string;
  /** Labels nothing matched. */
  missedClaims: string[];
  /** Extracted claim keys no label matched. */
  extraClaims: string[];
  missedFindings: string[];
  extraFindings: string[];
  trapsFired: string[];
}

export interface Score {
  claims: Map<string, Counts>;
  findings: Map<string, Counts>;
  traps: { total: number; fired: number };
  docs: DocReport[];
}

const ROOT = path.resolve(import.meta.dirname, '..');
export const EVAL_DIR = path.join(ROOT, 'eval');

/** "Today" for the stale-document rule, fixed so figures do not drift with the calendar. */
export const EVAL_NOW = new Date('2026-11-23T00:00:00Z');

/**
 * Qualifier values a claim is taken to have when it leaves them out: claims.md's default role,
 * and the readings src/findings/risks.ts gives a missing `for` (customers) and `scope` (all).
 */
const QUALIFIER_DEFAULTS: Record<string, Record<string, ClaimValue>> = {
  'hosting.location': { role: 'production' },
  'hosting.area': { role: 'production' },
  'auth.mfa': { for: 'customers' },
  'encryption.at_rest': { scope: 'all' },
};

export async function listDocs(split: Split): Promise<string[]> {
  const dir = path.join(EVAL_DIR, 'docs', split);
  return (await readdir(dir)).sort().map((f) => path.join(dir, f));
}

export async function readLabels(file: string, labelsDir = path.join(EVAL_DIR, 'labels')): Promise<Labels> {
  const labels = JSON.parse(await readFile(path.join(labelsDir, `${path.basename(file)}.json`), 'utf8')) as Labels;
  return { ...labels, findings: labels.findings ?? [], mustNotFlag: labels.mustNotFlag ?? [] };
}

/** A split's findings are scored when it is not claims-only or when its labels list any finding or trap. */
export const findingsLabelled = (split: Split, labels: readonly Labels[]): boolean =>
  !CLAIMS_ONLY.has(split) || labels.some((l) => l.findings.length > 0 || l.mustNotFlag.length > 0);

export async function runDoc(split: Split, file: string, withFindings = !CLAIMS_ONLY.has(split), labelsDir?: string): Promise<DocRun> {
  const labels = await readLabels(file, labelsDir);
  const doc = await loadDocument(file);
  const source = readSourceText(file);
  const claims = extractClaims(doc);
  const findings = withFindings ? [...checkDocument(doc, { claims, now: EVAL_NOW, source }), ...riskFindings(doc, claims)] : [];
  return { split, file: path.basename(file), doc, claims, findings, labels, findingsScored: withFindings };
}

export async function runSplit(split: Split): Promise<DocRun[]> {
  const files = await listDocs(split);
  const withFindings = findingsLabelled(split, await Promise.all(files.map((f) => readLabels(f))));
  const runs: DocRun[] = [];
  for (const file of files) runs.push(await runDoc(split, file, withFindings));
  return runs;
}

/**
 * A labelled set kept outside the repository, as real vendor texts must be: `dir`/docs/<file> and
 * `dir`/labels/<file>.json, claims and findings scored. Labels without a document are ignored.
 */
export async function runFolder(dir: string): Promise<DocRun[]> {
  const docs = path.join(dir, 'docs');
  const runs: DocRun[] = [];
  for (const name of (await readdir(docs)).sort()) runs.push(await runDoc('folder', path.join(docs, name), true, path.join(dir, 'labels')));
  return runs;
}

export const group = (attribute: string): string => attribute.split('.')[0];

/**
 * Seconds in an ISO 8601 duration made only of exact units (weeks, days, hours, minutes,
 * seconds), so that "every 24 hours" (PT24H) and "daily" (P1D), or "a fortnight" (P2W) and
 * "14 days" (P14D), are the same value; undefined when months or years make it inexact.
 */
export function exactSeconds(value: string): number | undefined {
  const m = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(value);
  if (!m || value === 'P' || value.endsWith('T')) return undefined;
  const [w, d, h, min, sec] = m.slice(1).map((x) => Number(x ?? 0));
  return (((w * 7 + d) * 24 + h) * 60 + min) * 60 + sec;
}

/** Organisation slugs: compare letters and digits only, and let "serwersms" match "serwersms-pl". */
function sameValue(attribute: string, got: ClaimValue, want: ClaimValue): boolean {
  if (typeof want === 'number' || typeof got === 'number') return Number(got) === Number(want);
  if (typeof got === 'string' && typeof want === 'string') {
    const [a, b] = [exactSeconds(got), exactSeconds(want)];
    if (a !== undefined && b !== undefined) return a === b;
  }
  if (attribute === 'subprocessor') {
    const a = String(got).toLowerCase().replace(/[^a-z0-9]/g, '');
    const b = String(want).toLowerCase().replace(/[^a-z0-9]/g, '');
    return a === b || (Math.min(a.length, b.length) >= 5 && (a.startsWith(b) || b.startsWith(a)));
  }
  return String(got) === String(want);
}

type ClaimLike = Pick<Claim, 'attribute' | 'value' | 'qualifiers'>;

const accepts = (want: ClaimValue | ClaimValue[], got: ClaimValue | undefined) =>
  got !== undefined && (Array.isArray(want) ? want : [want]).some((w) => String(w) === String(got));

/** Recall side: the claim states the label with every qualifier the label gives. */
export function claimFinds(claim: ClaimLike, label: LabelClaim): boolean {
  if (claim.attribute !== label.attribute || !sameValue(label.attribute, claim.value, label.value)) return false;
  const defaults = QUALIFIER_DEFAULTS[claim.attribute] ?? {};
  return Object.entries(label.qualifiers ?? {}).every(([k, v]) => accepts(v, claim.qualifiers[k] ?? defaults[k]));
}

/** Precision side: the claim says nothing the label contradicts (it may say less). */
export function claimAgrees(claim: ClaimLike, label: LabelClaim): boolean {
  if (claim.attribute !== label.attribute || !sameValue(label.attribute, claim.value, label.value)) return false;
  const defaults = QUALIFIER_DEFAULTS[claim.attribute] ?? {};
  return Object.entries(label.qualifiers ?? {}).every(([k, v]) => {
    const got = claim.qualifiers[k] ?? defaults[k];
    return got === undefined || accepts(v, got) || (k === 'scope' && claim.value === true && accepts(v, 'all'));
  });
}

const sortedQ = (q: Record<string, ClaimValue | ClaimValue[]> = {}) =>
  Object.keys(q).length ? ` ${JSON.stringify(Object.fromEntries(Object.entries(q).sort(([a], [b]) => a.localeCompare(b))))}` : '';
export const claimKey = (c: { attribute: string; value: ClaimValue; qualifiers?: Record<string, ClaimValue | ClaimValue[]> }) =>
  `${c.attribute}=${String(c.value)}${sortedQ(c.qualifiers)}`;

interface Span {
  start: number;
  end: number;
}

/** Every place `excerpt` stands in `text`, whitespace-insensitive (labels are written from the source file). */
export function locate(text: string, excerpt: string): Span[] {
  const pattern = excerpt
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  if (!pattern) return [];
  return [...text.matchAll(new RegExp(pattern, 'g'))].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Where a finding points: its excerpt and, for inconsistencies, the related places. */
const findingSpans = (f: Finding): Span[] => [{ start: f.start, end: f.end }, ...(f.related ?? []).filter((r) => r.documentId === f.documentId)];

/** True when a finding touches `excerpt`: by offsets, or by text when the excerpt is not in the normalized text. */
function touches(doc: SeckbDocument, f: Finding, excerpt: string): boolean {
  const spans = locate(doc.text, excerpt);
  if (spans.length) return findingSpans(f).some((s) => spans.some((l) => overlaps(s, l)));
  const a = f.excerpt.trim().toLowerCase();
  const b = excerpt.trim().toLowerCase();
  return a.length > 0 && (a.includes(b) || b.includes(a));
}

function findingMatches(doc: SeckbDocument, f: Finding, label: LabelFinding): boolean {
  if (f.kind !== label.kind) return false;
  return touches(doc, f, label.excerpt) || (label.related !== undefined && touches(doc, f, label.related));
}

function bump(m: Map<string, Counts>, key: string, k: keyof Counts): void {
  const c = m.get(key) ?? { tp: 0, fp: 0, found: 0, fn: 0 };
  c[k]++;
  m.set(key, c);
}

/**
 * Attributes added to the vocabulary after a split was labelled (README "Claims: recovery
 * objectives"): no label of that split could name them, so their claims are not scored there.
 */
const BEFORE_ROUND_5 = ['dev', 'test', 'test2', 'world-dev', 'world-dev2', 'world-test', 'world-test2', 'world-test3', 'world-dev3', 'world-test4', 'world-test5'];
/**
 * README "Claims: sessions, passwords and vulnerability reports" (round 17): every split written so
 * far, and a folder scored with --dir (its labels were written against the vocabulary before them).
 */
const BEFORE_ROUND_17: readonly string[] = ['folder', ...SPLITS];
/**
 * README "Claims: data residency by area" and "Claims: maintenance notice" (round 18): every split
 * written so far, and a folder scored with --dir (its labels were written against the vocabulary before them).
 */
const BEFORE_ROUND_18: readonly string[] = ['folder', ...SPLITS];
const LABELLED_BEFORE: Record<string, readonly string[]> = {
  'availability.rto': BEFORE_ROUND_5,
  'availability.rpo': BEFORE_ROUND_5,
  'auth.password.min_length': BEFORE_ROUND_17,
  'auth.session_timeout': BEFORE_ROUND_17,
  'vulnerability.scanning': BEFORE_ROUND_17,
  'vulnerability.disclosure': BEFORE_ROUND_17,
  'hosting.area': BEFORE_ROUND_18,
  'availability.maintenance_notice': BEFORE_ROUND_18,
};
/**
 * A folder scored with --dir may have been labelled after an attribute was added: its claims are
 * scored there when any label of the folder names that attribute (the labeller knew it).
 */
const scoredIn = (runs: DocRun[]) => {
  const inFolder = new Set(runs.filter((r) => r.split === 'folder').flatMap((r) => r.labels.claims.map((l) => l.attribute)));
  return (split: string, attribute: string) => !LABELLED_BEFORE[attribute]?.includes(split) || (split === 'folder' && inFolder.has(attribute));
};

export function score(runs: DocRun[]): Score {
  const claims = new Map<string, Counts>();
  const findings = new Map<string, Counts>();
  const traps = { total: 0, fired: 0 };
  const docs: DocReport[] = [];
  const scored = scoredIn(runs);
  for (const run of runs) {
    const rep: DocReport = { file: `${run.split}/${run.file}`, missedClaims: [], extraClaims: [], missedFindings: [], extraFindings: [], trapsFired: [] };
    const distinct = new Map<string, Claim>();
    if (!FINDINGS_ONLY.has(run.split)) for (const c of run.claims) if (!distinct.has(claimKey(c)) && scored(run.split, c.attribute)) distinct.set(claimKey(c), c);
    for (const [key, c] of distinct) {
      if (run.labels.claims.some((l) => claimAgrees(c, l))) bump(claims, group(c.attribute), 'tp');
      else {
        bump(claims, group(c.attribute), 'fp');
        rep.extraClaims.push(`${key}  <- "${c.quote.replace(/\s+/g, ' ').slice(0, 90)}"`);
      }
    }
    for (const l of run.labels.claims) {
      if (run.claims.some((c) => claimFinds(c, l))) bump(claims, group(l.attribute), 'found');
      else {
        bump(claims, group(l.attribute), 'fn');
        rep.missedClaims.push(claimKey(l));
      }
    }
    for (const f of run.findings) {
      if (run.labels.findings.some((l) => findingMatches(run.doc, f, l))) bump(findings, f.kind, 'tp');
      else {
        bump(findings, f.kind, 'fp');
        rep.extraFindings.push(`${f.kind} (${f.rule}): "${f.excerpt.replace(/\s+/g, ' ').slice(0, 80)}"`);
      }
    }
    for (const l of run.labels.findings) {
      if (run.findings.some((f) => findingMatches(run.doc, f, l))) bump(findings, l.kind, 'found');
      else {
        bump(findings, l.kind, 'fn');
        rep.missedFindings.push(`${l.kind}: "${l.excerpt.replace(/\s+/g, ' ').slice(0, 80)}"`);
      }
    }
    for (const trap of run.labels.mustNotFlag) {
      traps.total++;
      const hit = run.findings.find((f) => touches(run.doc, f, trap));
      if (hit) {
        traps.fired++;
        rep.trapsFired.push(`"${trap}" <- ${hit.kind} (${hit.rule})`);
      }
    }
    docs.push(rep);
  }
  return { claims, findings, traps, docs };
}

export function total(m: Map<string, Counts>): Counts {
  const t = { tp: 0, fp: 0, found: 0, fn: 0 };
  for (const c of m.values()) {
    t.tp += c.tp;
    t.fp += c.fp;
    t.found += c.found;
    t.fn += c.fn;
  }
  return t;
}

/** Precision and recall; 1 when there is nothing to be wrong about. */
export const precision = (c: Counts) => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
export const recall = (c: Counts) => (c.found + c.fn === 0 ? 1 : c.found / (c.found + c.fn));
