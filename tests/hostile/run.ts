/** Runs the real `seckb` binary with a time limit: a hostile input must never hang a run, so a hang fails the test instead of blocking it. */
import { spawnSync } from 'node:child_process';
import { seckbBin } from '../helpers/cli.ts';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Wall time in ms. */
  ms: number;
}

export function seckbWithin(timeoutMs: number, args: string[], cwd: string, prefix: string[] = []): Run {
  const started = Date.now();
  const command = prefix.length ? prefix[0]! : process.execPath;
  const argv = prefix.length ? [...prefix.slice(1), process.execPath, seckbBin, ...args] : [seckbBin, ...args];
  const r = spawnSync(command, argv, { cwd, encoding: 'utf8', timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024 });
  const died = r.status === null ? `\n[seckb killed after ${timeoutMs} ms: ${r.signal ?? r.error?.message}]` : '';
  return { code: r.status, stdout: r.stdout, stderr: r.stderr + died, ms: Date.now() - started };
}

/** The manifest entries of a KB by source. */
export function manifestBySource(manifestJson: string): Map<string, { status: string; error?: string }> {
  const manifest = JSON.parse(manifestJson) as { documents: Array<{ source: string; status: string; error?: string }> };
  return new Map(manifest.documents.map((d) => [d.source, d]));
}
