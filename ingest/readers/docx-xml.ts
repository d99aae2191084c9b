/**
 * The XML reader mammoth uses for a .docx's parts (document.xml, styles.xml, numbering.xml...),
 * made faster: mammoth parses each part into an @xmldom/xmldom DOM, then copies that DOM into
 * its own element tree (mammoth/lib/xml/reader.js). On a 50-page document the DOM alone was a
 * fifth of `seckb check`'s CPU and most of its garbage. This reader builds mammoth's tree
 * directly, with regular expressions doing the character work (native code, where a loop per
 * character would run interpreted under the worker's tiering flags).
 *
 * It takes only what it can read exactly as xmldom 0.8 reads it: elements, attributes in quotes,
 * text, the five XML entities and character references, comments and processing instructions.
 * Anything else (a DOCTYPE, CDATA, an unknown entity, a tag xmldom would warn about, a name
 * outside ASCII) returns undefined, and the caller uses mammoth's own reader, so every tree, and
 * every error message of a damaged file, is xmldom's (tests/ingest/docx-xml.test.ts compares the two).
 */

/** mammoth's node constructors (mammoth/lib/xml/nodes.js). */
export interface XmlNodes<E, T> {
  element(name: string, attributes: Record<string, string>, children: Array<E | T>): E;
  text(value: string): T;
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const HTML_NS = 'http://www.w3.org/1999/xhtml';
const ENTITIES: Record<string, string> = { amp: '&', apos: "'", gt: '>', lt: '<', quot: '"' };

// Names: ASCII letters, digits, '_', '.', '-', at most one ':' inside (xmldom splits on every ':').
const NAME = '[A-Za-z_][\\w.-]*(?::[A-Za-z_][\\w.-]*)?';
/** A start tag: name, attributes (each after white space, value in quotes), optional '/', '>'. */
const START_TAG = new RegExp(`<(${NAME})((?:[ \\t\\n]+${NAME}[ \\t\\n]*=[ \\t\\n]*(?:"[^"]*"|'[^']*'))*)[ \\t\\n]*(/?)>`, 'y');
const ATTRIBUTE = new RegExp(`(${NAME})[ \\t\\n]*=[ \\t\\n]*(?:"([^"]*)"|'([^']*)')`, 'g');
const END_TAG = new RegExp(`</(${NAME})[ \\t\\n]*>`, 'y');
const ENTITY = /&#?\w+;/g;

/** Thrown inside the reader for input it leaves to xmldom. */
class NotMine extends Error {}

/** xmldom's character reference: its own arithmetic, so odd references decode as it decodes them. */
function fromCharCode(code: number): string {
  if (code > 0xffff) {
    code -= 0x10000;
    return String.fromCharCode(0xd800 + (code >> 10), 0xdc00 + (code & 0x3ff));
  }
  return String.fromCharCode(code);
}

function entity(reference: string): string {
  const k = reference.slice(1, -1);
  if (Object.hasOwn(ENTITIES, k)) return ENTITIES[k];
  // xmldom: parseInt(k.substr(1).replace('x', '0x')); an unknown name is an error there.
  if (k.charAt(0) === '#') return fromCharCode(parseInt(k.slice(1).replace('x', '0x')));
  throw new NotMine();
}

const decode = (raw: string): string => (raw.includes('&') ? raw.replace(ENTITY, entity) : raw);

/** xmldom's line-end normalisation (dom-parser.js), applied to the whole source first. */
function normalizeLineEnds(source: string): string {
  return /[\r\u0085\u2028]/.test(source) ? source.replace(/\r[\n\u0085]/g, '\n').replace(/[\r\u0085\u2028]/g, '\n') : source;
}

/** A namespace URI as xmldom finds it: on a prototype chain of plain objects, so only strings count. */
function uriOf(scope: Record<string, unknown>, prefix: string): string | undefined {
  const uri = scope[prefix];
  if (uri === undefined || typeof uri === 'string') return uri as string | undefined;
  throw new NotMine();
}

interface Open<E, T> {
  tagName: string;
  name: string;
  attributes: Record<string, string>;
  children: Array<E | T>;
  scope: Record<string, unknown>;
}

/**
 * mammoth's tree of `source` (its reader's `readString(source, namespaceMap)` result), or
 * undefined when xmldom should read it.
 */
export function readXmlTree<E, T>(input: string, namespaceMap: Record<string, string>, nodes: XmlNodes<E, T>): E | undefined {
  try {
    return read(normalizeLineEnds(input), namespaceMap, nodes);
  } catch (error) {
    if (error instanceof NotMine) return undefined;
    throw error;
  }
}

function read<E, T>(source: string, namespaceMap: Record<string, string>, nodes: XmlNodes<E, T>): E {
  const names = new Names(namespaceMap);
  // xmldom's fixSelfClosed: a start tag with no '</name>' after it is taken as closed (a warning).
  const lastClose = new Map<string, number>();
  const closedAfter = (tagName: string, end: number): boolean => {
    let at = lastClose.get(tagName);
    if (at === undefined) {
      at = source.lastIndexOf(`</${tagName}>`);
      if (at < end) at = source.lastIndexOf(`</${tagName}`);
      lastClose.set(tagName, at);
    }
    return at >= end;
  };
  const stack: Array<Open<E, T>> = [];
  // xmldom's namespace scope: a plain object, a child scope inheriting from its parent's.
  const rootScope: Record<string, unknown> = { xml: XML_NS };
  let root: E | undefined;
  let start = 0;
  for (;;) {
    const tagStart = source.indexOf('<', start);
    const textEnd = tagStart < 0 ? source.length : tagStart;
    if (textEnd > start) {
      const raw = source.slice(start, textEnd);
      const top = stack[stack.length - 1];
      if (top) top.children.push(nodes.text(decode(raw)));
      else if (!/^[ \t\n]*$/.test(raw)) throw new NotMine();
    }
    if (tagStart < 0) break;
    const next = source.charCodeAt(tagStart + 1);
    if (next === 0x2f /* / */) {
      END_TAG.lastIndex = tagStart;
      const m = END_TAG.exec(source);
      const top = stack.pop();
      if (!m || !top || m[1] !== top.tagName) throw new NotMine();
      const element = nodes.element(top.name, top.attributes, top.children);
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(element);
      else root = element;
      start = END_TAG.lastIndex;
    } else if (next === 0x21 /* ! */) {
      if (!source.startsWith('<!--', tagStart)) throw new NotMine();
      const end = source.indexOf('-->', tagStart + 4);
      if (end < 0) throw new NotMine();
      start = end + 3;
    } else if (next === 0x3f /* ? */) {
      // xmldom looks for '?>' from the '<': in '<?>' it finds the '?' and reads the '<' as text.
      const end = source.indexOf('?>', tagStart);
      if (end < tagStart + 2) throw new NotMine();
      start = end + 2;
    } else {
      START_TAG.lastIndex = tagStart;
      const m = START_TAG.exec(source);
      if (!m || (root !== undefined && stack.length === 0)) throw new NotMine();
      const [, tagName, attributeText, selfClosed] = m;
      const end = START_TAG.lastIndex - 1;
      if (!selfClosed && !closedAfter(tagName, end)) throw new NotMine();
      const parentScope = stack.length > 0 ? stack[stack.length - 1].scope : rootScope;
      const open = startElement<E, T>(tagName, attributeText, parentScope, names);
      if (stack.length === 0 && tagName === 'parsererror') throw new NotMine();
      if (selfClosed) {
        const element = nodes.element(open.name, open.attributes, open.children);
        const parent = stack[stack.length - 1];
        if (parent) parent.children.push(element);
        else root = element;
      } else {
        stack.push(open);
      }
      start = end + 1;
    }
  }
  if (stack.length > 0 || root === undefined) throw new NotMine();
  return root;
}

/**
 * mammoth's names of elements and attributes in a namespace scope (its convertName: a mapped
 * namespace becomes its prefix, another one {uri}), kept per scope: a part repeats a few dozen
 * names thousands of times, nearly all in the scope its root declares.
 */
class Names {
  private readonly byScope = new WeakMap<object, { elements: Map<string, string>; attributes: Map<string, string> }>();

  constructor(private readonly namespaceMap: Record<string, string>) {}

  element(scope: Record<string, unknown>, qName: string): string {
    const known = this.of(scope).elements;
    let name = known.get(qName);
    if (name === undefined) {
      const colon = qName.indexOf(':');
      // An element without a prefix is in the default namespace (xmldom's appendElement).
      const uri = uriOf(scope, colon < 0 ? '' : qName.slice(0, colon));
      // xmldom reads an element in the XHTML namespace as html (script and textarea content).
      if (uri === HTML_NS) throw new NotMine();
      name = this.convert(uri, qName);
      known.set(qName, name);
    }
    return name;
  }

  attribute(scope: Record<string, unknown>, qName: string): string {
    const known = this.of(scope).attributes;
    let name = known.get(qName);
    if (name === undefined) {
      const at = qName.indexOf(':');
      const prefix = at < 0 ? undefined : qName.slice(0, at);
      // Declarations are in xmldom's XMLNS namespace; an attribute without a prefix is in none.
      const uri = qName === 'xmlns' || prefix === 'xmlns' ? XMLNS_NS : prefix === undefined ? undefined : uriOf(scope, prefix);
      name = this.convert(uri, qName);
      known.set(qName, name);
    }
    return name;
  }

  private of(scope: object): { elements: Map<string, string>; attributes: Map<string, string> } {
    let maps = this.byScope.get(scope);
    if (!maps) this.byScope.set(scope, (maps = { elements: new Map(), attributes: new Map() }));
    return maps;
  }

  private convert(uri: string | undefined, qName: string): string {
    const colon = qName.indexOf(':');
    const local = colon < 0 ? qName : qName.slice(colon + 1);
    if (!uri) return local;
    const mapped: unknown = this.namespaceMap[uri];
    if (mapped !== undefined && typeof mapped !== 'string') throw new NotMine();
    return mapped ? `${mapped}:${local}` : `{${uri}}${local}`;
  }
}

/** One start tag as xmldom's appendElement and mammoth's convertElement see it. */
function startElement<E, T>(tagName: string, attributeText: string, parentScope: Record<string, unknown>, names: Names): Open<E, T> {
  const attributes = Object.create(null) as Record<string, string>;
  if (attributeText === '') return { tagName, name: names.element(parentScope, tagName), attributes, children: [], scope: parentScope };
  const pairs: Array<[string, string]> = [];
  ATTRIBUTE.lastIndex = 0;
  for (let a = ATTRIBUTE.exec(attributeText); a; a = ATTRIBUTE.exec(attributeText)) {
    const qName = a[1];
    // xmldom keeps the names in a plain object and calls its hasOwnProperty: that name breaks it.
    if (qName === 'hasOwnProperty' || pairs.some((p) => p[0] === qName)) throw new NotMine();
    // xmldom: tabs and line ends in a value become spaces, then references are decoded.
    pairs.push([qName, decode((a[2] ?? a[3]).replace(/[\t\n\r]/g, ' '))]);
  }
  let scope = parentScope;
  if (attributeText.includes('xmlns')) {
    for (let i = pairs.length - 1; i >= 0; i--) {
      const [qName, value] = pairs[i];
      const declared = qName === 'xmlns' ? '' : qName.startsWith('xmlns:') ? qName.slice(6) : undefined;
      if (declared === undefined) continue;
      if (scope === parentScope) scope = Object.create(parentScope) as Record<string, unknown>;
      scope[declared] = value;
    }
  }
  const name = names.element(scope, tagName);
  for (const [qName, value] of pairs) attributes[names.attribute(scope, qName)] = value;
  return { tagName, name, attributes, children: [], scope };
}
