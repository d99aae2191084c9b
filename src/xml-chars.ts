/**
 * Characters XML 1.0 cannot carry, even escaped: C0 controls other than tab, LF and CR,
 * U+FFFE/U+FFFF, and lone UTF-16 surrogates. Every XML-based export (TMX, XLIFF, XLSX) drops
 * them, so the file always opens; everything else is kept.
 */
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripXmlInvalid(text: string): string {
  return text.replace(INVALID, '');
}
