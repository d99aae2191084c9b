/** Reporters are pure: text lines, the cli.md JSON shape, and SARIF valid against the OASIS 2.1.0 schema. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { checkDocument, ruleCatalog } from '../../src/findings/engine.ts';
import { formatText } from '../../src/findings/reporters/text.ts';
import { formatJson } from '../../src/findings/reporters/json.ts';
import { formatSarif } from '../../src/findings/reporters/sarif.ts';
import type { FileReport } from '../../src/findings/reporters/types.ts';
import { makeDoc } from './make-doc.ts';

const NOW = new Date('2025-06-01T00:00:00Z');
const SOURCE = '# Draft\n\nChatGPT said:\n\nBackups are kept for XXX days.\n\nData is stored in the\nthe EU region.\n';

function reports(): FileReport[] {
  const md = makeDoc(SOURCE, { format: 'md', lang: 'en', id: 'draft' });
  const docx = makeDoc('Data is **encrypted** at rest.', { format: 'docx', lang: 'en', id: 'paper' });
  return [
    { file: 'drafts/my draft.md', documentId: md.id, findings: checkDocument(md, { now: NOW, source: SOURCE }) },
    { file: 'paper.docx', documentId: docx.id, findings: checkDocument(docx, { now: NOW }) },
  ];
}

/** The official schema (draft-04) run by Ajv's default draft: `id` becomes `$id`, nothing else differs for it. */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures/sarif-schema-2.1.0.json'), 'utf8'));
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

describe('text', () => {
  it('prints file:line:column severity kind message, colour only when asked', () => {
    const out = formatText(reports());
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^drafts\/my draft\.md:3:1 error ai-chat-residue .*ChatGPT said:/);
    expect(lines.some((l) => l.startsWith('paper.docx:0:0 error markup-residue '))).toBe(true);
    expect(out).not.toContain('\u001b[');
    expect(formatText(reports(), { color: true })).toContain('\u001b[31merror\u001b[0m');
    expect(formatText([])).toBe('');
  });
});

describe('text positions for formats without source lines', () => {
  it('prints the line and column within the normalized text (1-based); JSON keeps them absent', () => {
    const text = 'Intro line.\n\nData is **encrypted** at rest.';
    const docx = makeDoc(text, { format: 'docx', lang: 'en', id: 'paper' });
    const findings = checkDocument(docx, { now: NOW });
    const bold = findings.find((f) => f.rule === 'markdown-bold');
    expect(bold?.line).toBeUndefined();
    const report: FileReport = { file: 'paper.docx', documentId: docx.id, findings, text: docx.text };
    const line = formatText([report]).split('\n').find((l) => l.includes('markup-residue'));
    const offset = docx.text.indexOf('**encrypted**');
    const before = docx.text.slice(0, offset);
    const expected = `${before.split('\n').length}:${offset - before.lastIndexOf('\n')}`;
    expect(line?.startsWith(`paper.docx:${expected} error markup-residue `)).toBe(true);
    expect(expected).not.toBe('0:0');
    const json = JSON.parse(formatJson([report]));
    expect(json[0]).not.toHaveProperty('text');
    expect(json[0].findings.find((f: { rule: string }) => f.rule === 'markdown-bold')).not.toHaveProperty('line');
  });
});

describe('json', () => {
  it('is the cli.md shape', () => {
    const parsed = JSON.parse(formatJson(reports()));
    expect(parsed.map((r: FileReport) => Object.keys(r))).toEqual([['file', 'documentId', 'findings'], ['file', 'documentId', 'findings']]);
    const f = parsed[0].findings[0];
    expect(Object.keys(f)).toEqual(['id', 'documentId', 'kind', 'rule', 'severity', 'message', 'excerpt', 'start', 'end', 'line', 'column']);
  });
});

describe('sarif', () => {
  const validate = sarifValidator();
  it('is valid SARIF 2.1.0 with utf16 columns, rules with help and regions', () => {
    const text = formatSarif(reports(), { rules: ruleCatalog(), toolVersion: '0.1.0' });
    const sarif = JSON.parse(text);
    const ok = validate(sarif);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    const run = sarif.runs[0];
    expect(sarif.version).toBe('2.1.0');
    expect(run.columnKind).toBe('utf16CodeUnits');
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toEqual([...ids].sort());
    for (const rule of run.tool.driver.rules) {
      expect(rule.help.text.length).toBeGreaterThan(20);
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
    }
    const label = run.results.find((r: { ruleId: string }) => r.ruleId === 'chat-transcript-label');
    expect(label.locations[0].physicalLocation.artifactLocation.uri).toBe('drafts/my%20draft.md');
    expect(label.locations[0].physicalLocation.region).toMatchObject({ startLine: 3, startColumn: 1, endLine: 3, endColumn: 14 });
    expect(run.tool.driver.rules[label.ruleIndex].id).toBe('chat-transcript-label');
    const repeated = run.results.find((r: { ruleId: string }) => r.ruleId === 'repeated-word');
    expect(repeated.locations[0].physicalLocation.region).toMatchObject({ startLine: 7, startColumn: 19, endLine: 8, endColumn: 4 });
    // docx has no lines: a location without a region
    const docx = run.results.find((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.locations[0].physicalLocation.artifactLocation.uri === 'paper.docx');
    expect(docx.locations[0].physicalLocation.region).toBeUndefined();
  });
  it('the schema check can fail', () => {
    const sarif = JSON.parse(formatSarif(reports()));
    sarif.runs[0].results[0].level = 'fatal';
    expect(validate(sarif)).toBe(false);
  });
  it('describes rules in the report locale', () => {
    const sarif = JSON.parse(formatSarif(reports(), { locale: 'pl' }));
    expect(sarif.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'chat-transcript-label').shortDescription.text).toBe('Tekst wklejony z asystenta czatu');
  });
});
