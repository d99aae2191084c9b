/** Rule data is validated at load: bad data names the file and the entry (style.md "Errors"). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileRuleFile, userRuleFile } from '../../src/findings/load-rules.ts';
import { RuleDataError } from '../../src/findings/rule-data.ts';
import { BUILTIN_RULE_FILES } from '../../src/findings/rules-index.ts';
import { FINDING_KINDS } from '../../src/findings/types.ts';
import { projectRoot } from '../helpers/seeds.ts';
import en from '../../locales/en/findings.json' with { type: 'json' };
import pl from '../../locales/pl/findings.json' with { type: 'json' };

const good = { id: 'x-rule', kind: 'placeholder', matcher: 'phrase', severity: 'error', messageKey: 'findings.x', tokens: ['foo'] };

function errorOf(entries: unknown[], file = 'rules/pl/placeholder.json'): string {
  try {
    compileRuleFile({ path: file, lang: 'pl', entries });
  } catch (error) {
    expect(error).toBeInstanceOf(RuleDataError);
    return (error as Error).message;
  }
  throw new Error('expected a RuleDataError');
}

describe('rule data validation', () => {
  it('names file and 1-based entry', () => {
    expect(errorOf([good, { ...good, id: 'x2' }, { ...good, id: 'y', tokens: [] }])).toBe('rules/pl/placeholder.json: entry 3: tokens empty');
  });
  it.each([
    [{ ...good, kind: 'typo' }, 'kind "typo" is not a finding kind'],
    [{ ...good, matcher: 'regex' }, 'matcher "regex"'],
    [{ ...good, severity: 'fatal' }, 'severity "fatal"'],
    [{ ...good, id: 'Bad Id' }, 'kebab-case'],
    [{ ...good, pattren: 'x' }, 'unknown field "pattren"'],
    [{ ...good, matcher: 'pattern', tokens: undefined, pattern: '(' }, 'pattern does not compile'],
    [{ ...good, matcher: 'pattern', pattern: 'a', group: 2 }, 'group 2 but the pattern has 0'],
    [{ ...good, scope: 'page' }, 'scope "page"'],
    [{ ...good, formats: ['doc'] }, 'formats must list'],
    [{ ...good, exceptions: [{ text: 'x' }] }, 'exceptions[0] needs a why'],
    [{ ...good, exceptions: [{ text: 'x', before: '(', why: 'y' }] }, 'exceptions[0] before does not compile'],
    [{ ...good, exceptions: [{ text: 'x', reach: 500, why: 'y' }] }, 'exceptions[0] reach must be an integer from 1 to 200'],
    [{ ...good, matcher: 'script', scripts: ['Cyrillic'], lookalikes: 'a' }, 'lookalike "a" is not in Cyrillic'],
    [{ ...good, matcher: 'repeat', mode: 'name' }, 'joiners empty'],
    [{ ...good, examples: { invalid: 'x' } }, 'examples must be'],
  ])('rejects %j', (entry, problem) => {
    const message = errorOf([entry]);
    expect(message.startsWith('rules/pl/placeholder.json: entry 1: ')).toBe(true);
    expect(message).toContain(problem);
  });
  it('rejects duplicate ids and a file that is not an array', () => {
    expect(errorOf([good, good])).toContain('entry 2: duplicate id');
    expect(() => compileRuleFile(userRuleFile('mine.json', { rules: [] }))).toThrow('mine.json: not an array');
  });
  it('lets an exception see as far as its reach', () => {
    const entry = { ...good, tokens: ['[x]'], exceptions: [{ text: '[x]', before: 'type: "', reach: 40, why: 'a field the reader types' }] };
    const [rule] = compileRuleFile({ path: 'rules/en/placeholder.json', lang: 'en', entries: [entry] });
    const near = 'Then type: "request [x]".';
    const far = 'Then type: "a request for the removal of [x]".';
    expect(rule.match(near)).toEqual([]);
    expect(rule.match(far)).toEqual([]);
    const [short] = compileRuleFile({ path: 'rules/en/placeholder.json', lang: 'en', entries: [{ ...entry, exceptions: [{ ...entry.exceptions[0], reach: undefined }] }] });
    expect(short.match(far)).toHaveLength(1);
  });
  it('compiles the built-in rules', () => {
    const rules = BUILTIN_RULE_FILES.flatMap((f) => compileRuleFile(f));
    expect(rules.length).toBeGreaterThan(30);
    for (const r of rules) expect(FINDING_KINDS).toContain(r.kind);
  });
});

describe('rules index and messages', () => {
  it('lists every rule file (JSON array) of rules/common, rules/en and rules/pl', () => {
    const onDisk = ['common', 'en', 'pl'].flatMap((lang) =>
      readdirSync(path.join(projectRoot, 'rules', lang))
        .filter((f) => f.endsWith('.json'))
        .map((f) => `rules/${lang}/${f}`)
        .filter((f) => Array.isArray(JSON.parse(readFileSync(path.join(projectRoot, f), 'utf8')))),
    );
    expect(BUILTIN_RULE_FILES.map((f) => f.path).sort()).toEqual(onDisk.sort());
  });
  it('every messageKey and kind description exists in en and pl', () => {
    const keys = BUILTIN_RULE_FILES.flatMap((f) => (f.entries as Array<{ messageKey: string }>).map((e) => e.messageKey));
    for (const kind of FINDING_KINDS) keys.push(`findings.kind.${kind}`, `findings.help.${kind}`);
    for (const key of keys) {
      expect(en, key).toHaveProperty([key]);
      expect(pl, key).toHaveProperty([key]);
    }
  });
});
