/**
 * RFC 4180 CSV (CRLF, quotes doubled), UTF-8 with BOM so Excel reads Polish letters. Browser-safe.
 * Quotes exactly where the claims CSV reporter does, so an export of all columns is byte-identical
 * to `seckb compare --format csv`.
 */
export function toCsv(rows: string[][], bom = true): string {
  const cell = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return (bom ? '\uFEFF' : '') + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
