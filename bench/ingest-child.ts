/**
 * One `seckb ingest` in a fresh process, for bench/ingest.ts: runs the CLI command in-process and
 * prints one JSON line: wall time of the command (without Node/tsx start), peak RSS of the whole
 * process (worker threads included) and the main thread's heap, sampled every 2 ms plus once at
 * the end (synchronous stretches hide from the sampler, so it is a lower bound).
 *
 *   node --import tsx bench/ingest-child.ts SOURCE ... --out DIR
 */
import { command } from '../src/cli/ingest.ts';

let heapPeak = process.memoryUsage().heapUsed;
const heapStart = heapPeak;
const sample = (): void => {
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
};
const timer = setInterval(sample, 2);
const start = performance.now();
const code = await command.run(process.argv.slice(2));
const ms = performance.now() - start;
sample();
clearInterval(timer);
process.stdout.write(`${JSON.stringify({ code, ms, maxRssKb: process.resourceUsage().maxRSS, heapStart, heapPeak })}\n`);
