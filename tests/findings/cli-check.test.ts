/** `seckb check` end to end (Vale's golden feature tests): exact output, exit codes, silencing, user rules. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seckb } from '../helpers/cli.ts';

const dir = 'tests/findings/fixtures/cli';
const golden = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/cli', name), 'utf8');
const FILES = [`${dir}/draft-en.md`, `${dir}/draft-pl.txt`, '--today', '2025-06-01'];

describe('seckb check', () => {
  it('text output matches the golden file and exits 1 on errors', () => {
    const r = seckb(['check', ...FILES]);
    expect(r.stdout).toBe(golden('expected.txt'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('files checked: 2');
  });
  it('json output matches the golden file', () => {
    const r = seckb(['check', ...FILES, '--format', 'json']);
    expect(r.stdout).toBe(golden('expected.json'));
    const parsed = JSON.parse(r.stdout);
    expect(parsed[0].file).toBe(`${dir}/draft-en.md`);
  });
  it('messages follow --locale', () => {
    const r = seckb(['check', ...FILES, '--locale', 'pl']);
    expect(r.stdout).toBe(golden('expected-pl.txt'));
    expect(r.stdout).not.toBe(golden('expected.txt'));
  });
  it('sarif output parses and names the tool', () => {
    const r = seckb(['check', ...FILES, '--format', 'sarif']);
    expect(JSON.parse(r.stdout).runs[0].tool.driver.name).toBe('seckb');
  });
  it('a clean file exits 0', () => {
    const r = seckb(['check', 'tests/findings/fixtures/clean/clean-en.md', '--today', '2025-06-01']);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
  });
  it('an unreadable file gets one stderr line and the rest is still checked', () => {
    const r = seckb(['check', `${dir}/missing.md`, 'tests/findings/fixtures/clean/clean-en.md', '--today', '2025-06-01']);
    expect(r.stderr.split('\n').filter((l) => l.includes('missing.md'))).toHaveLength(1);
    expect(r.code).toBe(1);
    expect(seckb(['check', `${dir}/missing.md`]).code).toBe(2);
  });
  it('applies the .seckb-ignore sidecar', () => {
    const r = seckb(['check', `${dir}/ignored.md`, '--today', '2025-06-01', '--format', 'json']);
    const findings = JSON.parse(r.stdout)[0].findings as Array<{ kind: string; rule: string }>;
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.filter((f) => f.kind === 'placeholder' || f.rule === 'repeated-name')).toEqual([]);
  });
  it('bad calls exit 2', () => {
    expect(seckb(['check']).code).toBe(2);
    expect(seckb(['check', ...FILES, '--format', 'xml']).code).toBe(2);
    expect(seckb(['check', ...FILES, '--locale', 'de']).code).toBe(2);
    expect(seckb(['check', ...FILES, '--max-age-years', '-1']).code).toBe(2);
    const bad = seckb(['check', ...FILES, '--rules', `${dir}/bad-rules.json`]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`${dir}/bad-rules.json: entry 1: tokens empty`);
    expect(bad.stdout).toBe('');
  });
});
