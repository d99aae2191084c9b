/**
 * Node only, run at compile time (scripts/compile.mjs): analyses every term of the rule data, as
 * the claim and findings code registers them, so lib/ can look them up (term-analysis.ts). Makes
 * every concept, number pattern and table of both lexicons, loads every findings rule, and runs
 * the whole pipeline over the sample corpus' text documents for the lists code builds lazily.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import en from '../../rules/claims/en.json' with { type: 'json' };
import pl from '../../rules/claims/pl.json' with { type: 'json' };
import { readFile, resolveLimits } from '../../ingest/read.ts';
import { COMMON } from '../claims/common.ts';
import { lexiconFor } from '../claims/lexicon.ts';
import { Table } from '../claims/terms.ts';
import { numberRegexes } from '../claims/values/number.ts';
import { loadRules } from '../findings/engine.ts';
import { documentFindings } from '../findings/document-findings.ts';
import { buildDocument } from '../model/build.ts';
import type { Clauses } from './literals.ts';
import { analysedTerms } from './term-analysis.ts';

/**
 * Makes every concept, negation list and number pattern of both lexicons, every claims table and
 * every built-in findings rule: what a worker would make lazily (the worker snapshot makes them
 * ahead too, ingest/worker-snapshot.ts).
 */
export function makeRuleData(): void {
  for (const [lang, data] of [['en', en], ['pl', pl]] as const) {
    const lex = lexiconFor(lang);
    for (const name of Object.keys(data.concepts)) lex.concept(name);
    void [lex.negation, lex.modalNegation, lex.farNegation, lex.negationAfter, lex.frequencyExclusions];
    numberRegexes(lex);
  }
  const tables = [...Object.values(COMMON), ...Object.values(COMMON.tables), ...COMMON.regionNames.values(), ...COMMON.regionCities.values()];
  for (const t of tables) if (t instanceof Table) t.find('');
  loadRules();
}

/** [source, clauses] of every rule term, sorted by source. */
export async function analyseRuleTerms(root: string): Promise<Array<[string, Clauses]>> {
  makeRuleData();
  const samples = path.join(root, 'content/sources');
  for (const file of existsSync(samples) ? readdirSync(samples).filter((f) => /\.(md|txt)$/.test(f)) : []) {
    const read = await readFile(path.join(samples, file), resolveLimits({}));
    documentFindings(buildDocument(read, { id: 'sample', source: file, sha256: '' }), { now: new Date(0) });
  }
  return [...analysedTerms()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
