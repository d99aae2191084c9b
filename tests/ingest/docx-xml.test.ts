/**
 * readXmlTree (ingest/readers/docx-xml.ts) builds mammoth's XML tree without xmldom's DOM. Where it
 * answers, its tree must be exactly the one mammoth's own reader (xmldom, then a copy) gives, key
 * order included; where it does not answer, xmldom reads the part. Checked on every part of the
 * .docx files in content/sources and the test fixture (each must take the direct path, or the speed-up
 * is gone), and on generated XML full of what xmldom reads its own way: entities, odd character
 * references, line ends, tabs in values, namespaces (unbound, empty, redeclared, XHTML), comments,
 * processing instructions, CDATA, DOCTYPE, names with two colons, unclosed and mismatched tags.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import mammothXml, { type XmlNode } from 'mammoth/lib/xml/index.js';
import { readString as viaDom } from 'mammoth/lib/xml/reader.js';
import { describe, expect, it } from 'vitest';
import { readXmlTree } from '../../ingest/readers/docx-xml.ts';
import { readZipEntry, zipEntries } from '../../ingest/zip.ts';
import { makeDocx } from './fixtures/make-docx.ts';

const nodes = {
  element: (name: string, attributes: Record<string, string>, children: XmlNode[]) => new mammothXml.Element(name, attributes, children),
  text: mammothXml.text,
};
// mammoth's map for a .docx's parts (a part of it: the rest only adds more mapped namespaces).
const OFFICE = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'relationships',
  'urn:x': 'x',
};

/** The tree as text, with each element's prototype checked: equal strings mean equal trees. */
function shape(node: unknown): string {
  const walk = (n: XmlNode): void => {
    if (n.type !== 'element') return;
    expect(Object.getPrototypeOf(n)).toBe(mammothXml.Element.prototype);
    expect(Object.getPrototypeOf(n.attributes)).toBe(null);
    n.children.forEach(walk);
  };
  walk(node as XmlNode);
  return JSON.stringify(node);
}

async function expectSameAsDom(source: string, map: Record<string, string>): Promise<boolean> {
  const mine = readXmlTree(source, map, nodes);
  if (mine === undefined) return false;
  const theirs = await viaDom(source, map);
  expect(theirs).not.toBeInstanceOf(Error);
  expect(shape(mine)).toBe(shape(theirs));
  return true;
}

async function docxParts(buf: Uint8Array): Promise<string[]> {
  return (zipEntries(buf) ?? []).filter((e) => /\.(?:xml|rels)$/.test(e.name)).map((e) => readZipEntry(buf, e, 1 << 26).toString('utf8').replace(/^\uFEFF/, ''));
}

describe('readXmlTree against xmldom', () => {
  it('reads every part of the sample .docx files and the fixture directly, as xmldom does', async () => {
    const dir = path.resolve('content/sources');
    const files = [await makeDocx(), ...readdirSync(dir).filter((f) => f.endsWith('.docx')).map((f) => readFileSync(path.join(dir, f)))];
    let parts = 0;
    for (const buf of files) {
      for (const part of await docxParts(buf)) {
        for (const map of [OFFICE, {}]) expect(await expectSameAsDom(part, map)).toBe(true);
        parts++;
      }
    }
    expect(parts).toBeGreaterThan(20);
  });

  it('gives xmldom\'s reading of entities, references, line ends and namespaces', async () => {
    const cases = [
      '<?xml version="1.0"?>\r\n<a>x&amp;y &lt;&gt; &quot;&apos; &#65;&#x42;&#X43;&#1x2;&#128512; AT&T & ;</a>',
      '<a b="1\t2\r\n3&#9;&amp;" c = \'"q"\'\n d="x>y<z"/>',
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xml:space="preserve"><w:p w:x="1"><x:y xmlns:x="urn:x" x:z="2"/><!-- c --><w:t>a</w:t>b<!--d-->c<?pi data?>e</w:p></w:document >',
      '<a xmlns="urn:d"><b xmlns=""><c/></b><d xmlns:q=""><q:e/></d><u:f/></a>',
      '<a>\u0085line\u2028end\rx</a>',
      '<a><b></b ><b>y</b></a>',
    ];
    for (const source of cases) {
      for (const map of [OFFICE, {}]) expect(await expectSameAsDom(source, map)).toBe(true);
    }
  });

  it('leaves to xmldom what it reads its own way', () => {
    const theirs = [
      '<a><![CDATA[x]]></a>', '<!DOCTYPE a><a/>', '<a>&nbsp;</a>', '<a:b:c/>', '<a b="1"c="2"/>', '<a b=1/>', '<a b/>',
      '<a b="1" b="2"/>', '<a><b></a>', '<a>', '<a/><b/>', 'x<a/>', '<a/>x', '<parsererror/>', '<a>< b</a>', '<a><?></a>',
      '<h xmlns="http://www.w3.org/1999/xhtml"><script>x</script></h>', '<constructor:a/>', '<é/>', '<a><b>x</b><b>y</b ></a>',
      '<a hasOwnProperty="1" b="2"/>', '', '<a><!-x--></a>',
    ];
    for (const source of theirs) expect(readXmlTree(source, OFFICE, nodes), source).toBeUndefined();
  });

  it('never differs from xmldom on generated XML', async () => {
    const name = fc.constantFrom('a', 'b', 'w:p', 'w:t', 'x:y', 'q:z', 'u:v', 'xml:lang', 'A', '_b.c-d', 'a:b:c', 'é', 'constructor:a', 'toString');
    const ws = fc.constantFrom('', ' ', '\t', '\n', '\r\n', '  ');
    const textPiece = fc.constantFrom(
      'x', ' ', 'Dane', '&amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&#65;', '&#x41;', '&#X41;', '&#1x2;', '&#128512;', '&nbsp;', '&', 'a&b', '&;',
      '\r\n', '\r', '\n', '\t', '\u0085', '\u2028', '\u00a0', '>', ']]>', '"', "'", '<', '<!--c-->', '<?p d?>', '<![CDATA[c]]>', '<?>',
    );
    const text = fc.array(textPiece, { maxLength: 4 }).map((p) => p.join(''));
    const xmlns = fc.constantFrom(
      ' xmlns="urn:d"', ' xmlns=""', ' xmlns:x="urn:x"', ' xmlns:q="urn:q"', ' xmlns:q=""', ' xmlns:u="http://www.w3.org/1999/xhtml"',
      ' xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"', ' xmlns:xml="urn:no"', '',
    );
    const attribute = fc.tuple(ws, name, ws, ws, fc.constantFrom('"', "'"), text).map(([s1, n, s2, s3, q, v]) => `${s1 || ' '}${n}${s2}=${s3}${q}${v.replaceAll(q, '')}${q}`);
    const element: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        text,
        fc.tuple(name, xmlns, fc.array(attribute, { maxLength: 3 }), ws, fc.boolean(), fc.array(tie('node'), { maxLength: 4 }), ws, fc.boolean())
          .map(([n, ns, attrs, s, closed, children, s2, mismatched]) =>
            closed ? `<${n}${ns}${attrs.join('')}${s}/>` : `<${n}${ns}${attrs.join('')}${s}>${children.join('')}</${mismatched ? 'b' : n}${s2}>`),
      ),
    })).node;
    const documents = fc.tuple(fc.constantFrom('', '<?xml version="1.0" encoding="UTF-8"?>\n', '<!--head-->', ' '), element, fc.constantFrom('', '\n', '<!--tail-->', 'x'))
      .map(([head, body, tail]) => head + body + tail);
    let direct = 0;
    await fc.assert(
      fc.asyncProperty(documents, fc.constantFrom(OFFICE, {}), async (source, map) => {
        if (await expectSameAsDom(source, map)) direct++;
      }),
      { numRuns: 3000 },
    );
    // The generator must reach the direct path often, or the property says little.
    expect(direct).toBeGreaterThan(300);
  });
});
