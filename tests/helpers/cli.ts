/** Runs the real `seckb` binary, as a user would. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from './seeds.ts';

export const seckbBin = path.join(projectRoot, 'bin/seckb.js');

export function seckb(args: string[], cwd = projectRoot, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [seckbBin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  // A run killed by a signal has no status: say which signal (and any spawn error) in its stderr.
  const died = r.status === null ? `\n[seckb died: ${r.signal ?? r.error?.message ?? 'unknown'}]` : '';
  return { code: r.status, stdout: r.stdout, stderr: r.stderr + died };
}
