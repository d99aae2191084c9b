/**
 * RFC 4180 CSV (CRLF, quotes doubled), UTF-8 with BOM so Excel reads Polish letters. Browser-safe.
 * Quotes exactly where the claims CSV reporter does, so an export of all columns is byte-identical
 * to `seckb compare --format csv`.
 */
import { csvField } from '../claims/reporters/csv.ts';

export function toCsv(rows: string[][], bom = true): string {
  return (bom ? '\uFEFF' : '') + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
