/** Command-line contract tests (run by tests/contracts/cli.test.ts): every subcommand's usage and exit codes, `seckb diff` and `seckb align`. */
import { beforeAll, describe, expect, it } from 'vitest';
import { schemaErrors, type KbDocument } from '../harness.ts';
import { COMMANDS, docBySource, parseJson, SRC, start, started } from './context.ts';

export function usageAndPairTests(): void {
  describe('every subcommand', () => {
    const runs = new Map<string, { code: number | null; stdout: string; stderr: string }>();
    const calls = [...COMMANDS.flatMap((c) => [[c, '--help'], [c, '--no-such-flag']]), ['no-such-command']];
    for (const args of calls) start(args.join(' '), args);
    beforeAll(async () => {
      for (const args of calls) runs.set(args.join(' '), await started(args.join(' ')));
    });

    it.each(COMMANDS)('%s --help: usage on stdout, exit 0', (name) => {
      const r = runs.get(`${name} --help`)!;
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^usage: seckb ${name}\\b`, 'm'));
    });

    it.each(COMMANDS)('%s with a bad flag: exit 2, a usage line on stderr, nothing on stdout', (name) => {
      const r = runs.get(`${name} --no-such-flag`)!;
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^usage: seckb ${name}\\b`, 'm'));
      expect(r.stdout).toBe('');
    });

    it('an unknown subcommand exits 2', () => {
      const r = runs.get('no-such-command')!;
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/usage: seckb/);
    });
  });

  describe('seckb diff', () => {
    const oldFile = `${SRC}/plantwise-security-2025.txt`;
    const newFile = `${SRC}/plantwise-security-2026.md`;
    start('diff', ['diff', oldFile, newFile, '--format', 'json']);

    it('--format json is exactly {added, removed, changed:[{attribute, qualifiers, old, new}]} with claims from the right side', async () => {
      const r = await started('diff');
      expect(r.code, r.stderr).toBe(0);
      const out = parseJson(r.stdout, 'diff') as {
        added: Array<{ documentId: string; start: number; end: number; quote: string }>;
        removed: Array<{ documentId: string; start: number; end: number; quote: string }>;
        changed: Array<{ attribute: string; old: { attribute: string; documentId: string; start: number; end: number; quote: string }; new: { attribute: string; documentId: string; start: number; end: number; quote: string } }>;
      };
      expect(schemaErrors('diff-output', out)).toEqual([]);
      const oldDoc = docBySource(oldFile);
      const newDoc = docBySource(newFile);
      expect(out.added.length + out.removed.length + out.changed.length).toBeGreaterThan(0);
      const quoteIn = (doc: KbDocument, c: { start: number; end: number; quote: string }) => doc.text.slice(c.start, c.end) === c.quote;
      for (const c of out.added) expect(quoteIn(newDoc, c), c.quote).toBe(true);
      for (const c of out.removed) expect(quoteIn(oldDoc, c), c.quote).toBe(true);
      for (const ch of out.changed) {
        expect([ch.old.attribute, ch.new.attribute]).toEqual([ch.attribute, ch.attribute]);
        expect(quoteIn(oldDoc, ch.old) && quoteIn(newDoc, ch.new), ch.attribute).toBe(true);
      }
    });
  });

  describe('seckb align', () => {
    const source = `${SRC}/serwisix-bezpieczenstwo-pl.md`;
    const target = `./${SRC}/serwisix-security-en.docx`;
    start('align', ['align', source, target, '--format', 'json']);

    it('--format json: {source:{file,lang}, target:{file,lang}, pairs} with exact texts, empty sides and the 5 flag kinds', async () => {
      const r = await started('align');
      expect(r.code, r.stderr).toBe(0);
      const out = parseJson(r.stdout, 'align') as {
        source: { file: string; lang: string };
        target: { file: string; lang: string };
        pairs: Array<{ source: { start: number; end: number; text: string }; target: { start: number; end: number; text: string }; flags: Array<{ kind: string }> }>;
      };
      expect(schemaErrors('align-output', out)).toEqual([]);
      expect([out.source.file, out.source.lang, out.target.file, out.target.lang]).toEqual([source, 'pl', target, 'en']);
      const sDoc = docBySource(source);
      const tDoc = docBySource(target);
      const problems: string[] = [];
      out.pairs.forEach((p, i) => {
        for (const [side, doc] of [[p.source, sDoc], [p.target, tDoc]] as const) {
          if (side.start === side.end ? side.text !== '' : doc.text.slice(side.start, side.end) !== side.text) problems.push(`pairs[${i}]: ${JSON.stringify(side)}`);
        }
        if (p.source.text === '' && p.target.text === '') problems.push(`pairs[${i}]: both sides empty`);
      });
      expect(problems).toEqual([]);
      expect(out.pairs.some((p) => p.source.text === '' || p.target.text === ''), 'the pair has passages missing on one side').toBe(true);
      const kinds = new Set(out.pairs.flatMap((p) => p.flags.map((f) => f.kind)));
      expect(kinds.size).toBeGreaterThan(0);
    });
  });
}
