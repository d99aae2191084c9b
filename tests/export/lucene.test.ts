/**
 * The OpenSearch export's analysis through Lucene itself (the library OpenSearch runs): the Polish
 * pattern_replace stemmer and Snowball English give seckb's stems, and the glossary rules expand a
 * stemmed query. Needs a JDK and Debian's Lucene 8 jars (`apt-get install liblucene8-java`);
 * skipped with that reason otherwise. No engine server is needed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSearchAnalysis } from '../../src/export/opensearch.ts';
import { isStopword, words } from '../../src/search/analyzer.ts';
import { fold } from '../../src/search/fold.ts';
import { porter2 } from '../../src/search/porter2.ts';
import { stemPl } from '../../src/search/stem-pl.ts';
import { fixtureDocuments } from './kb-fixture.ts';

const JARS = '/usr/share/java';
const jars = existsSync(JARS) ? readdirSync(JARS).filter((f) => /^lucene-(core|analyzers-common)-8[\d.]*\.jar$/.test(f)).map((f) => path.join(JARS, f)) : [];
const hasJdk = spawnSync('javac', ['-version']).status === 0;
const reason = !hasJdk ? 'no JDK (javac)' : jars.length < 2 ? 'no Lucene 8 jars (apt-get install liblucene8-java)' : '';

(reason ? describe.skip : describe)(`OpenSearch analysis through Lucene${reason ? ` (skipped: ${reason})` : ''}`, () => {
  it('stems every fixture word as seckb does, and expands a stemmed query by the glossary', () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'seckb-lucene-'));
    const filter = openSearchAnalysis().filter as Record<string, { pattern?: string; replacement?: string; stopwords?: string[]; synonyms?: string[] }>;
    writeFileSync(path.join(work, 'pattern.txt'), filter.seckb_pl_stem!.pattern!);
    writeFileSync(path.join(work, 'replacement.txt'), filter.seckb_pl_stem!.replacement!);
    writeFileSync(path.join(work, 'stop.txt'), filter.seckb_stop!.stopwords!.join('\n') + '\n');
    writeFileSync(path.join(work, 'synonyms.txt'), filter.seckb_glossary!.synonyms!.join('\n') + '\n');
    const classpath = [work, ...jars].join(':');
    execFileSync('javac', ['-cp', classpath, '-d', work, path.join(import.meta.dirname, 'lucene/Check.java')]);
    const vocabulary = [...new Set(fixtureDocuments().flatMap((d) => words(d.text).map((w) => w.text.toLowerCase())))]
      .filter((w) => /^\p{L}+$/u.test(w) && !isStopword(w) && !isStopword(fold(w)))
      .sort();
    const queries = ['kopie zapasowe', 'szyfrowanie danych'];
    const out = execFileSync('java', ['-cp', classpath, 'Check', work], { input: [...vocabulary, ...queries].join('\n') + '\n', encoding: 'utf8' });
    const rows = out.trimEnd().split('\n').map((line) => line.split('\t'));
    expect(vocabulary.length).toBeGreaterThan(50);
    vocabulary.forEach((word, i) => {
      expect(rows[i]![0], `pl ${word}`).toBe(fold(stemPl(word)));
      expect(rows[i]![1], `en ${word}`).toBe(fold(porter2(word)));
    });
    const expanded = (i: number) => rows[vocabulary.length + i]![2]!.split(' ');
    expect(expanded(0)).toEqual(expect.arrayContaining(['kop', 'zapas', 'backup']));
    expect(expanded(1)).toEqual(expect.arrayContaining(['szyfr', 'encryption']));
  });
});
