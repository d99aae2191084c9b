/**
 * The xmllint-wasm build has no DTD validation (`--valid`/`--dtdvalid` are compiled out), so
 * the TMX test converts the vendored TMX 1.4b DTD into an equivalent W3C XML Schema and
 * validates with `--schema`. Handles the DTD subset TMX uses: parameter entities, sequences,
 * choices, mixed content, EMPTY, CDATA / enumerated attributes, #REQUIRED / #IMPLIED / #FIXED,
 * and xml:lang (imported from the W3C xml.xsd).
 */

type Particle = { kind: 'name'; name: string; occ: string } | { kind: 'seq' | 'choice'; items: Particle[]; occ: string };

function expandEntities(dtd: string): string {
  const entities = new Map<string, string>();
  for (const m of dtd.matchAll(/<!ENTITY\s+%\s+([\w.-]+)\s+"([^"]*)"\s*>/g)) entities.set(m[1], m[2]);
  return dtd.replace(/%([\w.-]+);/g, (all, name: string) => entities.get(name) ?? all);
}

function parseModel(model: string): Extract<Particle, { items: Particle[] }> {
  let i = 0;
  const s = model.replace(/\s+/g, '');
  const occ = () => (/[?*+]/.test(s[i] ?? '') ? s[i++] : '');
  const group = (): Extract<Particle, { items: Particle[] }> => {
    i++; // "("
    const items: Particle[] = [];
    let sep: ',' | '|' | undefined;
    while (s[i] !== ')') {
      if (s[i] === ',' || s[i] === '|') {
        sep = s[i] as ',' | '|';
        i++;
        continue;
      }
      items.push(s[i] === '(' ? group() : name());
    }
    i++; // ")"
    return { kind: sep === '|' ? 'choice' : 'seq', items, occ: occ() };
  };
  const name = (): Particle => {
    const m = /^[#\w.:-]+/.exec(s.slice(i))!;
    i += m[0].length;
    return { kind: 'name', name: m[0], occ: occ() };
  };
  return group();
}

function occurs(occ: string): string {
  const min = occ === '?' || occ === '*' ? ' minOccurs="0"' : '';
  const max = occ === '*' || occ === '+' ? ' maxOccurs="unbounded"' : '';
  return min + max;
}

function particle(p: Particle): string {
  if (p.kind === 'name') return `<xs:element ref="${p.name}"${occurs(p.occ)}/>`;
  const tag = p.kind === 'seq' ? 'xs:sequence' : 'xs:choice';
  return `<${tag}${occurs(p.occ)}>${p.items.map(particle).join('')}</${tag}>`;
}

function attributes(decl: string): string {
  const out: string[] = [];
  const re = /([\w:.-]+)\s+(CDATA|NMTOKEN|ID|\([^)]*\))\s+(#REQUIRED|#IMPLIED|#FIXED\s+"[^"]*"|"[^"]*")/g;
  for (const m of decl.matchAll(re)) {
    const [, name, type, dflt] = m;
    const use = dflt === '#REQUIRED' ? ' use="required"' : '';
    const fixed = dflt.startsWith('#FIXED') ? ` fixed="${/"([^"]*)"/.exec(dflt)![1]}"` : '';
    if (name === 'xml:lang') {
      out.push(`<xs:attribute ref="xml:lang"${use}/>`);
      continue;
    }
    if (type.startsWith('(')) {
      const values = type.slice(1, -1).split('|').map((v) => `<xs:enumeration value="${v.trim()}"/>`).join('');
      out.push(`<xs:attribute name="${name}"${use}${fixed}><xs:simpleType><xs:restriction base="xs:string">${values}</xs:restriction></xs:simpleType></xs:attribute>`);
    } else out.push(`<xs:attribute name="${name}" type="xs:string"${use}${fixed}/>`);
  }
  return out.join('');
}

/** An XSD (no target namespace) equivalent to `dtd`; `xmlXsd` is where xml.xsd is preloaded. */
export function dtdToXsd(dtd: string, xmlXsd: string): string {
  const text = expandEntities(dtd.replace(/<!--[\s\S]*?-->/g, ''));
  const attlists = new Map<string, string>();
  for (const m of text.matchAll(/<!ATTLIST\s+([\w.-]+)([\s\S]*?)>/g)) attlists.set(m[1], (attlists.get(m[1]) ?? '') + m[2]);
  const elements: string[] = [];
  for (const m of text.matchAll(/<!ELEMENT\s+([\w.-]+)\s+([\s\S]*?)\s*>/g)) {
    const [, name, model] = m;
    const attrs = attributes(attlists.get(name) ?? '');
    let body: string;
    if (model === 'EMPTY') body = `<xs:complexType>${attrs}</xs:complexType>`;
    else {
      const p = parseModel(model);
      const pcdata = p.items.some((x) => x.kind === 'name' && x.name === '#PCDATA');
      if (pcdata) {
        const children = p.items.filter((x) => !(x.kind === 'name' && x.name === '#PCDATA'));
        const inner = children.length ? `<xs:choice minOccurs="0" maxOccurs="unbounded">${children.map(particle).join('')}</xs:choice>` : '';
        body = `<xs:complexType mixed="true">${inner}${attrs}</xs:complexType>`;
      } else body = `<xs:complexType>${particle(p)}${attrs}</xs:complexType>`;
    }
    elements.push(`<xs:element name="${name}">${body}</xs:element>`);
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" elementFormDefault="qualified">',
    `<xs:import namespace="http://www.w3.org/XML/1998/namespace" schemaLocation="${xmlXsd}"/>`,
    ...elements,
    '</xs:schema>',
  ].join('\n');
}
