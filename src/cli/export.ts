/**
 * `seckb export --format meilisearch|opensearch [--kb DIR] --out DIR` (our extension of cli.md):
 * the KB's documents, passages and claims as bulk NDJSON plus index settings, for serving search
 * from a search engine (README: "Beyond one machine"). The folder is replaced as ingest replaces
 * a KB (out-guard.ts rules, one atomic swap), and only when it is new, empty or an export.
 */
import { isSeckbExport, buildExport } from '../export/build.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../export/formats.ts';
import { kbOutRefusal } from '../kb/out-guard.ts';
import { KbMissingError, readKb } from '../kb/read.ts';
import { writeKbAtomically } from '../kb/write.ts';
import { parse, RefusedError, UsageError, type Command } from './args.ts';

const USAGE = `usage: seckb export --format meilisearch|opensearch [--kb DIR] --out DIR

  --format FORMAT   meilisearch: <index>.ndjson + <index>.settings.json per index
                    opensearch:  <index>.bulk.ndjson (action + source lines) + <index>.index.json
  --kb DIR          knowledge base written by "seckb ingest" (default: content/kb)
  --out DIR         a new or empty folder, or an earlier export (replaced whole, atomically)

Indexes: seckb-documents, seckb-passages, seckb-claims (primary key "id"). seckb-export.json in
DIR lists the files; README ("Beyond one machine") shows how to load them.`;

export const command: Command = {
  usage: USAGE,
  async run(argv) {
    const { values, positionals } = parse(argv, { format: { type: 'string' }, kb: { type: 'string' }, out: { type: 'string' } });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const format = values.format as ExportFormat;
    if (!EXPORT_FORMATS.includes(format)) {
      throw new RefusedError(`--format must be ${EXPORT_FORMATS.join(' or ')}${values.format === undefined ? '' : ` (got "${values.format}")`}`);
    }
    if (!values.out) throw new RefusedError('--out DIR is required: a new or empty folder, or an earlier export');
    const kbDir = values.kb ?? 'content/kb';
    const refusal = kbOutRefusal(values.out, [kbDir], { isOwn: isSeckbExport, what: 'export' });
    if (refusal) throw new RefusedError(refusal);
    let kb;
    try {
      kb = readKb(kbDir);
    } catch (error) {
      if (error instanceof KbMissingError) throw new RefusedError(error.message);
      if (error instanceof SyntaxError) throw new RefusedError(`"${kbDir}" holds a damaged knowledge base (${error.message}); run "seckb ingest" again`);
      throw error;
    }
    const files = buildExport(kb, format);
    await writeKbAtomically(values.out, files);
    process.stderr.write(`seckb export: ${kb.documents.length} documents written for ${format} to ${values.out} (${files.size} files)\n`);
    return 0;
  },
};
