/**
 * TMX 1.4b export of an alignment: one `tu` per pair with both sides (one-sided pairs carry no
 * translation, so they are skipped), `xml:lang` on every `tuv`, flags as
 * `<prop type="x-seckb-flag">` (valid against tests/align/schemas/tmx14.dtd).
 */
import type { Alignment } from '../types.ts';
import { escapeXml } from './xml.ts';

export const CREATION_TOOL = 'seckb';
export const CREATION_TOOL_VERSION = '0.1.0';

/** `toTmx(alignDocuments(pl, en))` -> a TMX document string (UTF-8, LF line ends). */
export function toTmx(alignment: Alignment): string {
  const src = alignment.source.lang;
  const tgt = alignment.target.lang;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
    '<tmx version="1.4">',
    `  <header creationtool="${CREATION_TOOL}" creationtoolversion="${CREATION_TOOL_VERSION}" segtype="sentence" o-tmf="seckb-json" adminlang="en" srclang="${escapeXml(src)}" datatype="plaintext">`,
    `    <prop type="x-seckb-source">${escapeXml(alignment.source.file)}</prop>`,
    `    <prop type="x-seckb-target">${escapeXml(alignment.target.file)}</prop>`,
    '  </header>',
    '  <body>',
  ];
  alignment.pairs.forEach((pair, i) => {
    if (!pair.source.text || !pair.target.text) return;
    lines.push(`    <tu tuid="${i + 1}">`);
    for (const flag of pair.flags) {
      lines.push(`      <prop type="x-seckb-flag">${escapeXml(flag.kind)}: ${escapeXml(flag.detail)}</prop>`);
    }
    lines.push(`      <tuv xml:lang="${escapeXml(src)}"><seg>${escapeXml(pair.source.text)}</seg></tuv>`);
    lines.push(`      <tuv xml:lang="${escapeXml(tgt)}"><seg>${escapeXml(pair.target.text)}</seg></tuv>`);
    lines.push('    </tu>');
  });
  lines.push('  </body>', '</tmx>', '');
  return lines.join('\n');
}
