import { describe, expect, it } from 'vitest';
import { readHtml } from '../../ingest/readers/html.ts';

const PAGE = `<!doctype html>
<html lang="pl-PL"><head><title>Acme &amp; Co Security</title>
<meta name="publisher" content="Acme"><style>p { color: red }</style>
<script>var s = "<p>hidden script</p>";</script></head>
<body>
<h1>1. Overview</h1>
<p>Data is   <b>encrypted</b> at rest&nbsp;with AES&#8209;256 &mdash; always.
  Second line.</p>
<noscript>enable javascript</noscript>
<ul><li>One<ul><li>Nested</li></ul></li><li>Two</li></ul>
<ol><li>Step</li></ol>
<table><caption>Retention</caption><thead><tr><th>Data</th><th>Days</th></tr></thead>
<tbody><tr><td>Logs</td><td>30</td></tr></tbody></table>
<figure><img src="img/arch.png" alt="Architecture diagram"><figcaption>Figure 1: Architecture</figcaption></figure>
<p>Table 2. Backups</p>
<pre>line 1
  line 2</pre>
<blockquote><p>Quoted text</p></blockquote>
<p>**bold** kept<br>after break</p>
<template><p>template text</p></template>
</body></html>`;

describe('readHtml', () => {
  const r = readHtml(PAGE);
  const texts = r.blocks.map((b) => b.text);

  it('drops scripts, styles, noscript and templates', () => {
    const all = texts.join('\n');
    for (const hidden of ['hidden script', 'color: red', 'enable javascript', 'template text']) {
      expect(all).not.toContain(hidden);
    }
  });

  it('keeps visible text exactly, entities decoded, whitespace collapsed', () => {
    const p = r.blocks.find((b) => b.text.startsWith('Data is'));
    expect(p?.type).toBe('paragraph');
    expect(p?.text).toBe('Data is encrypted at rest\u00a0with AES\u2011256 \u2014 always. Second line.');
    expect(texts).toContain('**bold** kept\nafter break');
  });

  it('types headings, list items, rows, captions, images, code and quotes', () => {
    expect(r.blocks[0]).toMatchObject({ type: 'heading', depth: 1, text: '1. Overview' });
    const items = r.blocks.filter((b) => b.type === 'list-item');
    expect(items.map((b) => b.text)).toEqual(['One', 'Nested', 'Two', 'Step']);
    expect(items[0].group).toBe(items[2].group);
    expect(items[1].group).not.toBe(items[0].group);
    expect(items[3].ordered).toBe(true);
    const rows = r.blocks.filter((b) => b.type === 'table-row');
    expect(rows).toEqual([
      expect.objectContaining({ text: 'Data | Days', cells: ['Data', 'Days'], header: true }),
      expect.objectContaining({ text: 'Logs | 30', cells: ['Logs', '30'] }),
    ]);
    expect(rows[0].group).toBe(rows[1].group);
    expect(rows[1].header).toBeUndefined();
    expect(r.blocks.filter((b) => b.type === 'caption').map((b) => b.text)).toEqual(['Retention', 'Figure 1: Architecture', 'Table 2. Backups']);
    expect(r.blocks.find((b) => b.type === 'image')).toMatchObject({ text: '', alt: 'Architecture diagram' });
    expect(r.blocks.find((b) => b.type === 'code')?.text).toBe('line 1\n  line 2');
    expect(r.blocks.find((b) => b.type === 'quote')?.text).toBe('Quoted text');
  });

  it('reads declared metadata', () => {
    expect(r.meta).toEqual({ title: 'Acme & Co Security', vendor: 'Acme', language: 'pl' });
    expect(r.format).toBe('html');
    expect(r.hasLines).toBe(true);
  });

  it('anchors map block offsets back to source line and column', () => {
    const lines = PAGE.split('\n');
    const at = (line: number, column: number, length: number): string => lines[line - 1].slice(column - 1, column - 1 + length);
    let checked = 0;
    for (const b of r.blocks) {
      for (const [offset, line, column] of b.anchors ?? []) {
        // Compare a short literal stretch (no entities or collapsed spaces in it).
        const piece = /^[A-Za-z0-9*]+/.exec(b.text.slice(offset))?.[0] ?? '';
        if (piece.length < 2) continue;
        expect(at(line, column, piece.length)).toBe(piece);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
    const p = r.blocks.find((b) => b.text.startsWith('Data is'))!;
    expect(p.anchors?.some(([o, l]) => p.text.slice(o).startsWith('Second') && l === 8)).toBe(true);
  });

  it('omits anchors for generated html', () => {
    const g = readHtml('<p>Hello</p>', { hasLines: false });
    expect(g.hasLines).toBe(false);
    expect(g.blocks).toEqual([{ type: 'paragraph', text: 'Hello' }]);
  });
});
