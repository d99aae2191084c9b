/**
 * Held-out check: two sample-corpus documents (one Polish, one English) labelled by hand before
 * the extractor was run on them. Floors are low on purpose; the printed figures are the point.
 */
import path from 'node:path';
import { expect, it } from 'vitest';
import { loadDocument } from '../../ingest/load.ts';
import { extractClaims } from '../../src/claims/extract.ts';
import { projectRoot } from '../helpers/seeds.ts';
import labels from './heldout-labels.json' with { type: 'json' };
import { measure, type Label } from './measure.ts';

it('extracts the labelled claims of unseen sample documents', async () => {
  const runs = [];
  for (const [name, wanted] of Object.entries(labels as unknown as Record<string, Label[]>)) {
    if (name.startsWith('$')) continue;
    const doc = await loadDocument(path.join(projectRoot, 'content/sources', name));
    const claims = extractClaims(doc);
    for (const c of claims) expect(c.quote).toBe(doc.text.slice(c.start, c.end));
    runs.push({ name, claims, labels: wanted });
  }
  const m = measure(runs);
  console.log(m.report);
  expect(m.precision).toBeGreaterThan(0.7);
  expect(m.recall).toBeGreaterThan(0.6);
});
