/** The engine end to end on hand-written documents: offsets, positions, languages, silencing, determinism. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocument, ruleCatalog } from '../../src/findings/engine.ts';
import { userRuleFile } from '../../src/findings/load-rules.ts';
import { RuleDataError } from '../../src/findings/rule-data.ts';
import { inlineSilences, parseIgnoreList } from '../../src/findings/silence.ts';
import { lineColumn } from '../../src/findings/position.ts';
import type { Finding } from '../../src/findings/types.ts';
import { makeDoc } from './make-doc.ts';

const NOW = new Date('2025-06-01T00:00:00Z');
const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/clean', name), 'utf8');

function expectExact(doc: { text: string }, findings: Finding[]) {
  for (const f of findings) expect(f.excerpt).toBe(doc.text.slice(f.start, f.end));
}

const DIRTY_MD = [
  '# Acme Security',
  '',
  'ChatGPT said:',
  '',
  "Here's the polished version of the section:",
  '',
  'Data is stored in the the EU by Acme and Acme. Certificates: [Trust portal](#)',
  '',
  'The СТО approves access. TODO: confirm retention.',
  '',
  'I hope this helps!',
].join('\n');

describe('clean documents full of traps get no error', () => {
  for (const [name, format] of [
    ['clean-en.md', 'md'],
    ['clean-en.txt', 'txt'],
    ['clean-pl.md', 'md'],
    ['clean-pl.txt', 'txt'],
  ] as const) {
    it(name, () => {
      const source = fixture(name);
      const doc = makeDoc(source, { format, id: name });
      const findings = checkDocument(doc, { now: NOW, source });
      expectExact(doc, findings);
      expect(findings.filter((f) => f.severity === 'error').map((f) => `${f.rule}: ${f.excerpt}`)).toEqual([]);
      // The data rules stay silent altogether on these traps (code rules may warn).
      const dataRules = new Set(ruleCatalog().map((r) => r.id));
      expect(findings.filter((f) => dataRules.has(f.rule) && f.kind !== 'unbalanced-quote').map((f) => `${f.rule}: ${f.excerpt}`)).toEqual([]);
    });
  }
});

describe('a dirty markdown draft', () => {
  const doc = makeDoc(DIRTY_MD, { format: 'md', lang: 'en' });
  const findings = checkDocument(doc, { now: NOW, source: DIRTY_MD });
  const rules = findings.map((f) => f.rule);

  it('finds every planted leftover', () => {
    for (const rule of ['chat-transcript-label', 'assistant-preamble', 'repeated-word', 'repeated-name', 'placeholder-link', 'lookalike-word', 'todo-marker', 'assistant-sign-off']) {
      expect(rules).toContain(rule);
    }
  });
  it('points at exact text and at the source line and column', () => {
    expectExact(doc, findings);
    const lines = DIRTY_MD.split('\n');
    for (const f of findings) {
      expect(f.line, f.rule).toBeDefined();
      expect(lines[f.line! - 1].slice(f.column! - 1).startsWith(f.excerpt), `${f.rule} at ${f.line}:${f.column}`).toBe(true);
    }
  });
  it('maps a link the reader rendered away back to its text', () => {
    const link = findings.find((f) => f.rule === 'placeholder-link')!;
    expect(link.excerpt).toBe('Trust portal');
    expect(link.severity).toBe('error');
  });
  it('is sorted, has unique stable ids and is byte-identical on a rerun', () => {
    const again = checkDocument(makeDoc(DIRTY_MD, { format: 'md', lang: 'en' }), { now: NOW, source: DIRTY_MD });
    expect(JSON.stringify(again)).toBe(JSON.stringify(findings));
    expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
    const starts = findings.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
  it('writes messages in the report locale', () => {
    const pl = checkDocument(doc, { now: NOW, source: DIRTY_MD, locale: 'pl' });
    const label = pl.find((f) => f.rule === 'chat-transcript-label')!;
    expect(label.message).toContain('etykieta');
    expect(label.id).toBe(findings.find((f) => f.rule === 'chat-transcript-label')!.id);
  });
  it('without the source, md-only markup is skipped but text rules still run', () => {
    const bare = checkDocument(doc, { now: NOW });
    expect(bare.map((f) => f.rule)).not.toContain('placeholder-link');
    expect(bare.map((f) => f.rule)).toContain('chat-transcript-label');
  });
});

describe('languages', () => {
  it('runs a language’s rules only on text in that language; common rules everywhere', () => {
    const text = 'I hope this helps. Dane są w UE. TODO: sprawdzić.';
    const asPl = checkDocument(makeDoc(text, { lang: 'pl' }), { now: NOW }).map((f) => f.rule);
    expect(asPl).not.toContain('assistant-sign-off');
    expect(asPl).toContain('todo-marker');
    const asEn = checkDocument(makeDoc(text, { lang: 'en' }), { now: NOW }).map((f) => f.rule);
    expect(asEn).toContain('assistant-sign-off');
  });
  it('keeps Polish exceptions Polish: "to to" is fine in Polish only', () => {
    expect(checkDocument(makeDoc('Czy to to samo konto?', { lang: 'pl' }), { now: NOW }).map((f) => f.rule)).not.toContain('repeated-word');
    expect(checkDocument(makeDoc('Send it to to the team.', { lang: 'en' }), { now: NOW }).map((f) => f.rule)).toContain('repeated-word');
  });
});

describe('markup depends on the source format', () => {
  const text = 'Customers always **own their data**.';
  it('flags **bold** in txt, docx and pdf, not in md', () => {
    for (const format of ['txt', 'docx', 'pdf'] as const) {
      const hits = checkDocument(makeDoc(text, { format }), { now: NOW, source: text }).filter((f) => f.kind === 'markup-residue');
      expect(hits.length, format).toBe(1);
    }
    expect(checkDocument(makeDoc(text, { format: 'md' }), { now: NOW, source: text }).filter((f) => f.kind === 'markup-residue')).toEqual([]);
  });
});

describe('silencing', () => {
  it('drops rule ids, kinds and finding ids from a sidecar list', () => {
    const doc = makeDoc('TODO: fix. Data in the the EU. Lorem ipsum.', { lang: 'en' });
    const all = checkDocument(doc, { now: NOW });
    const todo = all.find((f) => f.rule === 'todo-marker')!;
    const silenced = parseIgnoreList(`# reviewed\n${todo.id}\nduplicated-phrase\n`);
    const left = checkDocument(doc, { now: NOW, silenced }).map((f) => f.rule);
    expect(left).toEqual(['lorem-ipsum']);
  });
  it('honours inline markdown markers', () => {
    const source = [
      '# T',
      '',
      '<!-- seckb-disable-next-line repeated-word -->',
      '',
      'Data in the the EU.',
      '',
      'Data in the the US.',
      '',
      '<!-- seckb-disable -->',
      '',
      'Lorem ipsum.',
      '',
      '<!-- seckb-enable -->',
      '',
      'TODO: more.',
    ].join('\n');
    expect(inlineSilences(source)).toEqual([
      { ids: ['repeated-word'], from: 5, to: 5 },
      { ids: [], from: 9, to: 13 },
    ]);
    const findings = checkDocument(makeDoc(source, { format: 'md', lang: 'en' }), { now: NOW, source });
    expect(findings.map((f) => `${f.rule}@${f.line}`)).toEqual(['repeated-word@7', 'todo-marker@15']);
  });
});

describe('user rule files', () => {
  const mine = [
    {
      id: 'no-synergy',
      kind: 'editorial-note',
      matcher: 'phrase',
      severity: 'warning',
      messageKey: 'findings.todo-marker',
      tokens: ['synergy'],
      examples: { invalid: ['Synergy matters.'], valid: ['Energy matters.'] },
    },
  ];
  it('adds rules', () => {
    const f = checkDocument(makeDoc('We value synergy.', { lang: 'en' }), { now: NOW, extraRules: [userRuleFile('mine.json', mine)] });
    expect(f.map((x) => [x.rule, x.severity, x.excerpt])).toEqual([['no-synergy', 'warning', 'synergy']]);
  });
  it('stops on bad data, naming the file and entry', () => {
    const bad = userRuleFile('mine.json', [{ ...mine[0], tokens: [] }]);
    expect(() => checkDocument(makeDoc('x'), { extraRules: [bad] })).toThrow(RuleDataError);
    expect(() => checkDocument(makeDoc('x'), { extraRules: [bad] })).toThrow('mine.json: entry 1: tokens empty');
  });
});

describe('lineColumn', () => {
  it('maps offsets to 1-based positions and is undefined without a source map', () => {
    const doc = makeDoc('First line.\n\nSecond line here.', { format: 'txt' });
    expect(lineColumn(doc, 0)).toEqual({ line: 1, column: 1 });
    const at = doc.text.indexOf('line here');
    expect(lineColumn(doc, at)).toEqual({ line: 3, column: 8 });
    expect(lineColumn({ ...doc, sourceMap: undefined }, 3)).toBeUndefined();
  });
});
