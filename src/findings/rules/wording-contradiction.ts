/**
 * A contradiction in wording only: one sentence makes something mandatory, another one of the
 * same document calls it optional ("MFA is mandatory for administrators" / "administrators may
 * use MFA; it is optional"). Claims compare values; this compares modality words
 * (rules/{en,pl}/structure.json `modality`) of sentences about one subject: sharing at least two
 * content words, or a claim attribute ("Multi-factor authentication is mandatory" / "MFA is
 * optional": both give `auth.mfa`). Questions (FAQ and questionnaire prompts) are not statements
 * and are skipped, and so are pairs binding different groups (`actors`: "mandatory for vendor
 * staff" / "optional for users") and pairs whose frames set them apart (statement-frames.ts: a
 * legacy exception, a plan, a part at the customer's site).
 */
import type { SeckbDocument } from '../../model/types.ts';
import type { Claim } from '../../claims/types.ts';
import type { CodeRule, RuleHit } from '../rule-types.ts';
import { clauseAt } from '../clauses.ts';
import { framesApart, frameOf, isChangeLog, type Frame } from '../statement-frames.ts';
import { modality } from './structure-data.ts';
import { foldDiacritics } from './text-utils.ts';
import { gatedRegExp } from '../../regex/gated.ts';

type Mode = 'mandatory' | 'optional';

/** Content words are compared by their first letters, so inflections and plurals meet. */
const STEM = 5;
const MIN_SHARED = 2;

function phraseRe(list: readonly string[]): RegExp {
  const alt = [...list].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt.join('|')})`, 'iu');
}

// Tested on every sentence, and from every position (the lookbehind comes first): run only on
// sentences holding one of the words (src/regex/gated.ts).
const OPTIONAL = gatedRegExp(phraseRe(modality.optional).source, 'iu');
const MANDATORY = gatedRegExp(phraseRe(modality.mandatory).source, 'iu');
const OPTIONAL_ALL = new RegExp(OPTIONAL.source, 'giu');
const STOP = new Set(modality.stopwords.map((w) => foldDiacritics(w).toLowerCase()));
const ACTORS = Object.entries(modality.actors).map(([group, words]) => ({ group, re: phraseRe(words) }));
const MODAL_WORDS = new Set([...modality.optional, ...modality.mandatory].flatMap((p) => p.split(' ')).map((w) => foldDiacritics(w).toLowerCase().slice(0, STEM)));

/** The sentence's mode and where its modal words stand. */
function modeOf(text: string): { mode: Mode; at: number } | undefined {
  // "not required" holds "required": negated phrases are optional and win.
  const optional = OPTIONAL.exec(text);
  if (optional) return choice(text) ? undefined : { mode: 'optional', at: optional.index };
  const mandatory = MANDATORY.exec(text);
  return mandatory ? { mode: 'mandatory', at: mandatory.index } : undefined;
}

/**
 * The sentence names both modes as the choices of a setting ("Optional for each user, or required
 * for everyone"): it states no mode, like a sentence stating both values of a claim. A mandatory
 * word that only negates into the optional one ("not required") is no second mode.
 */
function choice(text: string): boolean {
  return MANDATORY.test(text.replace(OPTIONAL_ALL, (m) => ' '.repeat(m.length)));
}

/**
 * What a finding points at: the clause with the modal words, so a question quoted in the same
 * sentence ("To „Can we switch MFA off?” we answer that it is optional") is left out.
 */
const CLAUSE_ENDS = ';:?”»';

function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of foldDiacritics(text).toLowerCase().match(/\p{L}{4,}/gu) ?? []) {
    const stem = w.slice(0, STEM);
    if (!STOP.has(w) && !MODAL_WORDS.has(stem)) out.add(stem);
  }
  // Acronyms (MFA, SSO, VPN) are the subject more often than any noun.
  for (const a of text.match(/(?<![\p{L}\p{N}])\p{Lu}{2,6}(?![\p{L}\p{N}])/gu) ?? []) out.add(a.toLowerCase());
  return out;
}

export interface Statement {
  start: number;
  end: number;
  mode: Mode;
  stems: Set<string>;
  /** The group the statement binds, when it names exactly one. */
  actor?: string;
  /** Attributes of the claims read from the sentence: the subject in the vocabulary's words. */
  attributes: Set<string>;
  frame: Frame;
}

function actorOf(text: string): string | undefined {
  const named = ACTORS.filter((a) => a.re.test(text));
  return named.length === 1 ? named[0].group : undefined;
}

const differentActors = (a: Statement, b: Statement) => a.actor !== undefined && b.actor !== undefined && a.actor !== b.actor;

/** Attributes of the claims starting inside [start, end); `claims` sorted by start. */
function attributesIn(claims: readonly Claim[], start: number, end: number): Set<string> {
  let lo = 0;
  let hi = claims.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (claims[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  const out = new Set<string>();
  for (let i = lo; i < claims.length && claims[i].start < end; i++) out.add(claims[i].attribute);
  return out;
}

function statements(doc: SeckbDocument, claims: readonly Claim[]): Statement[] {
  const out: Statement[] = [];
  for (const s of doc.sentences) {
    const text = doc.text.slice(s.start, s.end);
    if (/\?\s*$/u.test(text)) continue;
    const modal = modeOf(text);
    if (!modal) continue;
    const [from, to] = clauseAt(text, modal.at, CLAUSE_ENDS);
    out.push({ start: s.start + from, end: s.start + to, mode: modal.mode, stems: stems(text), actor: actorOf(text), attributes: attributesIn(claims, s.start, s.end), frame: frameOf(text) });
  }
  return out;
}

function sameSubject(a: Statement, b: Statement): boolean {
  return [...a.stems].filter((w) => b.stems.has(w)).length >= MIN_SHARED || [...a.attributes].some((x) => b.attributes.has(x));
}

export const opposed = (a: Statement, b: Statement): boolean =>
  a.mode !== b.mode && !differentActors(a, b) && sameSubject(a, b) && framesApart('', a.frame, b.frame) === undefined;

/** What `opposed` reads of a statement besides its mode: statements alike in it oppose the same ones. */
const readOf = (s: Statement) => JSON.stringify([s.actor ?? null, [...s.stems].sort(), [...s.attributes].sort(), s.frame]);

/**
 * For each statement, the first earlier one it opposes, if any. Only a statement of the other
 * mode can oppose it, and of earlier statements alike in all `opposed` reads only the first can
 * be the first found, so each is compared with the first of each kind of the other mode: a long
 * document repeating its requirements, or stating only one mode, stays linear.
 */
export function firstOpposed(list: readonly Statement[]): Array<Statement | undefined> {
  const firsts: Record<Mode, Statement[]> = { mandatory: [], optional: [] };
  const seen: Record<Mode, Set<string>> = { mandatory: new Set(), optional: new Set() };
  return list.map((b) => {
    const a = firsts[b.mode === 'mandatory' ? 'optional' : 'mandatory'].find((x) => opposed(x, b));
    const read = readOf(b);
    if (!seen[b.mode].has(read)) {
      seen[b.mode].add(read);
      firsts[b.mode].push(b);
    }
    return a;
  });
}

export const rule: CodeRule = {
  id: 'wording-contradiction',
  kind: 'inconsistency',
  severity: 'warning',
  messageKey: 'findings.wording-contradiction',
  detect(doc, ctx) {
    const hits: RuleHit[] = [];
    if (isChangeLog(doc)) return hits; // entries of a change log tell of before and after
    const list = statements(doc, [...(ctx.claims ?? [])].sort((a, b) => a.start - b.start));
    const opposing = firstOpposed(list);
    list.forEach((b, i) => {
      const a = opposing[i];
      if (!a) return;
      hits.push({
        start: b.start,
        end: b.end,
        params: { mode: b.mode, other: a.mode },
        related: [{ documentId: doc.id, start: a.start, end: a.end, excerpt: doc.text.slice(a.start, a.end) }],
      });
    });
    return hits;
  },
};
