/**
 * A hast tree for mammoth's html without an html parser: mammoth writes a narrow, well-formed
 * subset (open and close tags in order, void elements self-closed, only `& < > "` escaped), for
 * which parse5 (rehype-parse) builds exactly the tree the tags spell, bar the `tbody` it adds
 * around rows written straight into a `table`. Parsing 50 pages with parse5 cost more than mammoth
 * itself. Anything outside the subset (a tag or nesting the html parser would rearrange, another
 * character reference, a carriage return or NUL it would rewrite) returns undefined, and the caller
 * parses with rehype as before, so the tree is always the one rehype-parse would give (without
 * positions, which generated html has no use for). tests/ingest/mammoth-html.test.ts holds both
 * parsers to that.
 */
import { h } from 'hastscript';
import type { Element, ElementContent, Root } from 'hast';

/** Inline elements with phrasing content; none of them is one parse5 moves or closes implicitly when nested properly. */
const PHRASING = new Set(['a', 'b', 'em', 'i', 's', 'span', 'strong', 'sub', 'sup', 'u']);
/** Void elements, written `<br />`: inline ones, and `hr`, which closes an open `p` (allowed where no `p` can be open). */
const VOID_PHRASING = new Set(['br', 'img', 'input']);
/** Blocks holding phrasing only. */
const TEXT_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt']);
/** Blocks holding flow content (text, phrasing and blocks). */
const FLOW_BLOCKS = new Set(['li', 'dd', 'td', 'th']);
/** Blocks holding only the listed children; no text. */
const STRICT: Record<string, ReadonlySet<string>> = {
  ul: new Set(['li']),
  ol: new Set(['li']),
  dl: new Set(['dt', 'dd']),
  table: new Set(['thead', 'tbody', 'tfoot', 'tr']),
  thead: new Set(['tr']),
  tbody: new Set(['tr']),
  tfoot: new Set(['tr']),
  tr: new Set(['td', 'th']),
};
/** Blocks that may start where flow content may. */
const FLOW_START = new Set([...TEXT_BLOCKS, 'ul', 'ol', 'dl', 'table', 'hr'].filter((t) => t !== 'dt'));

/** `<tag attr="v">`, `</tag>`, `<tag attr="v" />`, or text; sticky, so nothing between tokens is skipped. */
const TOKEN = /<(\/?)([a-z][a-z0-9]*)((?: [a-z][a-z0-9-]*="[^"<>]*")*)( \/)?>|[^<]+/y;
const ATTRIBUTE = / ([a-z][a-z0-9-]*)="([^"]*)"/g;
const REFERENCES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' };

interface Open {
  tag: string;
  properties: Record<string, string>;
  children: ElementContent[];
  /** A `tbody` parse5 inserts around rows written straight into a table: closed by the table's next section or end. */
  implied?: boolean;
}

/** Text with mammoth's references decoded; undefined when it holds anything parse5 would read otherwise. */
function decode(raw: string): string | undefined {
  if (/[\r\0]/.test(raw)) return undefined;
  if (!raw.includes('&')) return raw;
  let ok = true;
  const text = raw.replace(/&[^&]*/g, (ref) => {
    const name = ref.slice(0, ref.indexOf(';') + 1);
    if (!(name in REFERENCES)) ok = false;
    return (REFERENCES[name] ?? '') + ref.slice(name.length);
  });
  return ok ? text : undefined;
}

/** May an element `tag` start inside `parent` (undefined: the body), as parse5 would leave it there? */
function allowed(tag: string, parent: Open | undefined, stack: Open[]): boolean {
  const where = parent?.tag;
  if (where !== undefined && STRICT[where]) return STRICT[where].has(tag) || (where === 'table' && tag === 'tr');
  // A link inside a link is split by parse5 (the adoption agency).
  if (tag === 'a' && stack.some((o) => o.tag === 'a')) return false;
  if (PHRASING.has(tag) || VOID_PHRASING.has(tag)) return true;
  return (where === undefined || FLOW_BLOCKS.has(where)) && FLOW_START.has(tag);
}

function close(open: Open): Element {
  return h(open.tag, open.properties, open.children) as Element;
}

/** The tree rehype-parse gives for `html` (positions left out), or undefined when `html` is outside mammoth's subset. */
export function parseMammothHtml(html: string): Root | undefined {
  const body: ElementContent[] = [];
  const stack: Open[] = [];
  const childrenOf = (): ElementContent[] => stack.at(-1)?.children ?? body;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < html.length) {
    const m = TOKEN.exec(html);
    if (!m) return undefined;
    const [token, slash, tag, attrs, selfClosing] = m;
    if (tag === undefined) {
      const parent = stack.at(-1);
      if (!parent || STRICT[parent.tag]) return undefined;
      const value = decode(token);
      if (value === undefined) return undefined;
      childrenOf().push({ type: 'text', value });
      continue;
    }
    if (slash) {
      let top = stack.pop();
      if (top?.implied && tag === 'table') {
        childrenOf().push(close(top));
        top = stack.pop();
      }
      if (!top || top.tag !== tag || selfClosing || attrs) return undefined;
      childrenOf().push(close(top));
      continue;
    }
    const isVoid = VOID_PHRASING.has(tag) || tag === 'hr';
    if (isVoid !== Boolean(selfClosing)) return undefined;
    let parent = stack.at(-1);
    // A section after rows written straight into the table ends the tbody parse5 put them in.
    if (parent?.implied && tag !== 'tr') {
      stack.pop();
      childrenOf().push(close(parent));
      parent = stack.at(-1);
    }
    if (!allowed(tag, parent, stack)) return undefined;
    const properties: Record<string, string> = {};
    for (const [, name, raw] of attrs.matchAll(ATTRIBUTE)) {
      const value = decode(raw);
      // parse5 keeps the first of repeated attributes; mammoth never repeats one.
      if (value === undefined || name in properties) return undefined;
      // hast-util-from-parse5 drops names such as `constructor` that Object.prototype has.
      if (!Object.prototype.hasOwnProperty.call(Object.prototype, name)) properties[name] = value;
    }
    if (isVoid) {
      childrenOf().push(h(tag, properties, []) as Element);
      continue;
    }
    if (parent?.tag === 'table' && tag === 'tr') stack.push({ tag: 'tbody', properties: {}, children: [], implied: true });
    stack.push({ tag, properties, children: [] });
  }
  if (stack.length > 0) return undefined;
  return { type: 'root', children: [h('html', {}, [h('head', {}, []), h('body', {}, body)]) as Element], data: { quirksMode: true } };
}
