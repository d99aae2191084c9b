/**
 * `seckb align SOURCE TARGET [--format json|tmx|xliff|xliff12] [--kb DIR] [--locale en|pl]` (cli.md):
 * pairs a document with its translation. SOURCE and TARGET are files of any supported format,
 * or ids of documents already in the knowledge base (DIR/documents/<id>.json).
 * The alignment goes to stdout; a one-line summary to stderr. Exit 0 done, 2 bad call/unreadable.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { runOneFile } from '../../ingest/pool.ts';
import { alignDocuments } from '../align/align.ts';
import { describeDrift } from '../align/describe.ts';
import { toTmx } from '../align/export/tmx.ts';
import { toXliff } from '../align/export/xliff.ts';
import { toXliff12 } from '../align/export/xliff12.ts';
import type { Alignment } from '../align/types.ts';
import { setExtraEntries } from '../align/lexicon.ts';
import { getT, isLocale } from '../i18n/index.ts';
import { loadFreedict } from './freedict.ts';
import type { SeckbDocument } from '../model/types.ts';
import { parse, pickFormat, UsageError, type Command } from './args.ts';
import { writeLine } from '../terminal-text.ts';

const USAGE = `usage: seckb align SOURCE TARGET [--format json|tmx|xliff|xliff12] [--kb DIR] [--locale en|pl] [--freedict]

  SOURCE, TARGET  files (.md .txt .docx .pdf .html) or document ids in the knowledge base
  --format        json (default): {source, target, pairs: [{source, target, score, flags, drift?}],
                  drift?: [{id, kind, detail, source, target}]} (drift: README, our extension);
                  tmx (TMX 1.4b); xliff (XLIFF 2.0); xliff12 (XLIFF 1.2, for OmegaT,
                  Weblate and other tools that do not read 2.0 yet)
  --kb DIR        knowledge base to look document ids up in (default content/kb)
  --locale        language of the summary on stderr (en, pl; default en)
  --freedict      also use Debian's dict-freedict-eng-pol dictionary (must be installed; see README)`;

const WRITERS = {
  json: (a: Alignment) => JSON.stringify(a, null, 2) + '\n',
  tmx: toTmx,
  xliff: toXliff,
  xliff12: toXliff12,
} as const;
const FORMATS = Object.keys(WRITERS) as Array<keyof typeof WRITERS>;

class InputError extends Error {}

async function resolve(arg: string, kb: string, t: ReturnType<typeof getT>): Promise<SeckbDocument> {
  if (existsSync(arg) && statSync(arg).isFile()) {
    try {
      return await runOneFile({ kind: 'document', file: arg });
    } catch (error) {
      throw new InputError(t('error.read', { file: arg, reason: (error as Error).message }));
    }
  }
  // A KB id: only plain ids, so "../x" cannot reach outside DIR/documents.
  const file = path.join(kb, 'documents', `${arg}.json`);
  if (/^[\w.-]+$/.test(arg) && existsSync(file)) {
    try {
      const doc = JSON.parse(readFileSync(file, 'utf8')) as SeckbDocument;
      return { ...doc, blocks: doc.blocks ?? [] };
    } catch (error) {
      throw new InputError(t('error.read', { file, reason: (error as Error).message }));
    }
  }
  throw new InputError(t('error.notFound', { arg, kb }));
}

export const command: Command = {
  usage: USAGE,
  async run(argv) {
    const { values, positionals } = parse(argv, {
      format: { type: 'string' },
      kb: { type: 'string' },
      locale: { type: 'string' },
      freedict: { type: 'boolean' },
    });
    const format = pickFormat(values.format, FORMATS, 'json');
    if (values.locale !== undefined && !isLocale(values.locale)) throw new UsageError(`--locale must be en or pl (got "${values.locale}")`);
    const t = getT(isLocale(values.locale) ? values.locale : 'en', 'align');
    if (positionals.length !== 2) throw new UsageError(t('error.args'));
    const kb = values.kb ?? 'content/kb';
    if (values.freedict) {
      const entries = loadFreedict();
      if (!entries) {
        writeLine(process.stderr, `seckb align: ${t('error.freedict')}`);
        return 2;
      }
      setExtraEntries(entries);
    }
    let docs: SeckbDocument[];
    try {
      docs = await Promise.all(positionals.map((arg) => resolve(arg, kb, t)));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      writeLine(process.stderr, `seckb align: ${error.message}`);
      return 2;
    }
    if (docs[0].language === docs[1].language) {
      writeLine(process.stderr, `seckb align: ${t('warning.sameLanguage', { source: positionals[0], target: positionals[1], lang: docs[0].language })}`);
    }
    const alignment = alignDocuments(docs[0], docs[1]);
    process.stdout.write(WRITERS[format](alignment));
    const flagged = alignment.pairs.filter((p) => p.flags.length).length;
    writeLine(
      process.stderr,
      `seckb align: ${t('summary', {
        source: alignment.source.file,
        target: alignment.target.file,
        pairs: t('pairs', { count: alignment.pairs.length }),
        flagged: t('flagged', { count: flagged }),
      })}`,
    );
    // Document-level drift, one line each: what a translator needs first.
    for (const item of alignment.drift ?? []) {
      const { title, detail } = describeDrift(item, t);
      writeLine(process.stderr, `seckb align: ${title}: ${detail}`);
    }
    return 0;
  },
};
