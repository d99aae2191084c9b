/**
 * Peak resident memory of `seckb ingest` over compression bombs (tests/hostile/bombs.ts): a PDF
 * whose page content inflates to 400 MB (behind FlateDecode, which the PDF guard measures, and
 * behind ASCIIHex + FlateDecode, which only the pool's resident watchdog stops), and a .docx and an .xlsx that inflate to 190 MB (under
 * the 200 MB zip limit, so the zip guard lets them through) and to 1 GB (over it). Each bomb is
 * ingested alone beside one good document, in a fresh process under GNU time (peak RSS is the
 * largest process: the pool's worker).
 *
 *   npx tsx bench/bombs.ts [--baseline <another checkout with lib/ built>]
 *
 * Prints one row per bomb: peak RSS, wall, and what the manifest says of the bomb and of the good file.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { docxBomb, pdfBomb, xlsxBomb } from '../tests/hostile/bombs.ts';
import { measure } from './measure.ts';

const MB = 1024 * 1024;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const at = process.argv.indexOf('--baseline');
const checkouts = [['this', root], ...(at > 0 ? [['baseline', path.resolve(process.argv[at + 1]!)]] : [])] as const;

const bombs: Array<[string, () => Buffer]> = [
  ['bomb.pdf', () => pdfBomb(400 * MB)],
  ['hex-bomb.pdf', () => pdfBomb(400 * MB, { hex: true })],
  ['bomb.docx', () => docxBomb(190 * MB)],
  ['bomb.xlsx', () => xlsxBomb(190 * MB)],
  ['big-bomb.docx', () => docxBomb(1024 * MB)],
];

const work = mkdtempSync(path.join(tmpdir(), 'seckb-bench-bombs-'));
try {
  console.log('| checkout | bomb | file size | peak RSS | wall | bomb outcome | good file |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [name, make] of bombs) {
    const docs = path.join(work, name.replace(/\W/g, '-'));
    mkdirSync(docs);
    const bytes = make();
    writeFileSync(path.join(docs, name), bytes);
    writeFileSync(path.join(docs, 'good.md'), '# Security\n\nBackups are kept for 30 days in Azure West Europe.\n');
    for (const [label, dir] of checkouts) {
      const out = path.join(work, `kb-${label}`);
      rmSync(out, { recursive: true, force: true });
      const run = measure([process.execPath, path.join(dir, 'bin/seckb.js'), 'ingest', docs, '--out', out], {}, [0, 1], dir);
      const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as { documents: Array<{ source: string; status: string; error?: string }> };
      const entry = (file: string) => manifest.documents.find((d) => d.source.endsWith(file));
      const bomb = entry(name);
      console.log(`| ${label} | ${name} | ${Math.round(bytes.length / 1024)} KB | ${Math.round(run.rssMb)} MiB | ${run.wallS.toFixed(1)} s | ${bomb?.status}${bomb?.error ? `: ${bomb.error}` : ''} | ${entry('good.md')?.status} |`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
