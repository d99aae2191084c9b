/**
 * No catastrophic backtracking (issue 13, fuzz): every regular expression the pipeline runs
 * (model, claims, findings, search analyzer, alignment; literals and rule data alike) is
 * collected while the sample corpus goes through it, then run over adversarial strings (long
 * runs of one letter, of spaces, of punctuation, repeated phrases) within a time bound per call.
 * Found: the chat-user-prompt rule's lookbehind (rules/common/chat-tokens.json) took 15 s on a
 * run of 300 spaces (polynomial backtracking); a run of spaces is common in PDF text exports.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../../ingest/load.ts';
import { alignDocuments } from '../../src/align/align.ts';
import { extractClaims } from '../../src/claims/extract.ts';
import { documentFindings } from '../../src/findings/document-findings.ts';
import { documentFromText } from '../../src/model/from-text.ts';
import type { SeckbDocument } from '../../src/model/types.ts';
import { buildSearchIndexes } from '../../src/search/build.ts';
import { loadSearch } from '../../src/search/query.ts';
import { projectRoot } from '../helpers/seeds.ts';
import { FUZZ_TIMEOUT, RUNS } from './arbitraries.ts';

const FULL = RUNS > 100;
/**
 * Linear regexes scan 100 KB in a few ms; a quadratic one takes seconds, a worse one forever.
 * `npm test` scans 1 KB strings (catches the cubic and exponential kinds; the one this test
 * found took 15 s on 300 spaces), `npm run fuzz` 100 KB ones (catches the quadratic kind too).
 * The bound is loose because test machines are shared.
 */
const LENGTH = FULL ? 100_000 : 1_000;
const BOUND_MS = FULL ? 3_000 : 1_500;
const QUICK_INPUTS = ['letters', 'spaces', 'newlines', 'words', 'dots', 'sentence', 'polish'];

function adversarial(n: number): Record<string, string> {
  const fill = (unit: string) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  return {
    letters: fill('a'), upper: fill('A'), polish: fill('ą'), digits: fill('1'), spaces: fill(' '), tabs: fill('\t'),
    newlines: fill('\n'), dots: fill('.'), dashes: fill('-'), brackets: fill('['), pipes: fill('|'), hashes: fill('#'),
    stars: fill('*'), words: fill('a '), wordsDots: fill('a. '), mixedCase: fill('aA'), digitsDots: fill('1.'),
    sentence: fill('Backups are kept for 30 days and '), polishSentence: fill('kopie zapasowe przechowujemy przez 30 dni oraz '),
    abbreviations: fill('e.g. np. Inc. '), table: fill('| a '), url: fill('http://a/'), noEnd: fill('aaaa ') + '!',
  };
}

/** Every regex executed while `run` runs (the String methods go through RegExp.prototype.exec). */
async function collectRegexes(run: () => Promise<void>): Promise<Map<string, RegExp>> {
  const seen = new Map<string, RegExp>();
  const original = RegExp.prototype.exec;
  let inside = false; // the bookkeeping below runs regexes too
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    if (!inside) {
      inside = true;
      const key = `/${this.source}/${this.flags}`;
      if (!seen.has(key)) seen.set(key, new RegExp(this.source, [...this.flags].filter((f) => f !== 'g' && f !== 'y').join('') + 'g'));
      inside = false;
    }
    return original.call(this, s);
  };
  try {
    await run();
  } finally {
    RegExp.prototype.exec = original;
  }
  return seen;
}

describe('regular expressions on adversarial strings', () => {
  let regexes: Map<string, RegExp>;
  beforeAll(async () => {
    const sources = path.join(projectRoot, 'content/sources');
    regexes = await collectRegexes(async () => {
      const docs: SeckbDocument[] = [];
      for (const name of readdirSync(sources).sort()) {
        if (/\.(md|txt|html|docx)$/.test(name)) docs.push(await loadDocument(path.join(sources, name)));
      }
      docs.push(documentFromText('# Kopie\n\n| a | b |\n|---|---|\n| [Insert date] | TODO |\n\nAs an AI language model, I think.\n'));
      for (const doc of docs) {
        const claims = extractClaims(doc);
        for (const locale of ['en', 'pl'] as const) documentFindings(doc, { claims, locale, now: new Date(Date.UTC(2026, 0, 1)) });
      }
      const pl = docs.find((d) => d.language === 'pl');
      const en = docs.find((d) => d.language === 'en');
      if (pl && en) alignDocuments(pl, en);
      const engine = await loadSearch(buildSearchIndexes(docs));
        engine.search('kopie zapasowe backup encryption');
    });
  }, FUZZ_TIMEOUT);

  it('every regex the pipeline runs scans each adversarial string within the bound', async () => {
    expect(regexes.size).toBeGreaterThan(100);
    const all = adversarial(LENGTH);
    const inputs = FULL ? all : Object.fromEntries(QUICK_INPUTS.map((name) => [name, all[name]!]));
    const slow = await scanInWorker([...regexes.values()].map((r) => ({ source: r.source, flags: r.flags })), inputs);
    expect(slow).toEqual([]);
  }, FUZZ_TIMEOUT * 3);
});

/**
 * Runs every regex over every input in a worker thread, so a catastrophic one (which never
 * returns) can be stopped: no word from the worker within the bound means that pair is slow,
 * and a fresh worker goes on with the next pair.
 */
async function scanInWorker(list: Array<{ source: string; flags: string }>, inputs: Record<string, string>): Promise<string[]> {
  const names = Object.keys(inputs);
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const { list, inputs, names, from } = workerData;
    for (let k = from; k < list.length * names.length; k++) {
      const re = new RegExp(list[Math.floor(k / names.length)].source, list[Math.floor(k / names.length)].flags);
      parentPort.postMessage({ k, phase: 'start' });
      const started = performance.now();
      inputs[names[k % names.length]].match(re);
      parentPort.postMessage({ k, phase: 'end', ms: performance.now() - started });
    }
    parentPort.postMessage({ phase: 'done' });`;
  const slow: string[] = [];
  const label = (k: number, ms: string) => `/${list[Math.floor(k / names.length)]!.source.slice(0, 160)}/${list[Math.floor(k / names.length)]!.flags} on ${names[k % names.length]}: ${ms}`;
  let from = 0;
  while (from < list.length * names.length) {
    from = await new Promise<number>((resolve, reject) => {
      const worker = new Worker(code, { eval: true, workerData: { list, inputs, names, from } });
      let current = from;
      let timer: NodeJS.Timeout | undefined;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          slow.push(label(current, `over ${BOUND_MS * 5} ms, stopped`));
          void worker.terminate();
          resolve(current + 1);
        }, BOUND_MS * 5);
      };
      arm();
      worker.on('message', (m: { k: number; phase: string; ms?: number }) => {
        if (m.phase === 'done') {
          clearTimeout(timer);
          void worker.terminate();
          resolve(list.length * names.length);
          return;
        }
        current = m.k;
        if (m.phase === 'end' && m.ms! > BOUND_MS) slow.push(label(m.k, `${Math.round(m.ms!)} ms`));
        arm();
      });
      worker.on('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
    });
  }
  return slow;
}
