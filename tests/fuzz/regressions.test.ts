/** Cases the fuzz suite found, kept as plain tests (the unreadable workbook and the TMX/XLIFF CR and surrogate cases failed before their fixes). */
import { describe, expect, it } from 'vitest';
import { toTmx } from '../../src/align/export/tmx.ts';
import { toXliff } from '../../src/align/export/xliff.ts';
import type { Alignment } from '../../src/align/types.ts';
import { buildComparison } from '../../src/claims/compare.ts';
import { extractClaims } from '../../src/claims/extract.ts';
import { formatXlsx } from '../../src/claims/reporters/xlsx.ts';
import { documentFromText } from '../../src/model/from-text.ts';
import { readXlsx } from '../helpers/sheets.ts';
import { SaxesParser } from 'saxes';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../helpers/seeds.ts';

function comparisonWithVendor(vendor: string) {
  const doc = documentFromText('# Security\n\nBackups are kept for 30 days.\n', { id: 'a', meta: { vendor } });
  return buildComparison([doc], extractClaims(doc));
}

function wellFormed(xml: string): string[] {
  const texts: string[] = [];
  const parser = new SaxesParser();
  parser.on('text', (t) => texts.push(t));
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(xml).close();
  return texts;
}

describe('fuzz regressions', () => {
  it('xlsx: a vendor name with U+FFFF, a lone surrogate or DEL still gives a workbook that opens (seed -1683465552)', async () => {
    for (const name of ['Acme\uffff', 'Acme\ud800', 'Acme\u007f', 'Acme\u0001']) {
      const sheets = await readXlsx(await formatXlsx(comparisonWithVendor(name)));
      expect(sheets[0]!.rows[0]).toContain('Acme');
    }
  });

  it('xlsx: a CR LF in a cell reads back as LF, as documented', async () => {
    const sheets = await readXlsx(await formatXlsx(comparisonWithVendor('Acme\r\nGroup')));
    expect(sheets[0]!.rows[0]).toContain('Acme\nGroup');
  });

  it('tmx/xliff: CR survives the XML parser, a lone surrogate is dropped', () => {
    const alignment = {
      source: { documentId: 's', file: 's.md', lang: 'pl' },
      target: { documentId: 't', file: 't.md', lang: 'en' },
      pairs: [{ source: { start: 0, end: 3, text: 'a\rb' }, target: { start: 0, end: 3, text: 'c\ud800d' }, score: 1, flags: [] }],
    } as unknown as Alignment;
    expect(wellFormed(toTmx(alignment)).join('')).toContain('a\rb');
    expect(wellFormed(toXliff(alignment)).join('')).toContain('cd');
  });

  it('chat-user-prompt: a long run of spaces is scanned in linear time (took 15 s on 300 spaces)', () => {
    const rules = JSON.parse(readFileSync(path.join(projectRoot, 'rules/common/chat-tokens.json'), 'utf8'));
    const rule = (Array.isArray(rules) ? rules : rules.rules).find((r: { id: string }) => r.id === 'chat-user-prompt');
    const re = new RegExp(rule.pattern, `${rule.flags ?? ''}gu`);
    for (const text of [' '.repeat(100_000) + 'x', 'You said:' + ' '.repeat(50_000) + '\n' + ' '.repeat(50_000) + 'x', ('a ' + ' '.repeat(50)).repeat(2_000)]) {
      const started = performance.now();
      text.match(re);
      expect(performance.now() - started).toBeLessThan(2_000);
    }
    expect('You said:\n\n  Make it shorter.\nChatGPT said:'.match(re)?.[0]).toBe('Make it shorter.\nChatGPT said:');
  });
});
