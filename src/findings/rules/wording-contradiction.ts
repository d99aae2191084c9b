/**
 * A contradiction in wording only: one sentence makes something mandatory, another one of the
 * same document calls it optional ("MFA is mandatory for administrators" / "administrators may
 * use MFA; it is optional"). Claims compare values; this compares modality words
 * (rules/{en,pl}/structure.json `modality`) of sentences sharing at least two content words.
 * Questions (FAQ and questionnaire prompts) are not statements and are skipped, and so are pairs
 * binding different groups (`actors`: "mandatory for vendor staff" / "optional for users").
 */
import type { SeckbDocument } from '../../model/types.ts';
import type { CodeRule, RuleHit } from '../rule-types.ts';
import { modality } from './structure-data.ts';
import { foldDiacritics } from './text-utils.ts';

type Mode = 'mandatory' | 'optional';

/** Content words are compared by their first letters, so inflections and plurals meet. */
const STEM = 5;
const MIN_SHARED = 2;

function phraseRe(list: readonly string[]): RegExp {
  const alt = [...list].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt.join('|')})`, 'iu');
}

const OPTIONAL = phraseRe(modality.optional);
const MANDATORY = phraseRe(modality.mandatory);
const STOP = new Set(modality.stopwords.map((w) => foldDiacritics(w).toLowerCase()));
const ACTORS = Object.entries(modality.actors).map(([group, words]) => ({ group, re: phraseRe(words) }));
const MODAL_WORDS = new Set([...modality.optional, ...modality.mandatory].flatMap((p) => p.split(' ')).map((w) => foldDiacritics(w).toLowerCase().slice(0, STEM)));

function modeOf(text: string): Mode | undefined {
  // "not required" holds "required": negated phrases are optional and win.
  if (OPTIONAL.test(text)) return 'optional';
  if (MANDATORY.test(text)) return 'mandatory';
  return undefined;
}

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

interface Statement {
  start: number;
  end: number;
  mode: Mode;
  stems: Set<string>;
  /** The group the statement binds, when it names exactly one. */
  actor?: string;
}

function actorOf(text: string): string | undefined {
  const named = ACTORS.filter((a) => a.re.test(text));
  return named.length === 1 ? named[0].group : undefined;
}

const differentActors = (a: Statement, b: Statement) => a.actor !== undefined && b.actor !== undefined && a.actor !== b.actor;

function statements(doc: SeckbDocument): Statement[] {
  const out: Statement[] = [];
  for (const s of doc.sentences) {
    const text = doc.text.slice(s.start, s.end);
    if (/\?\s*$/u.test(text)) continue;
    const mode = modeOf(text);
    if (mode) out.push({ start: s.start, end: s.end, mode, stems: stems(text), actor: actorOf(text) });
  }
  return out;
}

export const rule: CodeRule = {
  id: 'wording-contradiction',
  kind: 'inconsistency',
  severity: 'warning',
  messageKey: 'findings.wording-contradiction',
  detect(doc) {
    const hits: RuleHit[] = [];
    const list = statements(doc);
    list.forEach((b, i) => {
      const a = list.slice(0, i).find((x) => x.mode !== b.mode && !differentActors(x, b) && [...x.stems].filter((w) => b.stems.has(w)).length >= MIN_SHARED);
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
