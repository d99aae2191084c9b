/**
 * Quality of claims and findings on documents nobody tuned seckb to (eval/docs, eval/labels).
 *
 *   npx tsx bench/quality.ts [dev|test|test2|world-dev|...|all|world] [--details]
 *   npx tsx bench/quality.ts --dir DIR [--details]   (a labelled set outside the repository: DIR/docs, DIR/labels)
 *
 * `all` (the default) is dev + test + test2: it prints P/R per attribute group and per finding
 * kind and rewrites eval/RESULTS.md (date, commit, tables for each split, misses and false
 * positives per document for dev only: test and test2 are for measurement, so their misses are
 * not listed). RESULTS.md's world section (from WORLD_MARKER on) is kept as it is: the sealed world
 * split (world-test3 from round 3; world-test2 in round 2; world-test until round 1) is run by name once
 * per round and recorded there by hand with its round log (--details on it is for the person measuring,
 * to read misses by class). A world split whose labels hold findings (world-test3, and the dev world
 * splits once labelled: eval/score.ts findingsLabelled) reports findings and traps too.
 * `world` runs every world split that is not sealed (prints only).
 * --details prints every split's misses to stderr for the person measuring (never into RESULTS.md).
 */
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EVAL_DIR, EVAL_NOW, FINDINGS_ONLY, SEALED, SPLITS, WORLD, precision, recall, runFolder, runSplit, score, total, type Counts, type DocRun, type Score, type Split } from '../eval/score.ts';

const args = process.argv.slice(2);
const showDetails = args.includes('--details');
// --dir DIR: a labelled set outside the repository (DIR/docs, DIR/labels), printed only.
const dirAt = args.indexOf('--dir');
const folder = dirAt >= 0 ? args[dirAt + 1] : undefined;
const arg = folder ? 'folder' : (args.find((a) => a !== '--details') ?? 'all');
if (arg !== 'all' && arg !== 'world' && arg !== 'folder' && !SPLITS.includes(arg as Split)) {
  process.stderr.write(`usage: npx tsx bench/quality.ts [${SPLITS.join('|')}|all|world|--dir DIR] [--details]\n`);
  process.exit(2);
}
/** `all` never includes the world splits: each is run by name (`world`: the unsealed ones), and a sealed one only on purpose. */
const splits: Split[] = arg === 'all' ? SPLITS.filter((s) => !WORLD.has(s)) : arg === 'world' ? SPLITS.filter((s) => WORLD.has(s) && !SEALED.has(s)) : [arg as Split];
/** Where the hand-kept world section of RESULTS.md starts; `all` rewrites only what is above it. */
const WORLD_MARKER = '<!-- world: kept by bench/quality.ts all -->';

const f2 = (x: number) => x.toFixed(2);

function rows(m: Map<string, Counts>, label: string): string[] {
  const out = [`| ${label} | P | R | right | wrong | labels found | labels missed |`, '|---|---:|---:|---:|---:|---:|---:|'];
  const row = (k: string, c: Counts) => `| ${k} | ${f2(precision(c))} | ${f2(recall(c))} | ${c.tp} | ${c.fp} | ${c.found} | ${c.fn} |`;
  for (const [k, c] of [...m.entries()].sort(([a], [b]) => a.localeCompare(b))) out.push(row(k, c));
  out.push(row('**overall**', total(m)));
  return out;
}

function section(split: Split, s: Score, runs: DocRun[]): string[] {
  const out = [`## ${split} (${runs.length} documents)`, ''];
  if (FINDINGS_ONLY.has(split)) out.push('Claims are not labelled in this split.', '');
  else out.push('### Claims (per attribute group)', '', ...rows(s.claims, 'group'), '');
  if (!runs.some((r) => r.findingsScored)) return [...out, 'Findings are not labelled in this split.', ''];
  out.push('### Findings (per kind)', '', ...rows(s.findings, 'kind'), '');
  out.push(`Traps (mustNotFlag) fired: ${s.traps.fired} of ${s.traps.total}`, '');
  return out;
}

function details(s: Score): string[] {
  const out = ['## dev: misses and false positives per document', ''];
  for (const d of s.docs) {
    out.push(`### ${d.file}`, '');
    const list = (title: string, items: string[]) => {
      if (!items.length) return;
      out.push(`${title}:`, '', ...items.map((i) => `- \`${i.replace(/`/g, "'")}\``), '');
    };
    list('Missed claims', d.missedClaims);
    list('Extra claims (false positives)', d.extraClaims);
    list('Missed findings', d.missedFindings);
    list('Extra findings (false positives)', d.extraFindings);
    list('Traps fired', d.trapsFired);
    if (!d.missedClaims.length && !d.extraClaims.length && !d.missedFindings.length && !d.extraFindings.length && !d.trapsFired.length) out.push('Nothing missed, nothing extra.', '');
  }
  return out;
}

const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
})();

const md = [
  '# seckb quality on untuned documents',
  '',
  `Date: ${new Date().toISOString().slice(0, 10)} · commit: ${commit} · stale-document "today": ${EVAL_NOW.toISOString().slice(0, 10)}`,
  '',
  'Produced by `npx tsx bench/quality.ts`. Documents: eval/docs/{dev,test,test2}; hand labels: eval/labels.',
  'test2 (six documents added once test had been used in development) is for reporting only: no floors, no per-document misses.',
  'Claims match on attribute + value + the qualifiers the label gives; findings on kind + overlapping excerpt.',
  'P = right / (right + wrong) over distinct predictions; R = labels found / all labels (see eval/README.md).',
  '',
];
const console_: string[] = [];
const tail: string[] = [];
for (const split of splits) {
  const runs = split === 'folder' ? await runFolder(folder!) : await runSplit(split);
  const s = score(runs);
  const sec = section(split, s, runs);
  md.push(...sec);
  console_.push(...sec);
  if (split === 'dev') tail.push(...details(s));
  if (showDetails) process.stderr.write(details(s).join('\n').replace('## dev:', `## ${split}:`) + '\n');
}
md.push(...tail);
process.stdout.write(console_.join('\n') + '\n');
if (arg === 'all') {
  const file = path.join(EVAL_DIR, 'RESULTS.md');
  const old = await readFile(file, 'utf8').catch(() => '');
  const world = old.includes(WORLD_MARKER) ? '\n' + old.slice(old.indexOf(WORLD_MARKER)) : '';
  await writeFile(file, md.join('\n').replace(/\n+$/, '') + '\n' + world);
  process.stderr.write('wrote eval/RESULTS.md\n');
}
