/** `seckb compare [--kb DIR] [--vendors ID,...] [--format text|json|csv|xlsx] [--out FILE] [--older]` (cli.md). */
import { renameSync, writeFileSync } from 'node:fs';
import type { SeckbDocument } from '../model/types.ts';
import type { Claim } from '../claims/types.ts';
import { buildComparison } from '../claims/compare.ts';
import { formatText } from '../claims/reporters/text.ts';
import { formatJson } from '../claims/reporters/json.ts';
import { formatCsv } from '../claims/reporters/csv.ts';
import { formatXlsx } from '../claims/reporters/xlsx.ts';
import { isLocale, type Locale } from '../i18n/index.ts';
import { KbMissingError, readKb } from '../kb/read.ts';
import { fileOutRefusal } from '../kb/out-guard.ts';
import { RefusedError, UsageError, parse, pickFormat, type Command } from './args.ts';
import { terminalLines } from '../terminal-text.ts';

const USAGE = `usage: seckb compare [--kb DIR] [--vendors ID,...] [--format text|json|csv|xlsx] [--out FILE] [--older]

  --kb DIR          knowledge base written by "seckb ingest" (default: content/kb)
  --vendors ID,...  vendor ids (or names) to compare, in this order (default: all)
  --format FORMAT   text (default), json, csv (UTF-8 with BOM) or xlsx
  --out FILE        write to FILE instead of standard output (xlsx needs it on a terminal)
  --older           include older versions of a vendor's documents (default: newest per product)
  --locale LOCALE   language of labels and values: en (default) or pl`;

const FORMATS = ['text', 'json', 'csv', 'xlsx'] as const;
/** The file kinds `--out` may replace per format (an existing file of another kind is refused). */
const EXTENSIONS: Record<(typeof FORMATS)[number], string[]> = { text: ['.txt', '.md'], json: ['.json'], csv: ['.csv'], xlsx: ['.xlsx'] };

/** Writes through a temporary sibling and one rename, so a failed write never leaves half a file. */
function writeFileAtomically(file: string, content: string | Uint8Array): void {
  const temp = `${file}.seckb-${process.pid}.tmp`;
  writeFileSync(temp, content);
  renameSync(temp, file);
}

/** Documents and claims of a knowledge base directory; a missing KB is a usage error (exit 2). */
export function readKbForCompare(dir: string): { docs: SeckbDocument[]; claims: Claim[] } {
  try {
    const kb = readKb(dir);
    return { docs: kb.documents, claims: kb.claims };
  } catch (error) {
    if (error instanceof KbMissingError) throw new UsageError(error.message);
    throw error;
  }
}

export const command: Command = {
  usage: USAGE,
  async run(argv) {
    const { values, positionals } = parse(argv, {
      kb: { type: 'string' },
      vendors: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      older: { type: 'boolean' },
      locale: { type: 'string' },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const format = pickFormat(values.format, FORMATS, 'text');
    const locale: Locale = values.locale === undefined ? 'en' : isLocale(values.locale) ? values.locale : (() => {
      throw new UsageError(`--locale must be en or pl (got "${values.locale}")`);
    })();
    if (format === 'xlsx' && !values.out && process.stdout.isTTY) {
      throw new UsageError('--format xlsx writes a binary file: give --out FILE or redirect standard output');
    }
    if (values.out) {
      const refusal = fileOutRefusal(values.out, EXTENSIONS[format]);
      if (refusal) throw new RefusedError(refusal);
    }
    const { docs, claims } = readKbForCompare(values.kb ?? 'content/kb');
    const vendors = values.vendors?.split(',').map((s) => s.trim()).filter(Boolean);
    const comparison = buildComparison(docs, claims, { vendors, includeOlder: values.older === true });
    if (vendors && comparison.vendors.length < vendors.length) {
      const known = new Set(comparison.vendors.flatMap((v) => [v.id.toLowerCase(), v.name.toLowerCase()]));
      const missing = vendors.filter((v) => !known.has(v.toLowerCase()));
      const valid = buildComparison(docs, claims, { includeOlder: values.older === true }).vendors.map((v) => v.id);
      throw new RefusedError(`unknown vendor(s): ${missing.join(', ')}; the knowledge base has: ${valid.join(', ') || 'no vendors'}`);
    }
    const output: string | Uint8Array =
      format === 'json' ? formatJson(comparison)
      : format === 'csv' ? formatCsv(comparison, locale)
      : format === 'xlsx' ? await formatXlsx(comparison, locale)
      : terminalLines(formatText(comparison, locale));
    if (values.out) writeFileAtomically(values.out, output);
    else process.stdout.write(output);
    return 0;
  },
};
