/**
 * The part of a scheme a statement names, for attributes one document may state several values
 * of (claim-cardinality.json `schemes`): "audit logs are kept six months" and "application server
 * logs 30 days" are two parts of one logging scheme, but "audit logs are kept six months" against a
 * row "Application audit log | 12 months" names one part twice, so the two must agree. The part is
 * the word that modifies the head noun (before it in English, after it in Polish: "logi audytowe"),
 * read from the cue data (rules/{en,pl}/statement-frames.json `schemeParts`). Browser-safe.
 */
import en from '../../rules/en/statement-frames.json' with { type: 'json' };
import pl from '../../rules/pl/statement-frames.json' with { type: 'json' };
import type { Claim } from '../claims/types.ts';
import { cueSources } from './frame-cues.ts';

interface PartCues {
  heads: string[];
  modifier: string;
  skip: string[];
}

const WORD = '(\\p{L}[\\p{L}-]*)';
/** Letters a part is compared on: "audytowe" and "audytowych" name one kind. */
const STEM = 5;

function compile(cues: PartCues): { re: RegExp; skip: Set<string> } {
  const heads = `(?:${cueSources(cues.heads).join('|')})`;
  const source = cues.modifier === 'before' ? `(?<![\\p{L}\\p{N}-])${WORD}[ \\t]+${heads}(?![\\p{L}\\p{N}])` : `(?<![\\p{L}\\p{N}])${heads}[ \\t]+${WORD}`;
  return { re: new RegExp(source, 'giu'), skip: new Set(cues.skip) };
}

const PARTS = new Map<string, ReturnType<typeof compile>>();
for (const [lang, file] of [['en', en], ['pl', pl]] as const) {
  for (const [attribute, cues] of Object.entries(file.schemeParts as Record<string, PartCues>)) PARTS.set(`${lang}\u0000${attribute}`, compile(cues));
}

/** Whether the attribute's parts are read in some language (then its claims are compared part by part). */
export const hasParts = (attribute: string): boolean => [...PARTS.keys()].some((k) => k.endsWith(`\u0000${attribute}`));

/**
 * The one part a claim's statement names ("audit"), or undefined when it names none (a general
 * "logs are kept 90 days") or more than one ("access and audit logs"): then it is not compared.
 */
export function schemePart(c: Pick<Claim, 'attribute' | 'quote' | 'lang'>): string | undefined {
  const cues = PARTS.get(`${c.lang}\u0000${c.attribute}`);
  if (!cues) return undefined;
  const parts = new Set<string>();
  for (const m of c.quote.matchAll(cues.re)) {
    const word = m[1].toLowerCase();
    if (!cues.skip.has(word)) parts.add(word.slice(0, STEM));
  }
  return parts.size === 1 ? [...parts][0] : undefined;
}
