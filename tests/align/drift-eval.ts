/**
 * The drifting-pairs evaluation (issue 16): fixtures/drift/{tuned,sealed}/<name>-{en,pl}.md with
 * hand labels in <name>.labels.json (links, expected flags, expected document-level drift), written
 * before the aligner was run on them. Each pair is aligned original -> translation.
 *
 *   npx tsx tests/align/drift-eval.ts [tuned|sealed] [--errors]
 *
 * Links are two-sided pairs, compared by normalized text; a wrong link with no flag at all is a
 * wrong link marked "ok". Flags are scored by (pair, kind); drift items by kind and, for sections,
 * by overlap with the labelled passage.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { alignDocuments } from '../../src/align/align.ts';
import type { Alignment } from '../../src/align/types.ts';
import { documentFromText } from '../../src/model/from-text.ts';

export const DRIFT_DIR = fileURLToPath(new URL('./fixtures/drift/', import.meta.url));
export type Split = 'tuned' | 'sealed';

interface GoldDrift {
  kind: string;
  en?: string;
  pl?: string;
}
interface GoldLink {
  en: string;
  pl: string;
  flags: string[];
  untranslatedIn?: 'en' | 'pl';
}
interface Labels {
  original: 'en' | 'pl';
  drift: GoldDrift[];
  pairs: GoldLink[];
}

export const SCORED_FLAGS = ['number-mismatch', 'entity-mismatch', 'missing-in-target', 'missing-in-source', 'untranslated'] as const;

export interface Counts {
  links: { predicted: number; gold: number; correct: number };
  flags: Record<string, { predicted: number; gold: number; correct: number }>;
  wrongOk: number;
  wrongUnflaggedWeak: number;
  weakOnCorrect: number;
  drift: { predicted: number; gold: number; correct: number };
  errors: string[];
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

export function pairNames(split: Split): string[] {
  return readdirSync(DRIFT_DIR + split).filter((f) => f.endsWith('.labels.json')).map((f) => f.replace('.labels.json', '')).sort();
}

export function alignPair(split: Split, name: string): { alignment: Alignment; labels: Labels } {
  const labels = JSON.parse(readFileSync(`${DRIFT_DIR}${split}/${name}.labels.json`, 'utf8')) as Labels;
  const other = labels.original === 'en' ? 'pl' : 'en';
  const doc = (lang: string) =>
    documentFromText(readFileSync(`${DRIFT_DIR}${split}/${name}-${lang}.md`, 'utf8'), { source: `${name}-${lang}.md`, id: `${name}-${lang}` });
  return { alignment: alignDocuments(doc(labels.original), doc(other)), labels };
}

function overlap(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  if (!x || !y) return false;
  const short = x.length <= y.length ? x : y;
  const long = x.length <= y.length ? y : x;
  // At least half of the labelled passage's words in the reported one.
  const words = new Set(long.toLowerCase().split(' '));
  const shared = short.toLowerCase().split(' ').filter((w) => words.has(w)).length;
  return shared / Math.max(short.split(' ').length, 1) >= 0.5 && short.length / long.length >= 0.5;
}

export function score(alignment: Alignment, labels: Labels): Counts {
  const src = labels.original;
  const tgt = src === 'en' ? 'pl' : 'en';
  const gold = new Map<string, string[]>();
  for (const p of labels.pairs) {
    const s = norm(p[src]);
    const t = norm(p[tgt]);
    const flags = [...p.flags];
    if (!t) flags.push('missing-in-target');
    if (!s) flags.push('missing-in-source');
    if (p.untranslatedIn === tgt) flags.push('untranslated');
    gold.set(`${s}\u0000${t}`, flags);
  }
  const counts: Counts = {
    links: { predicted: 0, gold: 0, correct: 0 },
    flags: Object.fromEntries(SCORED_FLAGS.map((k) => [k, { predicted: 0, gold: 0, correct: 0 }])),
    wrongOk: 0,
    wrongUnflaggedWeak: 0,
    weakOnCorrect: 0,
    drift: { predicted: 0, gold: labels.drift.length, correct: 0 },
    errors: [],
  };
  for (const [key, flags] of gold) {
    if (!key.startsWith('\u0000') && !key.endsWith('\u0000')) counts.links.gold++;
    for (const f of flags) counts.flags[f].gold++;
  }
  const show = (k: string) => k.replace('\u0000', '  ||  ');
  const seen = new Set<string>();
  for (const p of alignment.pairs) {
    const key = `${norm(p.source.text)}\u0000${norm(p.target.text)}`;
    seen.add(key);
    const kinds = p.flags.map((f) => f.kind as string);
    const expected = gold.get(key);
    const twoSided = Boolean(p.source.text && p.target.text);
    if (twoSided) {
      counts.links.predicted++;
      if (expected) counts.links.correct++;
      else {
        if (kinds.length === 0) counts.wrongOk++;
        if (!kinds.includes('weak-match')) counts.wrongUnflaggedWeak++;
        counts.errors.push(`wrong link [${kinds.join(',') || 'ok'}] ${show(key)}`);
      }
      if (expected && kinds.includes('weak-match')) counts.weakOnCorrect++;
    }
    for (const f of kinds) {
      if (!(f in counts.flags)) continue;
      counts.flags[f].predicted++;
      if (expected?.includes(f)) counts.flags[f].correct++;
      else if (expected) counts.errors.push(`extra ${f} ${show(key)}`);
    }
    if (expected) for (const f of expected) if (!kinds.includes(f)) counts.errors.push(`lacking ${f} ${show(key)}`);
  }
  for (const key of gold.keys()) if (!seen.has(key)) counts.errors.push(`missed ${show(key)}`);
  const drift = alignment.drift ?? [];
  counts.drift.predicted = drift.length;
  const used = new Set<number>();
  for (const g of labels.drift) {
    const i = drift.findIndex((d, k) => !used.has(k) && d.kind === g.kind && (g.kind === 'version-drift' || overlap(g[g.en ? 'en' : 'pl']!, (g.en ? src === 'en' : src === 'pl') ? d.source.text : d.target.text)));
    if (i >= 0) {
      used.add(i);
      counts.drift.correct++;
    } else counts.errors.push(`drift missed ${g.kind} ${norm(g.en ?? g.pl ?? '').slice(0, 60)}`);
  }
  drift.forEach((d, k) => {
    if (!used.has(k)) counts.errors.push(`drift extra ${d.kind} ${norm(d.source.text || d.target.text).slice(0, 60)}`);
  });
  return counts;
}

export function total(split: Split): Counts & { perPair: Record<string, Counts> } {
  const sum: Counts = {
    links: { predicted: 0, gold: 0, correct: 0 },
    flags: Object.fromEntries(SCORED_FLAGS.map((k) => [k, { predicted: 0, gold: 0, correct: 0 }])),
    wrongOk: 0,
    wrongUnflaggedWeak: 0,
    weakOnCorrect: 0,
    drift: { predicted: 0, gold: 0, correct: 0 },
    errors: [],
  };
  const perPair: Record<string, Counts> = {};
  for (const name of pairNames(split)) {
    const { alignment, labels } = alignPair(split, name);
    const c = score(alignment, labels);
    perPair[name] = c;
    const add = (a: { predicted: number; gold: number; correct: number }, b: typeof a) => {
      a.predicted += b.predicted;
      a.gold += b.gold;
      a.correct += b.correct;
    };
    add(sum.links, c.links);
    add(sum.drift, c.drift);
    for (const k of SCORED_FLAGS) add(sum.flags[k], c.flags[k]);
    sum.wrongOk += c.wrongOk;
    sum.wrongUnflaggedWeak += c.wrongUnflaggedWeak;
    sum.weakOnCorrect += c.weakOnCorrect;
    sum.errors.push(...c.errors.map((e) => `${name}: ${e}`));
  }
  return { ...sum, perPair };
}

export const precision = (c: { predicted: number; correct: number }) => (c.predicted ? c.correct / c.predicted : 1);
export const recall = (c: { gold: number; correct: number }) => (c.gold ? c.correct / c.gold : 1);

function report(split: Split, showErrors: boolean): void {
  const t = total(split);
  const f2 = (x: number) => x.toFixed(2);
  const flagSum = { predicted: 0, gold: 0, correct: 0 };
  for (const k of SCORED_FLAGS) {
    flagSum.predicted += t.flags[k].predicted;
    flagSum.gold += t.flags[k].gold;
    flagSum.correct += t.flags[k].correct;
  }
  console.log(`${split}: ${pairNames(split).length} pairs`);
  console.log(`  links        P ${f2(precision(t.links))}  R ${f2(recall(t.links))}  (${t.links.correct}/${t.links.predicted} predicted, ${t.links.gold} gold)`);
  console.log(`  flags (all)  P ${f2(precision(flagSum))}  R ${f2(recall(flagSum))}`);
  for (const k of SCORED_FLAGS) console.log(`    ${k.padEnd(18)} P ${f2(precision(t.flags[k]))}  R ${f2(recall(t.flags[k]))}  (${t.flags[k].correct}/${t.flags[k].predicted}, gold ${t.flags[k].gold})`);
  console.log(`  wrong links marked ok: ${t.wrongOk}; wrong links without weak-match: ${t.wrongUnflaggedWeak}; weak-match on correct links: ${t.weakOnCorrect}`);
  console.log(`  document drift P ${f2(precision(t.drift))}  R ${f2(recall(t.drift))}  (${t.drift.correct}/${t.drift.predicted}, gold ${t.drift.gold})`);
  if (showErrors) for (const e of t.errors) console.log(`  - ${e}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--freedict')) {
    // Measured with the optional FreeDict source (src/cli/freedict.ts) when it is installed.
    const { loadFreedict } = await import('../../src/cli/freedict.ts');
    const { setExtraEntries } = await import('../../src/align/lexicon.ts');
    const entries = loadFreedict();
    if (!entries) throw new Error('dict-freedict-eng-pol is not installed (apt-get install dict-freedict-eng-pol)');
    setExtraEntries(entries);
    console.log(`with FreeDict: ${entries.length} extra entries`);
  }
  const splits = (process.argv.slice(2).filter((a) => !a.startsWith('--')) as Split[]);
  for (const s of splits.length ? splits : (['tuned'] as Split[])) report(s, process.argv.includes('--errors') && s === 'tuned');
}
