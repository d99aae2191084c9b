/**
 * XLIFF 2.0 export of an alignment: one `unit` per pair with a `segment` (source, and target
 * when the pair has one), flags as `<notes><note category="seckb">` (valid against the OASIS
 * XLIFF 2.0 core schema, tests/align/schemas/xliff_core_2.0.xsd).
 */
import type { Alignment } from '../types.ts';
import { escapeXml } from './xml.ts';

/** `toXliff(alignDocuments(pl, en))` -> an XLIFF 2.0 document string. */
export function toXliff(alignment: Alignment): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="${escapeXml(alignment.source.lang)}" trgLang="${escapeXml(alignment.target.lang)}">`,
    `  <file id="f1" original="${escapeXml(alignment.source.file)}">`,
  ];
  alignment.pairs.forEach((pair, i) => {
    if (!pair.source.text && !pair.target.text) return;
    lines.push(`    <unit id="u${i + 1}">`);
    if (pair.flags.length) {
      lines.push('      <notes>');
      for (const flag of pair.flags) {
        lines.push(`        <note category="seckb">${escapeXml(flag.kind)}: ${escapeXml(flag.detail)}</note>`);
      }
      lines.push('      </notes>');
    }
    lines.push(`      <segment id="s${i + 1}">`);
    // A passage only the target has keeps an empty source, so no text is put in the wrong language.
    lines.push(`        <source xml:space="preserve">${escapeXml(pair.source.text)}</source>`);
    if (pair.target.text) lines.push(`        <target xml:space="preserve">${escapeXml(pair.target.text)}</target>`);
    lines.push('      </segment>');
    lines.push('    </unit>');
  });
  lines.push('  </file>', '</xliff>', '');
  return lines.join('\n');
}
