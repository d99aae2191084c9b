/**
 * Validates rule data and compiles each entry's matcher once (Vale's check constructors): bad
 * data stops with the file and entry named, e.g. `rules/pl/placeholder.json: entry 3: tokens empty`.
 */
import { FINDING_KINDS, type FindingKind, type Severity } from './types.ts';
import type { BlockType, Format } from '../model/types.ts';
import { MATCHERS, RuleDataError, SCOPES, type RuleEntry, type RuleFile, type RuleLang, type Scope } from './rule-data.ts';
import { MATCHER_FACTORIES, type CompiledMatcher } from './matchers/index.ts';

export interface CompiledRule {
  id: string;
  kind: FindingKind;
  severity: Severity;
  messageKey: string;
  scope: Scope;
  /** The language the rule applies to; `common` = every language. */
  lang: RuleLang;
  file: string;
  entry: RuleEntry;
  /** The matcher with the entry's exceptions applied. */
  match: CompiledMatcher;
}

const SEVERITIES = ['error', 'warning', 'info'];
const FORMATS: Format[] = ['md', 'txt', 'docx', 'pdf', 'html', 'xlsx', 'csv'];
const BLOCK_TYPES: BlockType[] = ['heading', 'paragraph', 'list-item', 'table-row', 'caption', 'image', 'code', 'quote', 'toc-entry'];
const KNOWN_FIELDS = new Set([
  'id', 'kind', 'matcher', 'severity', 'messageKey', 'tokens', 'pattern', 'flags', 'group', 'anchor', 'caseSensitive',
  'exceptions', 'scope', 'formats', 'blocks', 'skipBlocks', 'scripts', 'mode', 'lookalikes', 'joiners', 'lang',
  'examples', '$comment',
]);

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

/** Checks one entry's fields (not its matcher options: the matcher factory checks those). */
function validateEntry(raw: unknown, fail: (problem: string) => never): RuleEntry {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) fail('not an object');
  const e = raw as Record<string, unknown>;
  for (const key of Object.keys(e)) if (!KNOWN_FIELDS.has(key)) fail(`unknown field "${key}"`);
  if (typeof e.id !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(e.id)) fail('id missing or not kebab-case');
  if (!(FINDING_KINDS as readonly unknown[]).includes(e.kind)) fail(`kind "${String(e.kind)}" is not a finding kind`);
  if (!(MATCHERS as readonly unknown[]).includes(e.matcher)) fail(`matcher "${String(e.matcher)}" is not one of ${MATCHERS.join(', ')}`);
  if (!SEVERITIES.includes(e.severity as string)) fail(`severity "${String(e.severity)}" is not error, warning or info`);
  if (typeof e.messageKey !== 'string' || e.messageKey === '') fail('messageKey missing');
  if (e.scope !== undefined && !(SCOPES as readonly unknown[]).includes(e.scope)) fail(`scope "${String(e.scope)}" is not one of ${SCOPES.join(', ')}`);
  if (e.anchor !== undefined && e.anchor !== 'start' && e.anchor !== 'whole') fail('anchor must be start or whole');
  if (e.formats !== undefined && !(isStringArray(e.formats) && e.formats.every((f) => FORMATS.includes(f as Format)))) fail('formats must list md, txt, docx, pdf or html');
  for (const key of ['blocks', 'skipBlocks'] as const) {
    const v = e[key];
    if (v !== undefined && !(isStringArray(v) && v.every((b) => BLOCK_TYPES.includes(b as BlockType)))) fail(`${key} must list block types`);
  }
  if (e.lang !== undefined && !['en', 'pl', 'common'].includes(e.lang as string)) fail('lang must be en, pl or common');
  if (e.tokens !== undefined && !isStringArray(e.tokens)) fail('tokens must be an array of strings');
  if (e.exceptions !== undefined) {
    if (!Array.isArray(e.exceptions)) fail('exceptions must be an array');
    (e.exceptions as unknown[]).forEach((x, i) => {
      const ex = x as Record<string, unknown>;
      if (!ex || typeof ex !== 'object') fail(`exceptions[${i}] is not an object`);
      if (typeof ex.text !== 'string' && typeof ex.pattern !== 'string') fail(`exceptions[${i}] needs text or pattern`);
      if (typeof ex.why !== 'string' || ex.why.trim() === '') fail(`exceptions[${i}] needs a why`);
      if (ex.reach !== undefined && !(Number.isInteger(ex.reach) && (ex.reach as number) >= 1 && (ex.reach as number) <= MAX_REACH)) fail(`exceptions[${i}] reach must be an integer from 1 to ${MAX_REACH}`);
      for (const key of ['pattern', 'before', 'after'] as const) {
        if (ex[key] === undefined) continue;
        try {
          new RegExp(ex[key] as string, 'iu');
        } catch (error) {
          fail(`exceptions[${i}] ${key} does not compile: ${(error as Error).message}`);
        }
      }
    });
  }
  if (e.examples !== undefined) {
    const ex = e.examples as Record<string, unknown>;
    const ok = (v: unknown) =>
      Array.isArray(v) && v.every((x) => typeof x === 'string' || (x && typeof x === 'object' && typeof (x as { text?: unknown }).text === 'string'));
    if (!ex || typeof ex !== 'object' || !ok(ex.invalid) || !ok(ex.valid)) fail('examples must be { invalid: [...], valid: [...] }');
  }
  return e as unknown as RuleEntry;
}

function squash(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** How much text around a hit an exception's `before` and `after` see, unless it names its `reach`. */
const CONTEXT_CHARS = 24;
const MAX_REACH = 200;

/** Wraps a matcher so hits equal to an exception are dropped. */
function withExceptions(entry: RuleEntry, match: CompiledMatcher): CompiledMatcher {
  const exceptions = entry.exceptions ?? [];
  if (exceptions.length === 0) return match;
  const accepts = exceptions.map((x) => {
    const pattern = x.pattern === undefined ? undefined : new RegExp(x.pattern, 'iu');
    const before = x.before === undefined ? undefined : new RegExp(x.before, 'iu');
    const after = x.after === undefined ? undefined : new RegExp(x.after, 'iu');
    const text = x.text === undefined ? undefined : squash(x.text);
    const reach = x.reach ?? CONTEXT_CHARS;
    return (hit: string, preceding: (n: number) => string, following: (n: number) => string): boolean =>
      (text === undefined || squash(hit) === text) &&
      (pattern === undefined || pattern.test(hit)) &&
      (before === undefined || before.test(preceding(reach))) &&
      (after === undefined || after.test(following(reach)));
  });
  const filtered: CompiledMatcher = (text) =>
    match(text).filter((h) => {
      const hit = text.slice(h.start, h.end);
      const preceding = (n: number) => text.slice(Math.max(0, h.start - n), h.start);
      const following = (n: number) => text.slice(h.end, h.end + n);
      return !accepts.some((accept) => accept(hit, preceding, following));
    });
  // No match, nothing to filter: the gate stands.
  if (match.cannotMatch) filtered.cannotMatch = match.cannotMatch;
  return filtered;
}

/** Validates and compiles the rules of one file; throws {@link RuleDataError} naming file and entry. */
export function compileRuleFile(file: RuleFile): CompiledRule[] {
  if (!Array.isArray(file.entries)) throw new RuleDataError(file.path, undefined, 'not an array of rule entries');
  const seen = new Set<string>();
  return file.entries.map((raw, index) => {
    // Entries are numbered from 1, as a person counts them in the file.
    const fail = (problem: string): never => {
      throw new RuleDataError(file.path, index + 1, problem);
    };
    const entry = validateEntry(raw, fail);
    if (seen.has(entry.id)) fail(`duplicate id "${entry.id}"`);
    seen.add(entry.id);
    const match = MATCHER_FACTORIES[entry.matcher](entry, fail);
    return {
      id: entry.id,
      kind: entry.kind,
      severity: entry.severity,
      messageKey: entry.messageKey,
      scope: entry.scope ?? 'sentence',
      lang: entry.lang ?? file.lang,
      file: file.path,
      entry,
      match: withExceptions(entry, match),
    };
  });
}

/** Compiles several files in order. */
export function compileRules(files: readonly RuleFile[]): CompiledRule[] {
  return files.flatMap(compileRuleFile);
}

export { userRuleFile } from './rule-data.ts';
