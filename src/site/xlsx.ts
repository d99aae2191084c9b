/**
 * The comparison workbook of the site: the claims module's xlsx reporter (the same workbook as
 * `seckb compare --format xlsx`), re-zipped with fixed entry times so the same KB gives the same
 * bytes. Build time, Node.
 */
import { unzipSync, zipSync } from 'fflate';
import { buildComparison } from '../claims/compare.ts';
import { formatXlsx } from '../claims/reporters/xlsx.ts';
import type { Claim } from '../claims/types.ts';
import type { Locale } from '../i18n/index.ts';
import type { SeckbDocument } from '../model/types.ts';

const FIXED = new Date(Date.UTC(2000, 0, 1));

export async function comparisonXlsx(documents: SeckbDocument[], claims: Claim[], locale: Locale): Promise<Uint8Array> {
  const raw = await formatXlsx(buildComparison(documents, claims), locale);
  const files = unzipSync(raw);
  // Entry order as exceljs wrote it ([Content_Types].xml first).
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, [v, { mtime: FIXED }]])), { level: 6 });
}
