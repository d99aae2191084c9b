import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { alignDocuments } from '../../src/align/align.ts';
import { toTmx } from '../../src/align/export/tmx.ts';
import { toXliff } from '../../src/align/export/xliff.ts';
import type { Alignment } from '../../src/align/types.ts';
import { dtdToXsd } from './dtd-to-xsd.ts';
import { english, polish } from './fixture.ts';

const SCHEMAS = fileURLToPath(new URL('./schemas/', import.meta.url));
const schema = (name: string) => readFileSync(SCHEMAS + name, 'utf8');

const XML_XSD = 'informativeCopiesOf3rdPartySchemas/w3c/xml.xsd';
// This xmllint-wasm build cannot validate against a DTD, so the DTD is turned into an XSD.
const TMX_XSD = dtdToXsd(schema('tmx14.dtd'), XML_XSD);

async function validateTmx(xml: string) {
  return validateXML({
    xml: [{ fileName: 'alignment.tmx', contents: xml }],
    schema: [{ fileName: 'tmx14.xsd', contents: TMX_XSD }],
    preload: [
      { fileName: XML_XSD, contents: schema(XML_XSD) },
      { fileName: 'tmx14.dtd', contents: schema('tmx14.dtd') },
    ],
  });
}

async function validateXliff(xml: string) {
  const xmlXsd = XML_XSD;
  return validateXML({
    xml: [{ fileName: 'alignment.xlf', contents: xml }],
    schema: [{ fileName: 'xliff_core_2.0.xsd', contents: schema('xliff_core_2.0.xsd') }],
    preload: [{ fileName: xmlXsd, contents: schema(xmlXsd) }],
  });
}

const tricky: Alignment = {
  source: { documentId: 'a', file: 'a & b.md', lang: 'en' },
  target: { documentId: 'b', file: 'b.md', lang: 'pl' },
  pairs: [
    { source: { start: 0, end: 30, text: 'Use <script>alert("x")</script> & \'q\'' }, target: { start: 0, end: 10, text: 'Użyj <b> & „q”' }, score: 0.5, flags: [{ kind: 'number-mismatch', detail: '30 days ≠ 35 dni' }] },
    { source: { start: 30, end: 40, text: 'Only here.' }, target: { start: 10, end: 10, text: '' }, score: 0, flags: [{ kind: 'missing-in-target', detail: 'no counterpart' }] },
    { source: { start: 40, end: 40, text: '' }, target: { start: 10, end: 20, text: 'Tylko tu.' }, score: 0, flags: [{ kind: 'missing-in-source', detail: 'no counterpart' }] },
  ],
};

describe('TMX 1.4b export', () => {
  it('is valid against the TMX 1.4b DTD on the fixture pair, both directions', async () => {
    for (const a of [alignDocuments(english(), polish()), alignDocuments(polish(), english())]) {
      const result = await validateTmx(toTmx(a));
      expect(result.errors).toEqual([]);
      expect(result.valid).toBe(true);
    }
  }, 30_000);

  it('the validator does reject a broken TMX (the check can fail)', async () => {
    const tmx = toTmx(tricky);
    for (const broken of [
      tmx.replace('<seg>', '<sag>').replace('</seg>', '</sag>'),
      tmx.replace(/ xml:lang="pl"/, ''),
      tmx.replace(/ srclang="en"/, ''),
      tmx.replace('segtype="sentence"', 'segtype="word"'),
      tmx.replace('<tmx version="1.4">', '<tmx version="1.3">'),
    ]) {
      expect((await validateTmx(broken)).valid).toBe(false);
    }
  }, 30_000);

  it('has srclang, version 1.4, xml:lang on every tuv, one tu per two-sided pair, flags as prop', () => {
    const a = alignDocuments(english(), polish());
    const tmx = toTmx(a);
    expect(tmx).toContain('<tmx version="1.4">');
    expect(tmx).toMatch(/<header [^>]*srclang="en"[^>]*segtype="sentence"|<header [^>]*segtype="sentence"[^>]*srclang="en"/);
    const tuvs = tmx.match(/<tuv[^>]*>/g) ?? [];
    expect(tuvs.length).toBeGreaterThan(0);
    expect(tuvs.every((t) => /xml:lang="(en|pl)"/.test(t))).toBe(true);
    const twoSided = a.pairs.filter((p) => p.source.text && p.target.text);
    expect((tmx.match(/<tu /g) ?? []).length).toBe(twoSided.length);
    const flagged = twoSided.filter((p) => p.flags.length).length;
    expect(flagged).toBeGreaterThan(0);
    expect((tmx.match(/<tu [^>]*>\n\s*<prop type="x-seckb-flag">/g) ?? []).length).toBe(flagged);
  });

  it('escapes markup and skips one-sided pairs', async () => {
    const tmx = toTmx(tricky);
    expect(tmx).not.toContain('<script>');
    expect(tmx).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;q&apos;');
    expect((tmx.match(/<tu /g) ?? []).length).toBe(1);
    expect((await validateTmx(tmx)).valid).toBe(true);
  }, 30_000);

  it('is byte-identical on a rerun', () => {
    expect(toTmx(alignDocuments(polish(), english()))).toBe(toTmx(alignDocuments(polish(), english())));
  });
});

describe('XLIFF 2.0 export', () => {
  it('is valid against the XLIFF 2.0 core schema on the fixture pair, both directions', async () => {
    for (const a of [alignDocuments(english(), polish()), alignDocuments(polish(), english())]) {
      const result = await validateXliff(toXliff(a));
      expect(result.errors).toEqual([]);
      expect(result.valid).toBe(true);
    }
  }, 30_000);

  it('the validator does reject a broken XLIFF (the check can fail)', async () => {
    const broken = toXliff(tricky).replace(/<segment id="s1">/, '<segment>').replace('<source', '<origin').replace('</source>', '</origin>');
    expect((await validateXliff(broken)).valid).toBe(false);
  }, 30_000);

  it('has srcLang/trgLang, one unit per pair, flags as seckb notes, escaped text', async () => {
    const xlf = toXliff(tricky);
    expect(xlf).toContain('xmlns="urn:oasis:names:tc:xliff:document:2.0"');
    expect(xlf).toContain('srcLang="en" trgLang="pl"');
    expect((xlf.match(/<unit /g) ?? []).length).toBe(3);
    expect((xlf.match(/<note category="seckb">/g) ?? []).length).toBe(3);
    expect(xlf).toContain('number-mismatch: 30 days ≠ 35 dni');
    expect(xlf).not.toContain('<script>');
    expect((await validateXliff(xlf)).valid).toBe(true);
  }, 30_000);
});
