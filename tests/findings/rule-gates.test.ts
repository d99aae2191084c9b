/**
 * The data rules' gates (check on a 50-page .docx, bench/README.md "Ninth round"): a matcher may
 * say cheaply that a text holds no match (`cannotMatch`: a literal every match needs is missing,
 * or a script's letters), and the engine then skips it, for the whole document when doc.text
 * lacks it (sentences, lines and the text are pieces of doc.text), else unit by unit. The
 * engine's hits must be those of every rule run on every unit, as it ran before the gates.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULE_FILES } from '../../src/findings/rules-index.ts';
import { loadRules, runDataRules } from '../../src/findings/engine.ts';
import type { CompiledRule } from '../../src/findings/load-rules.ts';
import type { RuleEntry } from '../../src/findings/rule-data.ts';
import { documentUnits, lineUnits, sentenceUnits, sourceUnits } from '../../src/findings/units.ts';
import type { SeckbDocument } from '../../src/model/types.ts';
import { documentFromText } from '../../src/model/from-text.ts';
import { exampleText, makeDoc } from './make-doc.ts';

const rules = loadRules([], new Set(['en', 'pl']));

/** runDataRules without gates: every rule of its scope on every unit it applies to. */
function ungated(doc: SeckbDocument, source?: string): Array<{ rule: string; start: number; end: number }> {
  const units = { sentence: sentenceUnits(doc), line: lineUnits(doc), document: documentUnits(doc), source: sourceUnits(doc, source) };
  const format = doc.source.split('.').pop();
  return rules.filter((rule) => rule.scope !== 'source').flatMap((rule) =>
    units[rule.scope]
      .filter((u) => rule.lang === 'common' || u.langs.has(rule.lang))
      .filter((u) => (!rule.entry.formats || rule.entry.formats.includes(format as never)) && appliesToBlock(rule, u.block))
      .flatMap((u) => rule.match(u.text).map((h) => ({ rule: rule.id, u, h }))),
  ).flatMap(({ rule, u, h }) => (u.start === undefined ? [] : [{ rule, start: u.start + h.start, end: u.start + h.end }]));
}

function appliesToBlock(rule: CompiledRule, block: string | undefined): boolean {
  const e = rule.entry;
  if (block === 'code' && !e.blocks?.includes('code')) return false;
  if (e.blocks && (!block || !e.blocks.includes(block as never))) return false;
  return !(e.skipBlocks && block && e.skipBlocks.includes(block as never));
}

/** The engine's hits in its order (rule by rule, then unit by unit), source lines left out. */
const gated = (doc: SeckbDocument, source?: string) =>
  runDataRules(doc, rules, source).filter((h) => (h.rule as CompiledRule).scope !== 'source').map((h) => ({ rule: h.rule.id, start: h.start, end: h.end }));

const examples = BUILTIN_RULE_FILES.flatMap((f) => f.entries as RuleEntry[]).flatMap((e) => [...(e.examples?.invalid ?? []), ...(e.examples?.valid ?? [])]).map((x) => exampleText(x).text);

describe('data rule gates', () => {
  it('a gate never closes on a text its matcher matches (every rule example, and pieces of them)', () => {
    let gatedRules = 0;
    for (const rule of rules) {
      if (!rule.match.cannotMatch) continue;
      gatedRules++;
      for (const text of examples) if (rule.match(text).length > 0) expect(rule.match.cannotMatch(text), `${rule.id}: ${text}`).toBe(false);
    }
    // Pattern, phrase and script rules are gated; a change that drops the gates fails here.
    expect(gatedRules).toBeGreaterThan(rules.length / 2);
  });

  it('the engine finds what every rule on every unit finds: sample and dev documents', () => {
    const files = ['content/sources', 'eval/docs/dev', 'eval/docs/world-dev'].flatMap((dir) => readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f)).sort().map((f) => path.join(dir, f)));
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      const doc = documentFromText(text, { format: f.endsWith('.md') ? 'md' : 'txt', source: f, id: 'sample' });
      expect(gated(doc, text), f).toEqual(ungated(doc, text));
    }
  });

  it('the engine finds what every rule on every unit finds: documents made of rule examples', () => {
    const piece = fc.constantFrom(...examples, '\n', '\n\n', ' ', '. ', 'Backups run daily.', 'Кириллица', 'Micrοsoft');
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), fc.constantFrom('en', 'pl'), (pieces, lang) => {
      const doc = makeDoc(pieces.join(''), { lang });
      expect(gated(doc)).toEqual(ungated(doc));
    }), { numRuns: 300 });
  });
});
