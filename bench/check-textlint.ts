/**
 * `seckb check` on a 50-page .docx vs textlint (rule no-todo) on the same text as markdown: CPU
 * time and throughput (characters of text per CPU second), each in a fresh process, side by
 * side, medians. Part of `npm run bench` (bench/scale.ts); alone: `npx tsx bench/check-textlint.ts`.
 *
 * textlint is not a dependency of seckb: it is installed once, at pinned versions, into
 * bench/output/textlint (git-ignored) the first time this runs. As a devDependency it would add
 * its whole tree (textlint 15 brings an MCP server SDK) to every `npm ci` for one bench row.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDocument } from '../ingest/load.ts';
import { writeCorpus } from './ingest-corpus.ts';
import { measure, median, type Run } from './measure.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TEXTLINT_DIR = path.join(root, 'bench/output/textlint');
const TEXTLINT = ['textlint@15.8.0', 'textlint-rule-no-todo@2.0.1'];
/** ~500 words a page. */
const WORDS_PER_PAGE = 500;

export function textlintBin(): string {
  const bin = path.join(TEXTLINT_DIR, 'node_modules/textlint/bin/textlint.js');
  if (!existsSync(bin)) {
    mkdirSync(TEXTLINT_DIR, { recursive: true });
    writeFileSync(path.join(TEXTLINT_DIR, 'package.json'), '{"private": true}\n');
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', ...TEXTLINT], { cwd: TEXTLINT_DIR, stdio: 'inherit' });
  }
  return bin;
}

/** A .docx of about `pages` pages (the bench corpus' paper with more filler per section) and its text as .md. */
export async function makeDocument(work: string, pages: number): Promise<{ docx: string; md: string; chars: number; words: number }> {
  const dir = path.join(work, `docx-${pages}`);
  // Document 3 of the corpus is a .docx; padding sets the filler sentences per section.
  let padding = 40;
  for (;;) {
    const files = await writeCorpus(dir, 4, padding);
    const docx = files.find((f) => f.format === 'docx')!.file;
    const doc = await loadDocument(docx);
    const words = doc.text.split(/\s+/).filter(Boolean).length;
    if (words >= pages * WORDS_PER_PAGE) {
      const md = path.join(work, 'same-text.md');
      const headings = new Set(doc.sections.map((s) => s.start));
      // Headings become markdown headings so textlint parses the same structure.
      const lines = doc.text.split('\n');
      let offset = 0;
      const out = lines.map((line) => {
        const text = headings.has(offset) ? `## ${line}` : line;
        offset += line.length + 1;
        return text;
      });
      writeFileSync(md, `${out.join('\n\n')}\n`);
      return { docx, md, chars: doc.text.length, words };
    }
    padding = Math.ceil((padding * pages * WORDS_PER_PAGE) / words) + 1;
  }
}

export async function checkVsTextlint(work: string, rounds: number, log: (s: string) => void): Promise<void> {
  const textlint = textlintBin();
  const { docx, md, chars, words } = await makeDocument(work, 50);
  const bin = path.join(root, 'bin/seckb.js');
  const seckb: Run[] = [];
  const plain: Run[] = [];
  const lint: Run[] = [];
  for (let r = 0; r < rounds; r++) {
    const pair = [
      () => seckb.push(measure(['node', bin, 'check', docx, '--format', 'json'], {}, [0, 1])),
      () => plain.push(measure(['node', bin, 'check', docx, '--format', 'json'], { SECKB_NO_SNAPSHOT: '1' }, [0, 1])),
      () => lint.push(measure(['node', textlint, '--no-textlintrc', '--rule', 'no-todo', '--format', 'json', md], {}, [0, 1], TEXTLINT_DIR)),
    ];
    for (const run of r % 2 ? pair.reverse() : pair) run();
  }
  const m = (rs: Run[], k: keyof Run) => median(rs.map((x) => x[k] as number));
  const throughput = (rs: Run[]) => chars / 1000 / m(rs, 'cpuS');
  log('');
  log(`| 50-page document (${words.toLocaleString('en')} words, ${(chars / 1024).toFixed(0)} KB of text) | wall | CPU | peak RSS | throughput (K chars per CPU s) |`);
  log('|---|---:|---:|---:|---:|');
  log(`| seckb check, .docx | ${m(seckb, 'wallS').toFixed(2)} s | ${m(seckb, 'cpuS').toFixed(2)} s | ${m(seckb, 'rssMb').toFixed(0)} MiB | ${throughput(seckb).toFixed(0)} |`);
  log(`| seckb check, .docx, no worker snapshot | ${m(plain, 'wallS').toFixed(2)} s | ${m(plain, 'cpuS').toFixed(2)} s | ${m(plain, 'rssMb').toFixed(0)} MiB | ${throughput(plain).toFixed(0)} |`);
  log(`| textlint --rule no-todo, same text as .md | ${m(lint, 'wallS').toFixed(2)} s | ${m(lint, 'cpuS').toFixed(2)} s | ${m(lint, 'rssMb').toFixed(0)} MiB | ${throughput(lint).toFixed(0)} |`);
  log(`| ratio seckb / textlint (CPU) | | ${(m(seckb, 'cpuS') / m(lint, 'cpuS')).toFixed(2)}x | | ${(throughput(seckb) / throughput(lint)).toFixed(2)}x throughput |`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const work = path.join(root, 'bench/output/check-textlint');
  mkdirSync(work, { recursive: true });
  await checkVsTextlint(work, 3, (s) => process.stdout.write(`${s}\n`));
}
