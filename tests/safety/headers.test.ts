/** The deployment headers (public/_headers) carry the page CSP plus what only a header can say. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP } from '../../src/site/page.ts';
import { projectRoot } from '../helpers/seeds.ts';

function headers(): Record<string, string> {
  const lines = readFileSync(path.join(projectRoot, 'public/_headers'), 'utf8').split('\n');
  const start = lines.indexOf('/*');
  expect(start).toBeGreaterThanOrEqual(0);
  const out: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    const m = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (m) out[m[1]!] = m[2]!;
  }
  return out;
}

describe('public/_headers', () => {
  it('sets the page CSP with frame-ancestors, nosniff and a referrer policy for every path', () => {
    const h = headers();
    expect(h['Content-Security-Policy']).toBe(`${CSP}; frame-ancestors 'none'`);
    expect(h['X-Content-Type-Options']).toBe('nosniff');
    expect(h['Referrer-Policy']).toBe('no-referrer');
  });
});
