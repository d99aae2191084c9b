/**
 * .csv reader (csv-parse): the text is decoded like any text file (UTF-8, UTF-16, Windows-1250
 * ...), the delimiter is the one of `,` `;` tab that splits the first lines most evenly (Excel
 * in Polish locales writes `;`), and every record is one row of one unnamed sheet. Record N is
 * row N, as a spreadsheet opens it. Cells are text: a cell such as `=HYPERLINK(...)` is kept as
 * written and never evaluated.
 */
import { parse } from 'csv-parse/sync';
import type { ReadResult } from '../../src/model/types.ts';
import { ReadError } from '../errors.ts';
import { cellText, sheetsToRead, type SheetRow } from './sheet.ts';

const DELIMITERS = [',', ';', '\t'] as const;
const DEFAULT_MAX_ROWS = 10_000;

/** The delimiter found in the most of the first lines, then the most often (quotes ignored). */
export function guessDelimiter(text: string): string {
  const lines = text.split('\n', 20).map((l) => l.replace(/"[^"]*"/g, '')).filter((l) => l.trim() !== '');
  let best: string = ',';
  let bestScore = -1;
  for (const d of DELIMITERS) {
    const counts = lines.map((l) => l.split(d).length - 1);
    const score = counts.filter((n) => n > 0).length * 1000 + counts.reduce((a, b) => a + b, 0);
    if (score > bestScore) [best, bestScore] = [d, score];
  }
  return best;
}

/**
 * A record longer than the header row, its extra cells filled, had the delimiter inside its last
 * cell unquoted ("No;Stored without encryption; access needs signed URLs"): the header names no
 * column past its own, so the rest is that cell's text, as written.
 */
function withinHeader(record: string[], width: number, delimiter: string): string[] {
  let end = record.length;
  while (end > width && record[end - 1].trim() === '') end--;
  if (width < 2 || end <= width) return record;
  return [...record.slice(0, width - 1), record.slice(width - 1, end).join(delimiter)];
}

export function readCsv(text: string, options: { maxRows?: number } = {}): ReadResult {
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const delimiter = guessDelimiter(text);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      // One row past the limit tells that the limit was passed, without parsing the rest.
      to: maxRows + 1,
    }) as string[][];
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 160);
    throw new ReadError(`the CSV file cannot be parsed (${message}); check its quotes and re-export it`, { cause: error });
  }
  if (records.length > maxRows) {
    throw new ReadError(`the CSV file has more than ${maxRows} rows, over the row limit; split it or remove unused rows`);
  }
  const width = records.find((r) => r.filter((c) => c.trim() !== '').length >= 2)?.length ?? 0;
  const rows: SheetRow[] = records.map((record, i) => ({
    row: i + 1,
    cells: withinHeader(record, width, delimiter).map((raw, c) => ({ column: c + 1, text: cellText(raw) })),
  }));
  return sheetsToRead([{ rows }], 'csv');
}
