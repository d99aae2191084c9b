/**
 * `seckb diff OLD NEW [--format text|json]`: the claims of two versions of one vendor's document
 * (spec: ../shared/spec/cli.md). json is exactly `{added, removed, changed}`; text adds the
 * sections that appeared or were dropped, so a removed chapter is visible.
 */
import { missingReason } from '../../ingest/errors.ts';
import { existsSync, statSync } from 'node:fs';
import { runFileTasks } from '../../ingest/pool.ts';
import type { Claim } from '../claims/types.ts';
import { diffClaims, diffSections, effectiveQualifiers, type ClaimDiff, type SectionDiff } from '../findings/diff.ts';
import type { SeckbDocument } from '../model/types.ts';
import { UsageError, parse, pickFormat, type Command } from './args.ts';
import { terminalLines, writeLine } from '../terminal-text.ts';

const FORMATS = ['text', 'json'] as const;
const QUOTE_MAX = 90;

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

interface Loaded {
  document: SeckbDocument;
  claims: Claim[];
}

/** The documents and claims of the files, made in pool workers under the per-file limits. */
async function load(files: string[]): Promise<Loaded[]> {
  for (const file of files) {
    if (!existsSync(file)) throw new UnreadableError(`cannot read "${file}": ${missingReason(file)}`);
    if (statSync(file).isDirectory()) throw new UnreadableError(`cannot read "${file}": is a folder, not a file`);
  }
  const outcomes = await runFileTasks(files.map((file) => ({ kind: 'claims', file }) as const));
  return outcomes.map(({ file, result, error }) => {
    if (!result) throw new UnreadableError(`cannot read "${file}": ${error}`);
    return result;
  });
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
    let older: Loaded;
    let newer: Loaded;
    try {
      [older, newer] = await load([oldFile, newFile]);
    } catch (error) {
      if (!(error instanceof UnreadableError)) throw error;
      writeLine(process.stderr, `seckb diff: ${error.message}`);
      return 2;
    }
    const diff = diffClaims(older.claims, newer.claims);
    if (format === 'json') {
      process.stdout.write(JSON.stringify({ added: diff.added, removed: diff.removed, changed: diff.changed }, null, 2) + '\n');
    } else {
      process.stdout.write(terminalLines(formatDiffText(oldFile, newFile, diff, diffSections(older.document, newer.document))));
    }
    return 0;
  },
};
