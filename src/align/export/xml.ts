/** XML text/attribute escaping shared by the TMX and XLIFF writers. */

import { stripXmlInvalid } from '../../xml-chars.ts';

/** Escapes text for content and attributes; CR as a reference, since XML parsers turn a raw CR into LF. */
export function escapeXml(text: string): string {
  return stripXmlInvalid(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
}
