/** `seckb <command> ...`: dispatch to one module per subcommand (spec: ../shared/spec/cli.md). */
import { KbDamagedError } from '../kb/read.ts';
import { RefusedError, UsageError, type Command } from './args.ts';
import { writeLine } from '../terminal-text.ts';

const COMMANDS = ['ingest', 'check', 'diff', 'align', 'search', 'compare', 'export'] as const;
type CommandName = (typeof COMMANDS)[number];

const loaders: Record<CommandName, () => Promise<{ command: Command }>> = {
  ingest: () => import('./ingest.ts'),
  check: () => import('./check.ts'),
  diff: () => import('./diff.ts'),
  align: () => import('./align.ts'),
  search: () => import('./search.ts'),
  compare: () => import('./compare.ts'),
  export: () => import('./export.ts'),
};

const USAGE = `usage: seckb <command> [options]

commands:
  ingest [SOURCE ...] [--out DIR]            read documents into the knowledge base
  check FILE ... [--format text|json|sarif]  report leftovers and inconsistencies in drafts
  diff OLD NEW [--format text|json]          compare the claims of two versions
  align SOURCE TARGET [--format json|tmx|xliff]  pair a document with its translation
  search QUERY [--kb DIR] [--lang LANG]      search the knowledge base
  compare [--kb DIR] [--format text|json|csv|xlsx]  the vendor comparison table
  export --format meilisearch|opensearch --out DIR  the KB as bulk files for a search engine

Run "seckb <command> --help" for a command's options.`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? process.stdout : process.stderr).write(USAGE + '\n');
    return name ? 0 : 2;
  }
  if (!(COMMANDS as readonly string[]).includes(name)) {
    writeLine(process.stderr, `seckb: unknown command "${name}"`);
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  // A check's worker starts first thing: it loads the pipeline while this process loads the command.
  if (name === 'check') (await import('../../ingest/pool.ts')).prestartFor(argv);
  const { command } = await loaders[name as CommandName]();
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(command.usage + '\n');
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      writeLine(process.stderr, `seckb ${name}: ${error.message}`);
      process.stderr.write(`${command.usage}\n`);
      return 2;
    }
    if (error instanceof RefusedError || error instanceof KbDamagedError) {
      writeLine(process.stderr, `seckb ${name}: ${error.message}`);
      return 2;
    }
    // Never a stack trace for the user: one line saying what failed (SECKB_DEBUG=1 shows it).
    if (process.env.SECKB_DEBUG) throw error;
    writeLine(process.stderr, `seckb ${name}: ${systemMessage(error)}`);
    return 2;
  }
}

const ERRNO_REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted (read-only or protected)',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'a part of the path is a file, not a folder',
  ENOENT: 'no such file or folder',
  EMFILE: 'too many open files',
};

/** One line for an unexpected error: the file and a reason for system errors, else the message. */
function systemMessage(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const reason = (e.code && ERRNO_REASONS[e.code]) || String(e?.message ?? error).split('\n')[0];
  return e.path ? `"${e.path}": ${reason}` : `${reason} (set SECKB_DEBUG=1 for details)`;
}
