/** XML text/attribute escaping shared by the TMX and XLIFF writers. */

// Characters XML 1.0 forbids even escaped (C0 controls other than tab, LF, CR; U+FFFE/U+FFFF).
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
