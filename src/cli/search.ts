/** `seckb search QUERY [--kb DIR] [--lang LANG] [--limit N] [--format text|json]` (spec: cli.md). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getT } from '../i18n/index.ts';
import { MANIFEST_FILE } from '../search/options.ts';
import { SearchIndexError, loadSearchSync } from '../search/query.ts';
import { QueryTooLongError, assertQueryWithinLimits } from '../search/query-limits.ts';
import type { SearchResult } from '../search/types.ts';
import { RefusedError, UsageError, parse, pickFormat, type Command } from './args.ts';
import { terminalLines, writeLine } from '../terminal-text.ts';

const USAGE = `usage: seckb search QUERY [--kb DIR] [--lang LANG] [--limit N] [--format text|json]

  --kb DIR         knowledge base written by "seckb ingest" (default: content/kb)
  --lang LANG      keep passages in this language only (en, pl, ...)
  --limit N        at most N results (default: 10)
  --format FORMAT  text (default) or json`;

const FORMATS = ['text', 'json'] as const;

/** The keys cli.md specifies, in its order (the API's extra fields stay out of the contract). */
function toJson(results: SearchResult[]): string {
  const rows = results.map(({ documentId, source, sectionId, heading, excerpt, start, end, score }) => ({
    documentId,
    source,
    sectionId,
    heading,
    excerpt,
    start,
    end,
    score,
  }));
  return JSON.stringify(rows, null, 2) + '\n';
}

/** Highlights as »word« so a terminal shows them without colour codes. */
function markExcerpt(result: SearchResult): string {
  let out = '';
  let at = 0;
  for (const [s, e] of result.highlights) {
    out += result.excerpt.slice(at, s) + '»' + result.excerpt.slice(s, e) + '«';
    at = e;
  }
  return (out + result.excerpt.slice(at)).replace(/\s+/g, ' ');
}

function toText(results: SearchResult[]): string {
  return results
    .map((r, i) => `${i + 1}. ${r.source} § ${r.heading} [${r.lang}] (${r.score})\n   ${markExcerpt(r)}\n`)
    .join('');
}

function readShard(kbDir: string, file: string): string {
  const full = path.join(kbDir, file);
  if (!existsSync(full)) throw new SearchIndexError(`search index file missing: ${full} (run seckb ingest again)`);
  return readFileSync(full, 'utf8');
}

const REPORTERS: Record<(typeof FORMATS)[number], (results: SearchResult[]) => string> = { text: (results) => terminalLines(toText(results)), json: toJson };

export const command: Command = {
  usage: USAGE,
  async run(argv) {
    const { values, positionals } = parse(argv, {
      kb: { type: 'string' },
      lang: { type: 'string' },
      limit: { type: 'string' },
      format: { type: 'string' },
    });
    const t = getT('en', 'search');
    const query = positionals.join(' ').trim();
    if (!query) throw new UsageError(t('cli.queryMissing'));
    try {
      assertQueryWithinLimits(query);
    } catch (error) {
      if (error instanceof QueryTooLongError) throw new RefusedError(error.message);
      throw error;
    }
    const format = pickFormat(values.format, FORMATS, 'text');
    let limit: number | undefined;
    if (values.limit !== undefined) {
      limit = Number(values.limit);
      if (!Number.isInteger(limit) || limit < 1) throw new UsageError(t('cli.badLimit', { value: values.limit }));
    }
    const lang = values.lang?.toLowerCase();
    if (lang !== undefined && !/^[a-z]{2,3}$/.test(lang)) throw new UsageError(t('cli.badLang', { value: values.lang }));

    const kbDir = values.kb ?? 'content/kb';
    const manifestPath = path.join(kbDir, MANIFEST_FILE);
    if (!existsSync(manifestPath)) {
      writeLine(process.stderr, `seckb search: ${t('cli.noIndex', { dir: path.join(kbDir, 'search') })}`);
      return 2;
    }
    let results: SearchResult[];
    try {
      // Shards are read on demand: with --lang only that language's index is parsed.
      const engine = loadSearchSync((file) => readShard(kbDir, file), lang ? [lang] : undefined);
      if (lang && !engine.languages.includes(lang)) {
        throw new RefusedError(`--lang "${lang}": the knowledge base has passages in ${engine.languages.join(', ') || 'no language'}`);
      }
      results = engine.search(query, { lang, limit });
    } catch (error) {
      if (!(error instanceof SearchIndexError)) throw error;
      // The site says "rebuild the index"; from the command line that is a new ingest.
      writeLine(process.stderr, `seckb search: ${error.message.replace(/: rebuild the index$/, '; run "seckb ingest" again to rebuild the knowledge base')}`);
      return 2;
    }
    if (!results.length && format === 'text') writeLine(process.stderr, `seckb search: ${t('cli.noResults', { query })}`);
    process.stdout.write(REPORTERS[format](results));
    return 0;
  },
};
