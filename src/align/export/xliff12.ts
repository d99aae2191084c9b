/**
 * XLIFF 1.2 export of an alignment, for the CAT tools that do not read 2.0 yet (OmegaT, Weblate,
 * Pootle, translate-toolkit): one `trans-unit` per pair with source and target (a target-only
 * passage keeps an empty source, like the 2.0 export), flags as `<note from="seckb">`, and a
 * flagged target marked `needs-review-translation`. Order inside a unit follows the 1.2 schema:
 * source, target, notes.
 */
import type { Alignment } from '../types.ts';
import { escapeXml } from './xml.ts';

/** `toXliff12(alignDocuments(pl, en))` -> an XLIFF 1.2 document string. */
export function toXliff12(alignment: Alignment): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">',
    `  <file original="${escapeXml(alignment.source.file)}" source-language="${escapeXml(alignment.source.lang)}" target-language="${escapeXml(alignment.target.lang)}" datatype="plaintext" tool-id="seckb">`,
    '    <header>',
    '      <tool tool-id="seckb" tool-name="seckb"/>',
    '    </header>',
    '    <body>',
  ];
  alignment.pairs.forEach((pair, i) => {
    if (!pair.source.text && !pair.target.text) return;
    lines.push(`      <trans-unit id="u${i + 1}" xml:space="preserve">`);
    lines.push(`        <source>${escapeXml(pair.source.text)}</source>`);
    if (pair.target.text) {
      const state = pair.flags.length ? 'needs-review-translation' : 'translated';
      lines.push(`        <target state="${state}">${escapeXml(pair.target.text)}</target>`);
    }
    for (const flag of pair.flags) lines.push(`        <note from="seckb">${escapeXml(flag.kind)}: ${escapeXml(flag.detail)}</note>`);
    lines.push('      </trans-unit>');
  });
  lines.push('    </body>', '  </file>', '</xliff>', '');
  return lines.join('\n');
}
