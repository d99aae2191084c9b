/** Whether a .txt holds markdown, decided before anything is parsed (linear: one pass per line). */
import { TABLE_RULE } from './markdown-limits.ts';

function hasTableRule(content: string): boolean {
  return content.split(/\r\n?|[\n\u2028\u2029]/).some((line) => line.includes('---') && TABLE_RULE.test(line.trim()));
}

/** ATX headings or a GFM table separator mark a text file as markdown. */
export function isMarkdownBearing(content: string): boolean {
  const headings = content.match(/^#{1,6}[ \t]+\S/gm)?.length ?? 0;
  return headings >= 2 || hasTableRule(content);
}
