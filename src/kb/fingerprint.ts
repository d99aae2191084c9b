/**
 * A fingerprint of the code and data that turn a file into a document. A cached document is
 * reused only when its file and this fingerprint are unchanged, so improving a reader or the
 * segmenter rebuilds every document without anyone bumping a version by hand.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const INPUTS = ['ingest', 'src/model', 'rules/model'];

export function modelFingerprint(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!entry.name.endsWith('.test.ts')) hash.update(path.relative(root, full)).update(readFileSync(full));
    }
  };
  for (const input of INPUTS) walk(path.join(root, input));
  return hash.digest('hex').slice(0, 16);
}
