/**
 * `seckb check FILE ... [--format text|json|sarif] [--lang LANG] [--locale en|pl] [--rules FILE]
 * [--max-age-years N] [--today YYYY-MM-DD]` (cli.md): the findings of each file. A file that
 * cannot be read gets a one-line reason on stderr and the others are still checked. Each file
 * runs read -> model -> claims -> findings in a pool worker under time and memory limits.
 * Exit 0 clean, 1 an `error` finding or an unreadable file, 2 a bad call or nothing readable.
 */
import { missingReason } from '../../ingest/errors.ts';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { parse, pickFormat, RefusedError, UsageError, type Command } from './args.ts';
import { linkRefusal } from '../../ingest/links.ts';
import { writeLine } from '../terminal-text.ts';
import { runFileTasks } from '../../ingest/pool.ts';
import { checkInProcess, inProcessFile } from '../../ingest/in-process.ts';
import { resolveLimits } from '../../ingest/limits.ts';
import { isLocale, LOCALES, type Locale } from '../i18n/locales.ts';
import { RuleDataError, userRuleFile, type RuleFile } from '../findings/rule-data.ts';
import { REPORT_FORMATS } from '../findings/reporters/formats.ts';
import type { FileReport } from '../findings/reporters/types.ts';
import { isSupportedLanguage } from '../model/language-support.ts';

// Messages and reporters load only once the pool is working, while its worker loads the pipeline.
const messages = async (locale: Locale) => (await import('../i18n/index.ts')).getT(locale, 'findings');

const USAGE = `usage: seckb check FILE ... [--format text|json|sarif] [--lang LANG] [--locale en|pl] [--rules FILE] [--max-age-years N] [--today YYYY-MM-DD]
                   [--max-file-mb N] [--timeout-s N] [--max-memory-mb N]

  --format         text (default): file:line:column severity kind message; json; sarif (SARIF 2.1.0)
                   (docx, pdf: line:column within the extracted text; json and sarif leave them out)
  --lang           treat every document as written in LANG (en, pl) instead of the detected language
  --locale         language of the messages (en, pl; default en)
  --rules FILE     add a rule file (JSON array of rule entries, as in rules/<lang>/*.json); repeatable
  --max-age-years  a stated update date older than N years is stale (default 2)
  --today          the date stale-document measures from (default: today), for reproducible runs
  --max-file-mb    largest file to read (default 50)
  --timeout-s      most CPU seconds one file may take, read to findings (default 30)
  --max-memory-mb  heap one file may use, read to findings (default 512; resident memory + 256)

Silence findings with FILE.seckb-ignore (one rule id, kind or finding id per line) or, in
markdown, <!-- seckb-disable RULE --> / <!-- seckb-disable-next-line RULE -->.`;

function readRuleFiles(files: string[]): RuleFile[] {
  return files.map((file) => {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new RuleDataError(file, undefined, (error as Error).message);
    }
    return userRuleFile(file, json);
  });
}

export const command: Command = {
  usage: USAGE,
  async run(argv) {
    const { values, positionals } = parse(argv, {
      format: { type: 'string' },
      lang: { type: 'string' },
      locale: { type: 'string' },
      rules: { type: 'string', multiple: true },
      'max-age-years': { type: 'string' },
      today: { type: 'string' },
      'max-file-mb': { type: 'string' },
      'timeout-s': { type: 'string' },
      'max-memory-mb': { type: 'string' },
    });
    const maxFileMb = positiveFlag('max-file-mb', values['max-file-mb']);
    const timeoutS = positiveFlag('timeout-s', values['timeout-s']);
    const maxMemoryMb = positiveFlag('max-memory-mb', values['max-memory-mb']);
    const format = pickFormat(values.format, REPORT_FORMATS, 'text');
    if (positionals.length === 0) throw new UsageError('no FILE given');
    const locale: Locale = values.locale === undefined ? 'en' : isLocale(values.locale) ? values.locale : badFlag('--locale must be en or pl');
    const lang = values.lang;
    if (lang !== undefined && !(LOCALES as readonly string[]).includes(lang)) throw new RefusedError(`--lang "${lang}": rules exist for ${LOCALES.join(', ')} only`);
    const maxAgeYears = values['max-age-years'] === undefined ? undefined : Number(values['max-age-years']);
    if (maxAgeYears !== undefined && !(Number.isFinite(maxAgeYears) && maxAgeYears > 0)) throw new UsageError('--max-age-years must be a positive number');
    const now = values.today === undefined ? new Date() : new Date(`${values.today}T00:00:00Z`);
    if (Number.isNaN(now.getTime()) || (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today))) throw new UsageError('--today must be a date YYYY-MM-DD');

    let extraRules: RuleFile[];
    try {
      extraRules = readRuleFiles(values.rules ?? []);
      // Validates now, so bad data stops before any output. The engine loads only for this
      // and for SARIF's rule list: the findings themselves are made in the pool's workers.
      if (extraRules.length > 0) (await import('../findings/engine.ts')).ruleCatalog(extraRules);
    } catch (error) {
      if (error instanceof RuleDataError) {
        writeLine(process.stderr, (await messages(locale))('findings.cli.bad-rules', { reason: error.message }));
        return 2;
      }
      throw error;
    }

    const reports: FileReport[] = [];
    // A folder, a missing file or a link leading outside the current folder is not read at all.
    const unreadableReason = (file: string): string | undefined => {
      const link = linkRefusal(file);
      if (link) return link;
      if (!existsSync(file)) return missingReason(file);
      return statSync(file).isDirectory() ? 'is a folder; name its files (seckb ingest reads whole folders)' : undefined;
    };
    const refused = positionals.map((file) => ({ file, reason: unreadableReason(file) }));
    const tasks = refused.filter((r) => !r.reason).map(({ file }) => ({ kind: 'check', file, settings: { locale, extraRules, now: now.getTime(), maxAgeYears, lang } }) as const);
    const limits = {
      ...(maxFileMb !== undefined ? { maxFileBytes: maxFileMb * 1024 * 1024 } : {}),
      ...(timeoutS !== undefined ? { timeoutMs: timeoutS * 1000 } : {}),
    };
    const pool = () => runFileTasks(tasks, { limits, ...(maxMemoryMb !== undefined ? { maxMemoryMb } : {}) });
    // One small text file runs here (ingest/in-process.ts), else the pool starts first: its
    // worker loads the pipeline while this thread loads messages and reporters.
    const here = tasks.length === 1 && inProcessFile(argv) === tasks[0]!.file ? await checkInProcess(tasks[0]!, resolveLimits(limits)) : undefined;
    const running = here ? Promise.resolve([{ file: tasks[0]!.file, ...here }]) : pool();
    const [t, { REPORTERS }] = await Promise.all([messages(locale), import('../findings/reporters/index.ts')]);
    let unreadable = 0;
    for (const { file, reason } of refused) {
      if (!reason) continue;
      unreadable++;
      writeLine(process.stderr, t('findings.cli.cannot-read', { file, reason }));
    }
    const outcomes = await running;
    for (const { file, result, error } of outcomes) {
      if (!result) {
        unreadable++;
        writeLine(process.stderr, t('findings.cli.cannot-read', { file, reason: error }));
        continue;
      }
      reports.push({ file, ...result });
      if (!isSupportedLanguage(result.language)) writeLine(process.stderr, t('findings.cli.unsupported-language', { file, lang: result.language }));
    }
    if (reports.length === 0) return 2;

    const color = format === 'text' && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
    const rules = format === 'sarif' ? (await import('../findings/engine.ts')).ruleCatalog(extraRules) : [];
    process.stdout.write(REPORTERS[format](reports, { color, locale, rules, toolVersion: '0.1.0' }));
    const all = reports.flatMap((r) => r.findings);
    const errors = all.filter((f) => f.severity === 'error').length;
    process.stderr.write(t('findings.cli.summary', { count: all.length, errors, files: reports.length }) + '\n');
    return errors > 0 || unreadable > 0 ? 1 : 0;
  },
};

function positiveFlag(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!(Number.isFinite(n) && n > 0)) throw new UsageError(`--${name} must be a positive number (got "${value}")`);
  return n;
}

function badFlag(message: string): never {
  throw new UsageError(message);
}
