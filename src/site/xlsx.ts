/**
 * The comparison workbook of the site: the claims module's xlsx reporter (the same workbook as
 * `seckb compare --format xlsx`), re-zipped at zlib's level 9 with fixed entry times (zip.ts) so
 * the same KB gives the same bytes. Build time, Node.
 */
import { unzipSync } from 'fflate';
import { zipDeflated } from './zip.ts';
import { buildComparison } from '../claims/compare.ts';
import { formatXlsx } from '../claims/reporters/xlsx.ts';
import type { Claim } from '../claims/types.ts';
import type { Locale } from '../i18n/index.ts';
import type { SeckbDocument } from '../model/types.ts';

export async function comparisonXlsx(documents: SeckbDocument[], claims: Claim[], locale: Locale): Promise<Uint8Array> {
  const raw = await formatXlsx(buildComparison(documents, claims), locale);
  const files = unzipSync(raw);
  // Entry order as exceljs wrote it ([Content_Types].xml first).
  return zipDeflated(Object.entries(files));
}
