/** Source positions of HTML text: where each character of a text node's value stands in the file. */
const ENTITY = /^&(?:#(\d+)|#x([0-9a-f]+)|[a-z][a-z0-9]*);?/i;

/**
 * Source line/column of each character of a text node's value, walking the raw source beside it
 * (an entity is one character of the value). Undefined when they cannot be aligned.
 */
export function sourcePositions(value: string, raw: string, line: number, column: number): Array<[number, number]> | undefined {
  const out: Array<[number, number]> = [];
  let r = 0;
  for (let v = 0; v < value.length; ) {
    if (r >= raw.length) return undefined;
    const m = raw[r] === '&' ? ENTITY.exec(raw.slice(r, r + 40)) : null;
    // "AT&T" is a literal "&"; "&amp;" and "&copy" are entities.
    if (m && (value[v] !== '&' || m[0].endsWith(';'))) {
      const code = m[1] ? Number(m[1]) : m[2] ? parseInt(m[2], 16) : undefined;
      const units = code !== undefined && code > 0xffff ? 2 : 1;
      for (let k = 0; k < units && v < value.length; k++) out[v++] = [line, column];
      r += m[0].length;
      column += m[0].length;
      continue;
    }
    if (raw[r] !== value[v]) return undefined;
    out[v++] = [line, column];
    if (raw[r] === '\n') {
      line++;
      column = 1;
    } else {
      column++;
    }
    r++;
  }
  return out;
}
