/** RFC 4180 CSV (CRLF, quotes doubled), UTF-8 with BOM so Excel reads Polish letters. Browser-safe. */
export function toCsv(rows: string[][], bom = true): string {
  const cell = (s: string): string => (/[",\r\n;]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return (bom ? '\uFEFF' : '') + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
