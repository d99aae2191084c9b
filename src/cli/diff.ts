/**
 * `seckb diff OLD NEW [--format text|json]`: the claims of two versions of one vendor's document
 * (spec: ../shared/spec/cli.md). json is exactly `{added, removed, changed}`; text adds the
 * sections that appeared or were dropped, so a removed chapter is visible.
 */
import { isReadError } from '../../ingest/errors.ts';
import { loadDocument } from '../../ingest/load.ts';
import type { Claim } from '../claims/types.ts';
import { diffClaims, diffSections, effectiveQualifiers, type ClaimDiff, type SectionDiff } from '../findings/diff.ts';
import type { SeckbDocument } from '../model/types.ts';
import { UsageError, parse, pickFormat, type Command } from './args.ts';

const FORMATS = ['text', 'json'] as const;
const QUOTE_MAX = 90;

type Extract = (doc: SeckbDocument) => Claim[] | Promise<Claim[]>;

/** The claims engineer's extractor, loaded lazily so `--help` works without it. */
async function extractor(): Promise<Extract> {
  const modulePath = '../claims/extract.ts';
  const mod = (await import(modulePath)) as { extractClaims: Extract };
  return mod.extractClaims;
}

function shorten(quote: string): string {
  const flat = quote.replace(/\s+/gu, ' ').trim();
  return flat.length <= QUOTE_MAX ? flat : `${flat.slice(0, QUOTE_MAX - 1).trimEnd()}…`;
}

function label(claim: Claim): string {
  const q = effectiveQualifiers(claim);
  const quals = Object.keys(q).length ? ` ${Object.entries(q).map(([k, v]) => `${k}=${String(v)}`).join(' ')}` : '';
  return `${claim.attribute}${quals}`;
}

/** The readable report: + added, - removed, ~ changed (quotes shortened), then sections. */
export function formatDiffText(oldFile: string, newFile: string, diff: ClaimDiff, sections: SectionDiff): string {
  const lines = [`${oldFile} -> ${newFile}`, ''];
  for (const c of diff.added) lines.push(`+ ${label(c)} = ${String(c.value)}`, `    "${shorten(c.quote)}"`);
  for (const c of diff.removed) lines.push(`- ${label(c)} = ${String(c.value)}`, `    "${shorten(c.quote)}"`);
  for (const ch of diff.changed) {
    lines.push(`~ ${label(ch.new)}: ${String(ch.old.value)} -> ${String(ch.new.value)}`);
    lines.push(`    - "${shorten(ch.old.quote)}"`, `    + "${shorten(ch.new.quote)}"`);
  }
  if (diff.added.length + diff.removed.length + diff.changed.length === 0) lines.push('no differences in claims');
  if (sections.added.length + sections.removed.length > 0) {
    lines.push('', 'sections:');
    for (const s of sections.removed) lines.push(`- ${s.heading}`);
    for (const s of sections.added) lines.push(`+ ${s.heading}`);
  }
  lines.push(
    '',
    `${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed; ` +
      `sections: ${sections.added.length} added, ${sections.removed.length} removed`,
  );
  return lines.join('\n') + '\n';
}

async function load(file: string): Promise<SeckbDocument> {
  try {
    return await loadDocument(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (isReadError(error)) throw new UnreadableError(`cannot read "${file}": ${(error as Error).message}`);
    if (code === 'ENOENT') throw new UnreadableError(`cannot read "${file}": no such file`);
    if (code === 'EISDIR') throw new UnreadableError(`cannot read "${file}": is a folder, not a file`);
    throw error;
  }
}

class UnreadableError extends Error {}

export const command: Command = {
  usage: `usage: seckb diff OLD NEW [--format text|json]

Compares the claims of two versions of one vendor's document.
  --format text|json  text (default): + added, - removed, ~ changed, and sections added/dropped;
                      json: {"added": [claim], "removed": [claim], "changed": [{attribute, qualifiers, old, new}]}`,
  async run(argv) {
    const { values, positionals } = parse(argv, { format: { type: 'string' } });
    const format = pickFormat(values.format, FORMATS, 'text');
    if (positionals.length !== 2) throw new UsageError(`expected two files, OLD and NEW (got ${positionals.length})`);
    const [oldFile, newFile] = positionals;
    let oldDoc: SeckbDocument;
    let newDoc: SeckbDocument;
    try {
      oldDoc = await load(oldFile);
      newDoc = await load(newFile);
    } catch (error) {
      if (!(error instanceof UnreadableError)) throw error;
      process.stderr.write(`seckb diff: ${error.message}\n`);
      return 2;
    }
    const extract = await extractor();
    const diff = diffClaims(await extract(oldDoc), await extract(newDoc));
    if (format === 'json') {
      process.stdout.write(JSON.stringify({ added: diff.added, removed: diff.removed, changed: diff.changed }, null, 2) + '\n');
    } else {
      process.stdout.write(formatDiffText(oldFile, newFile, diff, diffSections(oldDoc, newDoc)));
    }
    return 0;
  },
};
