/**
 * The findings engine: runs the data rules (rules/<lang>/*.json, compiled once) over the units
 * of a document and the code rules of code-rules.ts, then stamps each hit with kind, rule,
 * severity, message, id and line/column (as unified-lint-rule does) and post-processes them.
 * Browser-safe: the draft checker imports it (no node: modules, rule data imported statically).
 *
 *   checkDocument(documentFromText('ChatGPT said:\n\nHello.'))[0].rule // 'chat-transcript-label'
 */
import type { SeckbDocument } from '../model/types.ts';
import type { Claim } from '../claims/types.ts';
import { hashId } from '../model/ids.ts';
import { getT, type Locale } from '../i18n/index.ts';
import type { Finding, FindingKind, RelatedPlace, Severity } from './types.ts';
import type { RuleContext, RuleHit } from './rule-types.ts';
import type { RuleFile, Scope } from './rule-data.ts';
import { compileRules, type CompiledRule } from './load-rules.ts';
import { BUILTIN_RULE_FILES } from './rules-index.ts';
import { CODE_RULES } from './code-rules.ts';
import { lineColumn, sourceToOffset } from './position.ts';
import { documentUnits, lineUnits, sentenceUnits, sourceFormat, sourceUnits, type Unit } from './units.ts';
import { dedupe, dropNotesInSlots, dropOverlaps, dropTagBrackets, sortFindings } from './postprocess.ts';
import { applySilences, inlineSilences } from './silence.ts';
import { dropTagLabels } from './tag-vocabulary.ts';
import type { RuleInfo } from './reporters/types.ts';

export interface CheckOptions {
  /** Claims of this document (the within-document inconsistency rule needs them). */
  claims?: Claim[];
  /** Language of the messages. */
  locale?: Locale;
  /** User rule files (`--rules FILE`), validated like the built-in ones. */
  extraRules?: RuleFile[];
  /** "Now" for the stale-document rule; default: the current date. */
  now?: Date;
  /** Age in years after which a stated update date is stale (default 2). */
  maxAgeYears?: number;
  /** Rule ids, kinds or finding ids to drop (a `.seckb-ignore` sidecar). */
  silenced?: string[];
  /** The raw source file (md, html): enables `source`-scope rules and inline `seckb-disable` markers. */
  source?: string;
}

/** A hit before stamping: where, which rule, and message parameters. */
interface RawHit extends RuleHit {
  rule: { id: string; kind: FindingKind; severity: Severity; messageKey: string };
}

const DEFAULT_MAX_AGE_YEARS = 2;

const compiledFiles = new Map<RuleFile, CompiledRule[]>();

/**
 * The compiled built-in rules plus any user rules. Built-in files are compiled once per process,
 * on first use: with `langs`, only the common files and those of these languages (a unit only
 * runs the rules of its languages), so checking an English file never compiles the Polish rules.
 */
export function loadRules(extra: readonly RuleFile[] = [], langs?: ReadonlySet<string>): CompiledRule[] {
  const builtin = BUILTIN_RULE_FILES.filter((f) => !langs || f.lang === 'common' || langs.has(f.lang)).flatMap((f) => {
    let rules = compiledFiles.get(f);
    if (!rules) compiledFiles.set(f, (rules = compileRules([f])));
    return rules;
  });
  return extra.length ? [...builtin, ...compileRules(extra)] : builtin;
}

/** Every language a unit of `doc` can have (units.ts: a sentence's language plus the document's). */
function languagesOf(doc: SeckbDocument): Set<string> {
  const langs = new Set<string>([doc.language]);
  for (const s of doc.sentences) langs.add(s.lang);
  return langs;
}

function applies(rule: CompiledRule, unit: Unit, format: string): boolean {
  const e = rule.entry;
  if (rule.lang !== 'common' && !unit.langs.has(rule.lang)) return false;
  if (e.formats && !e.formats.includes(format as never)) return false;
  // Code blocks hold code, where '**', TODO and HTML are content, unless a rule asks for them.
  if (unit.block === 'code' && !e.blocks?.includes('code')) return false;
  if (e.blocks && (!unit.block || !e.blocks.includes(unit.block))) return false;
  if (e.skipBlocks && unit.block && e.skipBlocks.includes(unit.block)) return false;
  return true;
}

function unitsOf(doc: SeckbDocument, scope: Scope, source: string | undefined): Unit[] {
  switch (scope) {
    case 'sentence':
      return sentenceUnits(doc);
    case 'line':
      return lineUnits(doc);
    case 'document':
      return documentUnits(doc);
    case 'source':
      return sourceUnits(doc, source);
  }
}

/** Runs data rules over their units; hits become document offsets (source lines mapped back). */
export function runDataRules(doc: SeckbDocument, rules: readonly CompiledRule[], source?: string): RawHit[] {
  const format = sourceFormat(doc);
  // Unit by unit, every rule of its scope in a row: the rules' patterns test one text after
  // another (src/regex keeps the last text's scan); hits stay in rule order, then unit order.
  const perRule: RawHit[][] = rules.map(() => []);
  const byScope = new Map<Scope, number[]>();
  rules.forEach((rule, i) => {
    // Sentences, lines and the text are pieces of doc.text: what it lacks, they lack (source lines are not).
    if (rule.scope !== 'source' && rule.match.cannotMatch?.(doc.text)) return;
    const indexes = byScope.get(rule.scope);
    if (indexes) indexes.push(i);
    else byScope.set(rule.scope, [i]);
  });
  for (const [scope, indexes] of byScope) {
    for (const unit of unitsOf(doc, scope, source)) {
      for (const i of indexes) {
        const rule = rules[i];
        if (!applies(rule, unit, format) || rule.match.cannotMatch?.(unit.text)) continue;
        for (const h of rule.match(unit.text)) {
          let start = unit.start === undefined ? undefined : unit.start + h.start;
          if (start === undefined) {
            start = sourceToOffset(doc, unit.line!, h.start + 1, unit.text.slice(h.start, h.end));
            if (start === undefined) continue; // the reader removed that text: nothing to point at
          }
          perRule[i].push({ rule, start, end: start + (h.end - h.start), params: h.params });
        }
      }
    }
  }
  return perRule.flat();
}

/** Runs the code rules (TOC, figures, quotes, dates, inconsistencies...). */
export function runCodeRules(doc: SeckbDocument, ctx: RuleContext): RawHit[] {
  return CODE_RULES.flatMap((rule) =>
    rule.detect(doc, ctx).map((h) => {
      if (!(Number.isInteger(h.start) && Number.isInteger(h.end) && 0 <= h.start && h.start <= h.end && h.end <= doc.text.length)) {
        throw new Error(`findings: rule ${rule.id} reported an invalid range ${h.start}..${h.end}`);
      }
      return { ...h, rule };
    }),
  );
}

/** A hit as a Finding record (field order fixed: findings.md). */
export function stamp(doc: SeckbDocument, hit: RawHit, locale: Locale): Finding {
  const t = getT(locale, 'findings');
  const excerpt = doc.text.slice(hit.start, hit.end);
  const finding: Finding = {
    id: hashId(doc.id, hit.rule.id, hit.start, hit.end),
    documentId: doc.id,
    kind: hit.rule.kind,
    rule: hit.rule.id,
    severity: hit.severity ?? hit.rule.severity,
    message: t(hit.rule.messageKey, { excerpt, ...hit.params }),
    excerpt,
    start: hit.start,
    end: hit.end,
  };
  const place = lineColumn(doc, hit.start);
  if (place) {
    finding.line = place.line;
    finding.column = place.column;
  }
  if (hit.related?.length) finding.related = hit.related.map((r: RelatedPlace) => ({ ...r }));
  return finding;
}

/**
 * Every finding of one document, sorted by position, deterministic for the same input and `now`.
 * Risk findings are added by the caller (KB builder, `seckb check`).
 */
export function checkDocument(doc: SeckbDocument, opts: CheckOptions = {}): Finding[] {
  return checkDocumentIn(doc, opts, []).findings;
}

/** Finding id -> message, per further locale. */
export type Messages = Partial<Record<Locale, Record<string, string>>>;

/**
 * checkDocument, plus the messages of the same findings in `others` locales: the rules run once,
 * only the messages are rendered again (the KB needs every UI language).
 */
export function checkDocumentIn(doc: SeckbDocument, opts: CheckOptions, others: readonly Locale[]): { findings: Finding[]; messages: Messages } {
  const locale = opts.locale ?? 'en';
  const ctx: RuleContext = { claims: opts.claims, now: opts.now ?? new Date(), maxAgeYears: opts.maxAgeYears ?? DEFAULT_MAX_AGE_YEARS };
  const hits = [...runDataRules(doc, loadRules(opts.extraRules, languagesOf(doc)), opts.source), ...runCodeRules(doc, ctx)];
  const hitOf = new Map<string, RawHit>();
  const stamped = hits.map((h) => {
    const f = stamp(doc, h, locale);
    if (!hitOf.has(f.id)) hitOf.set(f.id, h); // dedupe below keeps the first of one id too
    return f;
  });
  const inline = opts.source === undefined ? [] : inlineSilences(opts.source);
  const findings = sortFindings(dropNotesInSlots(dropTagLabels(doc, dropTagBrackets(dropOverlaps(dedupe(applySilences(stamped, opts.silenced, inline)))))));
  const messages: Messages = {};
  for (const other of others) {
    const t = getT(other, 'findings');
    messages[other] = Object.fromEntries(findings.map((f) => {
      const hit = hitOf.get(f.id)!;
      return [f.id, t(hit.rule.messageKey, { excerpt: f.excerpt, ...hit.params })];
    }));
  }
  return { findings, messages };
}

/** Every rule the engine knows (data rules first, then code rules), one entry per id. */
export function ruleCatalog(extra: readonly RuleFile[] = []): RuleInfo[] {
  const seen = new Map<string, RuleInfo>();
  for (const r of [...loadRules(extra), ...CODE_RULES]) if (!seen.has(r.id)) seen.set(r.id, { id: r.id, kind: r.kind, severity: r.severity });
  return [...seen.values()];
}
