/**
 * `seckb check` of this checkout against another (`--base DIR`, e.g. `git worktree add /tmp/before
 * main` and `npm ci` there), side by side: a tiny .md, a 3 KB Polish .md from the sample corpus,
 * one the worker snapshot never saw, the 50-page .docx of bench/check-textlint.ts, and textlint
 * (no-todo) on that docx's text. Runs alternate (base, this, textlint; reversed every other
 * round), medians. CPU is `perf stat` task-clock of the whole process tree when perf is
 * installed (GNU time's user + sys counts 10 ms ticks), wall from the clock, peak RSS GNU time's
 * %M (the largest process). Both checkouts' outputs are compared: a difference is reported.
 *
 *   npx tsx bench/check-side-by-side.ts --base DIR [--rounds 6]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { makeDocument, textlintBin } from './check-textlint.ts';
import { median } from './measure.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { base: { type: 'string' }, rounds: { type: 'string', default: '6' } } });
if (!values.base) throw new Error('usage: npx tsx bench/check-side-by-side.ts --base DIR [--rounds N]');
const base = path.resolve(values.base);
const rounds = Number(values.rounds);
const perf = spawnSync('perf', ['stat', '-x,', '-e', 'task-clock', 'true'], { encoding: 'utf8' }).status === 0;

interface Run {
  cpuMs: number;
  wallMs: number;
  rssMb: number;
  out: string;
}

function run(cmd: string[], cwd = root): Run {
  const counted = perf ? ['perf', 'stat', '-x,', '-e', 'task-clock', ...cmd] : cmd;
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', 'seckb-bench %U %S %M', ...counted], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const lines = r.stderr.trim().split('\n');
  const [, user, sys, rss] = lines.find((l) => l.startsWith('seckb-bench'))!.split(' ').map(Number);
  const clock = lines.find((l) => l.includes('task-clock'));
  return { cpuMs: clock ? Number(clock.split(',')[0]) : (user + sys) * 1000, wallMs, rssMb: rss / 1024, out: r.stdout };
}

const work = path.join(root, 'bench/output/check-side-by-side');
mkdirSync(work, { recursive: true });
const tiny = path.join(work, 'tiny.md');
writeFileSync(tiny, '# Notes\n\nWe back up data daily.\nTODO: fill in.\n');
const { docx, md } = await makeDocument(path.join(root, 'bench/output/check-textlint'), 50);
const textlint = textlintBin();
const cases: Array<[string, string]> = [
  ['tiny .md (4 lines, EN)', tiny],
  ['3 KB Polish .md (content/sources/konserwo-bezpieczenstwo.md, a snapshot sample)', path.join(root, 'content/sources/konserwo-bezpieczenstwo.md')],
  ['3 KB Polish .md the snapshot never saw (eval/docs/dev/awarion-bezpieczenstwo.md)', path.join(root, 'eval/docs/dev/awarion-bezpieczenstwo.md')],
  ['50-page .docx (bench/check-textlint.ts)', docx],
];
const fmt = (rs: Run[], k: 'cpuMs' | 'wallMs' | 'rssMb') => median(rs.map((r) => r[k])).toFixed(0);
console.log(`CPU from ${perf ? 'perf task-clock' : 'GNU time (user + sys)'}; ${rounds} alternating rounds; medians.\n`);
console.log('| file | base: CPU, wall, peak RSS | this: CPU, wall, peak RSS | CPU this / base |');
console.log('|---|---:|---:|---:|');
for (const [name, file] of cases) {
  const sides: Record<string, Run[]> = { base: [], this: [] };
  const withTextlint = file === docx;
  if (withTextlint) sides.textlint = [];
  for (let r = 0; r < rounds; r++) {
    const order = Object.keys(sides);
    for (const side of r % 2 ? order.reverse() : order) {
      if (side === 'textlint') sides.textlint.push(run(['node', textlint, '--no-textlintrc', '--rule', 'no-todo', '--format', 'json', md], path.resolve(textlint, '../../../..')));
      else sides[side].push(run(['node', path.join(side === 'base' ? base : root, 'bin/seckb.js'), 'check', file, '--format', 'json']));
    }
  }
  if (sides.base.some((b, i) => b.out !== sides.this[i].out)) console.log(`| ${name} | OUTPUT DIFFERS | | |`);
  const cpu = (side: string) => median(sides[side].map((r) => r.cpuMs));
  const cell = (side: string) => `${fmt(sides[side], 'cpuMs')} ms, ${fmt(sides[side], 'wallMs')} ms, ${fmt(sides[side], 'rssMb')} MiB`;
  console.log(`| ${name} | ${cell('base')} | ${cell('this')} | **${(cpu('this') / cpu('base')).toFixed(2)}x** |`);
  if (withTextlint) {
    console.log(`| textlint no-todo, same text as .md | ${cell('textlint')} | | |`);
    console.log(`| CPU / textlint's | ${(cpu('base') / cpu('textlint')).toFixed(2)}x | ${(cpu('this') / cpu('textlint')).toFixed(2)}x | |`);
  }
}
