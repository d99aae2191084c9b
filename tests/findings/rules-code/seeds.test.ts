/** The structure rules and the contradiction rule on the real seed papers. */
import { beforeAll, expect, it } from 'vitest';
import path from 'node:path';
import { loadDocument } from '../../../ingest/load.ts';
import { extractClaims } from '../../../src/claims/extract.ts';
import { CODE_RULES } from '../../../src/findings/code-rules.ts';
import type { SeckbDocument } from '../../../src/model/types.ts';
import { describeSeeds, seedFiles } from '../../helpers/seeds.ts';
import { runRule, type Hit } from './helpers.ts';

type Hits = Array<Hit & { rule: string }>;

function runAll(doc: SeckbDocument): Hits {
  const claims = extractClaims(doc);
  return CODE_RULES.flatMap((r) => runRule(r, doc, { claims }).map((h) => ({ ...h, rule: r.id })));
}

describeSeeds('structure rules on the seeds', () => {
  const hits = new Map<string, Hits>();
  beforeAll(async () => {
    for (const f of seedFiles()) hits.set(path.basename(f).slice(0, 3), runAll(await loadDocument(f)));
  });
  const of = (seed: string, rule: string) => hits.get(seed)!.filter((h) => h.rule === rule).map((h) => h.excerpt);

  it('004: the TOC gap (9. Privacy has no entry), the stray quote and the export contradiction', () => {
    expect(of('004', 'toc-missing-entry')).toEqual(['9. Privacy']);
    expect(of('004', 'toc-missing-heading')).toEqual([]);
    expect(of('004', 'toc-renumbered')).toEqual([]);
    expect(of('004', 'unbalanced-quote')).toEqual(['”']);
    const contradiction = hits.get('004')!.filter((h) => h.rule === 'contradiction');
    expect(contradiction.map((h) => h.params?.attribute)).toContain('data.export.self_service');
    const exportHit = contradiction.find((h) => h.params?.attribute === 'data.export.self_service')!;
    expect(exportHit.excerpt).toMatch(/cannot perform their own data extraction/);
    expect(exportHit.related?.[0].excerpt).toMatch(/can be exported .* via the web interface/);
  });

  it('002: the stale date and the joined words', () => {
    expect(of('002', 'stale-document')).toEqual(['Last updated: 01.06.2021']);
    expect(of('002', 'joined-words')).toEqual(['FrankfurtData', 'FrankfurtData']);
    expect(of('002', 'toc-missing-heading')).toEqual([]);
  });

  it('000: the missing figures and the sentence cut by a paragraph break', () => {
    expect(of('000', 'missing-figure')).toEqual(['Fig 1. MaintMaster network diagram', 'Fig 2. MaintMaster deployment diagram']);
    expect(of('000', 'split-across-paragraph')).toHaveLength(1);
  });

  it('003 (Polish): a consistent TOC gives no TOC finding; nothing untranslated', () => {
    for (const rule of ['toc-missing-entry', 'toc-missing-heading', 'toc-renumbered', 'untranslated-segment', 'unbalanced-quote', 'joined-words']) {
      expect(of('003', rule), rule).toEqual([]);
    }
  });
});
