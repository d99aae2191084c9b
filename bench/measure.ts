/** One command in a fresh process under GNU time (wall, user + sys of all its threads, peak RSS), and medians. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface Run {
  wallS: number;
  cpuS: number;
  rssMb: number;
  code: number | null;
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Throws unless the command exits with one of `ok`. */
export function measure(cmd: string[], env: NodeJS.ProcessEnv = {}, ok: number[] = [0], cwd = root): Run {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', ...cmd], { cwd, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 256 * 1024 * 1024 });
  const lines = r.stderr.trim().split('\n');
  const line = lines.at(-1)!.split(' ').map(Number);
  if (!ok.includes(r.status ?? -1)) throw new Error(`bench: ${cmd.join(' ')} failed: ${lines.slice(-3).join(' | ')}`);
  return { wallS: line[0]!, cpuS: line[1]! + line[2]!, rssMb: line[3]! / 1024, code: r.status };
}
