/** Shared argument handling: every subcommand parses with node:util and fails with exit 2. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}

/** A call seckb refuses for a reason the message gives in one line (exit 2, no usage text). */
export class RefusedError extends Error {}

export interface Command {
  /** One usage line plus option help, printed by `--help` and on a usage error. */
  usage: string;
  run(argv: string[]): Promise<number>;
}

/** parseArgs with `--help` built in; unknown flags become a UsageError (exit 2). */
export function parse<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Checks `--format` against the keys a command supports. */
export function pickFormat<K extends string>(value: unknown, formats: readonly K[], fallback: K): K {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (formats as readonly string[]).includes(value)) return value as K;
  throw new UsageError(`--format must be one of ${formats.join(', ')} (got "${String(value)}")`);
}
