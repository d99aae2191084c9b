/** Flags for one aligned pair: what a reviewer should look at (spec: cli.md, `align`). */
import { sameName } from './entities.ts';
import type { Unit } from './features.ts';
import { guessLanguage } from './language.ts';
import { diffQuantities } from './numbers.ts';
import type { AlignFlag } from './types.ts';
import { isNameOrAddress } from '../model/name-line.ts';
import { append } from '../lists.ts';

function list(items: string[]): string {
  return items.length ? items.join(', ') : '—';
}

/** Flags for a pair; `sourceLang`/`targetLang` are the documents' languages. */
export function flagPair(source: Unit[], target: Unit[], sourceLang: string, targetLang: string): AlignFlag[] {
  const flags: AlignFlag[] = [];
  if (target.length === 0) flags.push({ kind: 'missing-in-target', detail: 'no counterpart in the target' });
  if (source.length === 0) flags.push({ kind: 'missing-in-source', detail: 'no counterpart in the source' });
  if (source.length && target.length) {
    const numbers = diffQuantities(source.flatMap((u) => u.quantities), target.flatMap((u) => u.quantities));
    if (numbers.onlySource.length || numbers.onlyTarget.length) {
      flags.push({ kind: 'number-mismatch', detail: `${list(numbers.onlySource.map((q) => q.text))} ≠ ${list(numbers.onlyTarget.map((q) => q.text))}` });
    }
    const entities = diffEntities(source, target);
    if (entities) flags.push({ kind: 'entity-mismatch', detail: entities });
  }
  if (sourceLang !== targetLang) {
    const stale = target.filter((u) => stillInSourceLanguage(u, sourceLang, targetLang) || copiedFromSource(u, source, targetLang));
    if (stale.length) flags.push({ kind: 'untranslated', detail: `target text is in ${sourceLang}, expected ${targetLang}` });
  }
  return flags;
}

/**
 * Known places/providers must appear on both sides; other names are reported only when both
 * sides have one the other lacks (a swap), because Polish and English capitalise differently.
 */
function diffEntities(source: Unit[], target: Unit[]): string | undefined {
  const a = source.flatMap((u) => u.entities.known);
  const b = target.flatMap((u) => u.entities.known);
  const aIds = new Set(a.map((e) => e.id));
  const bIds = new Set(b.map((e) => e.id));
  let onlyA = [...aIds].filter((id) => !bIds.has(id));
  let onlyB = [...bIds].filter((id) => !aIds.has(id));
  // A country is often dropped beside its city ("Poznań, Poland" / "w Poznaniu"): report a lone
  // country only when the other side also has a name of its own.
  const country = new Set([...a, ...b].filter((e) => e.category === 'country').map((e) => e.id));
  const hard = (ids: string[]) => ids.filter((id) => !country.has(id));
  if (!onlyB.length) onlyA = hard(onlyA);
  if (!onlyA.length) onlyB = hard(onlyB);
  const na = source.flatMap((u) => u.entities.names);
  const nb = target.flatMap((u) => u.entities.names);
  const lonelyA = uniq(na.filter((x) => !nb.some((y) => sameName(x, y))));
  const lonelyB = uniq(nb.filter((y) => !na.some((x) => sameName(x, y))));
  if (lonelyA.length && lonelyB.length) {
    append(onlyA, lonelyA);
    append(onlyB, lonelyB);
  }
  if (!onlyA.length && !onlyB.length) return undefined;
  return `${list(onlyA)} ≠ ${list(onlyB)}`;
}

function uniq(items: string[]): string[] {
  return [...new Set(items)];
}

const normalized = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * A sentence of several words copied as it is from the source: too few function words to tell
 * its language ("Static files are served through Amazon CloudFront."), but the same text on
 * both sides of a PL<->EN pair is not a translation, unless our guess says it is in the target language.
 */
function copiedFromSource(unit: Unit, source: Unit[], targetLang: string): boolean {
  if (unit.text.split(/\s+/).filter(Boolean).length < 4 || guessLanguage(unit.text).lang === targetLang) return false;
  const text = normalized(unit.text);
  return source.some((u) => normalized(u.text) === text);
}

/**
 * A target unit is untranslated when our own guess says so with a clear margin, or when the
 * model says so about a sentence long enough to judge and our guess does not contradict it
 * (headings such as "Backup" are the same word in both languages).
 */
function stillInSourceLanguage(unit: Unit, sourceLang: string, targetLang: string): boolean {
  // A company name with its address reads the same in both languages.
  if (isNameOrAddress(unit.text)) return false;
  const guess = guessLanguage(unit.text);
  if (guess.lang === sourceLang && guess.margin >= 2) return true;
  const words = unit.text.split(/\s+/).filter(Boolean).length;
  return unit.modelLang === sourceLang && guess.lang !== targetLang && words >= 5;
}
