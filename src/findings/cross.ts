/**
 * Inconsistencies between documents: a translation that says something else than its source
 * (`translation-mismatch`: 30 days vs 35, Germany vs Poland, AWS vs Azure), and a newer version
 * that changed a value or dropped a promise of the older one (`version-change`; only where the two
 * keep much of their wording, `keepsText`), and a vendor's
 * questionnaire answer that its white paper contradicts (`questionnaire-mismatch`). Findings sit in
 * the target/newer document (the questionnaire); `related` points at the other one. Browser-safe.
 *
 *   crossDocumentFindings(docs, claims, pairDocuments(docs), 'pl')
 */
import type { Claim } from '../claims/types.ts';
import { getT, type Locale } from '../i18n/index.ts';
import { hashId } from '../model/ids.ts';
import { selectDocuments } from '../claims/compare.ts';
import { SHEET_FORMATS, type SeckbDocument } from '../model/types.ts';
import type { Finding } from './types.ts';
import { groupByKey, isMultiValued, sameValue } from './diff.ts';
import { conflicting, place } from './inconsistency.ts';
import { lineColumn } from './position.ts';
import { normalizeHeading } from './rules/text-utils.ts';
import { append } from '../lists.ts';
import type { Alignment } from '../align/types.ts';
import { translationDriftDrafts, type DriftDraft } from './translation-drift.ts';

export interface DocumentPairs {
  versions: Array<{ old: string; new: string }>;
  translations: Array<{ source: string; target: string }>;
}

/**
 * Share of the shorter document's sentences the other one also holds (compared as lower-case
 * letters and digits) for two documents to be read as versions of one. A revision keeps most of
 * its wording; two vendors' pages of one title ("Service Level Agreement", "Sub-processors"), put
 * together by a vendor name misread from that title, share almost none, and comparing them as
 * versions reports every value one of them states differently.
 */
const VERSION_SHARED_SENTENCES = 0.3;
const sentenceKey = (doc: SeckbDocument, s: { start: number; end: number }): string => doc.text.slice(s.start, s.end).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Statements, not titles or headings (which two vendors' pages of one kind share): four words or more. */
const STATEMENT_WORDS = 4;
const MIN_STATEMENTS = 5;
const statements = (doc: SeckbDocument): string[] =>
  doc.sentences.filter((s) => (doc.text.slice(s.start, s.end).match(/\p{L}+/gu) ?? []).length >= STATEMENT_WORDS).map((s) => sentenceKey(doc, s));

export function keepsText(a: SeckbDocument, b: SeckbDocument): boolean {
  const [sa, sb] = [statements(a), statements(b)];
  const [small, large] = sa.length <= sb.length ? [sa, sb] : [sb, sa];
  // A document of a few statements (a table, a short note) says too little by its wording either way.
  if (small.length < MIN_STATEMENTS) return true;
  const keys = new Set(large);
  return small.filter((k) => keys.has(k)).length / small.length >= VERSION_SHARED_SENTENCES;
}

/** A finding before its message and id: the alignment's drafts (translation-drift.ts) plus a document. */
interface Draft extends Omit<DriftDraft, 'rule'> {
  doc: SeckbDocument;
  rule: 'translation-mismatch' | 'version-change' | 'questionnaire-mismatch' | DriftDraft['rule'];
}

/** 1-based line/column of a text offset in the source file (the engine's own mapping). */
export function sourcePosition(doc: SeckbDocument, offset: number): { line: number; column: number } | undefined {
  return lineColumn(doc, offset);
}

function params(claim: Claim, other: Claim): Record<string, string> {
  return { attribute: claim.attribute, value: String(claim.value), other: String(other.value) };
}

/** Where a dropped claim belonged in the newer version: the section of that name, or the title. */
function dropPlace(oldDoc: SeckbDocument, newDoc: SeckbDocument, claim: Claim): [number, number] {
  const oldSection = oldDoc.sections.find((s) => s.id === claim.sectionId);
  const name = oldSection ? normalizeHeading(oldSection.heading) : '';
  const section = name ? newDoc.sections.find((s) => normalizeHeading(s.heading) === name) : undefined;
  const start = section?.start ?? Math.max(0, newDoc.text.search(/\S/u));
  const nl = newDoc.text.indexOf('\n', start);
  return [start, nl === -1 ? newDoc.text.length : nl];
}

function translationDrafts(target: SeckbDocument, sourceClaims: Claim[], targetClaims: Claim[]): Draft[] {
  const drafts: Draft[] = [];
  const sourceGroups = groupByKey(sourceClaims);
  for (const [key, targets] of groupByKey(targetClaims)) {
    const sources = sourceGroups.get(key);
    if (!sources) continue; // one side says nothing about it: alignment reports missing passages
    const reported = new Set<string>();
    for (const t of targets) {
      if (sources.some((s) => sameValue(s.value, t.value)) || reported.has(String(t.value))) continue;
      // Multi-valued: a value the source never names. Single-valued: any other value.
      const other = isMultiValued(t.attribute) ? sources[0] : sources.find((s) => conflicting(s, t));
      if (!other) continue;
      reported.add(String(t.value));
      drafts.push({
        doc: target, rule: 'translation-mismatch', messageKey: 'findings.translation-mismatch', severity: 'warning',
        start: t.start, end: t.end, params: params(t, other), related: [place(other)],
      });
    }
  }
  return drafts;
}

function versionDrafts(oldDoc: SeckbDocument, newDoc: SeckbDocument, oldClaims: Claim[], newClaims: Claim[]): Draft[] {
  const drafts: Draft[] = [];
  const newGroups = groupByKey(newClaims);
  for (const [key, olds] of groupByKey(oldClaims)) {
    const news = newGroups.get(key) ?? [];
    const reported = new Set<string>();
    for (const o of olds) {
      if (news.some((n) => sameValue(n.value, o.value)) || reported.has(String(o.value))) continue;
      reported.add(String(o.value));
      const changed = isMultiValued(o.attribute) ? undefined : news.find((n) => conflicting(o, n));
      if (changed) {
        drafts.push({
          doc: newDoc, rule: 'version-change', messageKey: 'findings.version-change', severity: 'info',
          start: changed.start, end: changed.end, params: params(changed, o), related: [place(o)],
        });
      } else if (news.length === 0 || isMultiValued(o.attribute)) {
        const [start, end] = dropPlace(oldDoc, newDoc, o);
        drafts.push({
          doc: newDoc, rule: 'version-change', messageKey: 'findings.version-dropped', severity: 'warning',
          start, end, params: { attribute: o.attribute, value: '', other: String(o.value) }, related: [place(o)],
        });
      }
    }
  }
  return drafts;
}

/**
 * A vendor's questionnaire (.xlsx/.csv) against the same vendor's current white papers: an answer
 * whose value the paper states otherwise. The finding sits on the questionnaire row.
 */
function questionnaireDrafts(docs: SeckbDocument[], claimsOf: (id: string) => Claim[]): Draft[] {
  const drafts: Draft[] = [];
  for (const sheet of docs.filter((d) => SHEET_FORMATS.has(d.format))) {
    const papers = selectDocuments(docs.filter((d) => d.vendor.id === sheet.vendor.id && !SHEET_FORMATS.has(d.format)));
    const answers = groupByKey(claimsOf(sheet.id));
    for (const paper of papers) {
      for (const [key, stated] of groupByKey(claimsOf(paper.id))) {
        const reported = new Set<string>();
        const given = answers.get(key) ?? [];
        for (const a of given) {
          if (stated.some((s) => sameValue(s.value, a.value)) || reported.has(String(a.value))) continue;
          // A row that also gives the paper's value agrees in part: no contradiction to report.
          if (given.some((g) => g.start === a.start && stated.some((s) => sameValue(s.value, g.value)))) continue;
          const other = stated.find((s) => conflicting(s, a));
          if (!other) continue;
          reported.add(String(a.value));
          drafts.push({
            doc: sheet, rule: 'questionnaire-mismatch', messageKey: 'findings.questionnaire-mismatch', severity: 'warning',
            start: a.start, end: a.end, params: params(a, other), related: [place(other)],
          });
        }
      }
    }
  }
  return drafts;
}

function stamp(d: Draft, locale: Locale): Finding {
  const t = getT(locale, 'findings');
  const rel = d.related[0];
  const finding: Finding = {
    id: hashId(d.doc.id, d.rule, d.messageKey, d.params.attribute, d.start, d.end, rel?.documentId, rel?.start, rel?.end),
    documentId: d.doc.id,
    kind: 'inconsistency',
    rule: d.rule,
    severity: d.severity,
    message: t(d.messageKey, d.params),
    excerpt: d.doc.text.slice(d.start, d.end),
    start: d.start,
    end: d.end,
    related: d.related,
  };
  const pos = sourcePosition(d.doc, d.start);
  if (pos) {
    finding.line = pos.line;
    finding.column = pos.column;
  }
  return finding;
}

/**
 * Findings between paired documents (doc ids as `pairDocuments` gives them). Pairs naming an
 * unknown document are skipped. Sorted by document, offset and rule; ids are stable.
 */
export function crossDocumentFindings(docs: SeckbDocument[], claims: Claim[], pairs: DocumentPairs, locale: Locale = 'en'): Finding[] {
  return crossDocumentFindingsIn(docs, claims, pairs, locale, []).findings;
}

/** A translation pair's alignment, by `${source}--${target}` (the KB's alignments/ file name). */
export type AlignmentsByPair = ReadonlyMap<string, Alignment>;

/**
 * crossDocumentFindings, plus the same findings' messages in the `others` locales (finding id ->
 * message); with `alignments`, also the numbers and names a translation's passages change.
 * `questionnaires: false` leaves out questionnaire-mismatch (the KB build computes the findings
 * of each pair and of each questionnaire apart, to reuse them while their documents are unchanged).
 */
export function crossDocumentFindingsIn(
  docs: SeckbDocument[],
  claims: Claim[],
  pairs: DocumentPairs,
  locale: Locale,
  others: readonly Locale[],
  alignments?: AlignmentsByPair,
  { questionnaires = true }: { questionnaires?: boolean } = {},
): { findings: Finding[]; messages: Partial<Record<Locale, Record<string, string>>> } {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const claimsById = new Map<string, Claim[]>();
  for (const c of claims) {
    const list = claimsById.get(c.documentId);
    if (list) list.push(c);
    else claimsById.set(c.documentId, [c]);
  }
  const claimsOf = (id: string): Claim[] => claimsById.get(id) ?? [];
  const drafts: Draft[] = [];
  for (const p of pairs.translations) {
    const source = byId.get(p.source);
    const target = byId.get(p.target);
    if (!source || !target) continue;
    const byClaims = translationDrafts(target, claimsOf(source.id), claimsOf(target.id));
    append(drafts, byClaims);
    const alignment = alignments?.get(`${source.id}--${target.id}`);
    if (alignment) {
      const covered = byClaims.map((d) => [d.start, d.end] as const);
      append(drafts, translationDriftDrafts(source, alignment, covered).map((d) => ({ ...d, doc: target })));
    }
  }
  for (const p of pairs.versions) {
    const oldDoc = byId.get(p.old);
    const newDoc = byId.get(p.new);
    if (oldDoc && newDoc && keepsText(oldDoc, newDoc)) append(drafts, versionDrafts(oldDoc, newDoc, claimsOf(oldDoc.id), claimsOf(newDoc.id)));
  }
  if (questionnaires) append(drafts, questionnaireDrafts(docs, claimsOf));
  const seen = new Set<string>();
  const kept: Array<{ finding: Finding; draft: Draft }> = [];
  for (const draft of drafts) {
    const finding = stamp(draft, locale);
    if (seen.has(finding.id)) continue;
    seen.add(finding.id);
    kept.push({ finding, draft });
  }
  const findings = kept
    .map((k) => k.finding)
    .sort((a, b) => (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : a.start - b.start || a.end - b.end || a.id.localeCompare(b.id)));
  const messages: Partial<Record<Locale, Record<string, string>>> = {};
  for (const other of others) {
    const t = getT(other, 'findings');
    messages[other] = Object.fromEntries(kept.map(({ finding, draft }) => [finding.id, t(draft.messageKey, draft.params)]));
  }
  return { findings, messages };
}
