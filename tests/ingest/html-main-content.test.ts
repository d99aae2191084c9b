/**
 * Saved trust-centre pages (written here in the shapes real ones use: cookie banner, header,
 * nav, sidebar, CTA, feedback widget, footer) keep their main content only, in EN and PL; what was
 * dropped is reported; offsets still point into the original file; a page whose main content
 * Readability cannot find is read whole.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../ingest/readers/html.ts';
import { MAIN_CONTENT } from '../../ingest/readers/main-content.ts';
import { readFile } from '../../ingest/read.ts';

const dir = path.join(import.meta.dirname, '../fixtures/html');
const PAGES = {
  en: { file: 'trust-centre-en.html', first: 'Security and data protection', keeps: ['Database | Nightly | 35 days', 'single sign-on with SAML 2.0'], chrome: ['cookies', 'Book a demo', 'Ready to get started', 'free trial', 'Was this article helpful', 'All rights reserved', 'Careers', 'maintenance KPIs'] },
  pl: { file: 'centrum-zaufania-pl.html', first: 'Bezpieczeństwo danych w systemie Serwotech', keeps: ['przez trzydzieści dni', 'Każdy dostęp jest rejestrowany.'], chrome: ['cookie', 'Umów prezentację', 'newslettera', 'Gotowy, by zacząć', 'okres próbny', 'Wszelkie prawa zastrzeżone', 'Kariera', 'Najczęściej czytane'] },
} as const;

for (const [lang, page] of Object.entries(PAGES)) {
  describe(`a saved trust-centre page (${lang})`, () => {
    const source = readFileSync(path.join(dir, page.file), 'utf8');
    const r = readHtml(source, { mainContent: MAIN_CONTENT });
    const text = r.blocks.map((b) => b.text).join('\n');

    it('keeps the main content, headings and table', () => {
      expect(r.blocks[0]).toMatchObject({ type: 'heading', text: page.first });
      for (const k of page.keeps) expect(text).toContain(k);
    });

    it('leaves out cookie banner, header, sidebar, call to action, feedback and footer', () => {
      for (const c of page.chrome) expect(text, c).not.toContain(c);
    });

    it('says what it dropped', () => {
      expect(r.dropped?.blocks).toBeGreaterThanOrEqual(4);
      expect(r.dropped?.characters).toBeGreaterThan(300);
      expect(r.dropped?.examples.some((e) => /cookie/i.test(e))).toBe(true);
    });

    it('keeps line and column anchors pointing into the original file', () => {
      const lines = source.split('\n');
      let checked = 0;
      for (const b of r.blocks) {
        for (const [offset, line, column] of b.anchors ?? []) {
          const piece = /^[\p{L}\p{N}]+/u.exec(b.text.slice(offset))?.[0] ?? '';
          if (piece.length < 3) continue;
          expect(lines[line - 1]!.slice(column - 1, column - 1 + piece.length)).toBe(piece);
          checked++;
        }
      }
      expect(checked).toBeGreaterThanOrEqual(r.blocks.length - 2);
    });

    it('reads the same through ingest (an .html file is a saved page)', async () => {
      const read = await readFile(path.join(dir, page.file));
      expect(read.blocks.map((b) => b.text)).toEqual(r.blocks.map((b) => b.text));
      expect(read.dropped).toEqual(r.dropped);
    });
  });
}

describe('pages without a clear main content', () => {
  it('reads a short page whole, and a docx (generated html) is never cut', () => {
    const short = '<html><body><header><a href="/">Home</a></header><p>Backups are kept for 30 days.</p><footer>© 2025 Acme</footer></body></html>';
    const whole = readHtml(short, { mainContent: MAIN_CONTENT });
    expect(whole.blocks.map((b) => b.text)).toEqual(['Home', 'Backups are kept for 30 days.', '© 2025 Acme']);
    expect(whole.dropped).toBeUndefined();
    expect(readHtml(short, { hasLines: false }).dropped).toBeUndefined();
  });
});

describe('label/value cards inside the main content', () => {
  // Readability renames a card's inner <div>s to new <p>s; their text must still be read.
  const card = (label: string, value: string) => `<div class="card"><div class="label">${label}</div><div>${value}</div></div>`;
  const page = (cards: string[], para: string) =>
    `<!DOCTYPE html><html><head><title>Trust</title></head><body><nav><a href="/">Home</a> <a href="/pricing">Pricing</a></nav><main><h1>Trust centre</h1><p>${para}</p><h2>Infrastructure</h2>${cards.join('')}<h2>Encryption</h2><p>${para}</p></main><footer><a href="/jobs">Careers</a></footer></body></html>`;
  it('keeps every card line (EN)', () => {
    const prose = 'We run a maintenance planning service for factories, fleets and buildings, and this page explains how the data that our customers keep in it is protected, backed up and eventually deleted.';
    const r = readHtml(page([card('Hosting provider', 'Microsoft Azure'), card('Backup location', 'Amsterdam, Netherlands')], prose), { mainContent: MAIN_CONTENT });
    const texts = r.blocks.map((b) => b.text);
    for (const t of ['Hosting provider', 'Microsoft Azure', 'Backup location', 'Amsterdam, Netherlands']) expect(texts).toContain(t);
    expect(texts.join('\n')).not.toContain('Careers');
  });
  it('keeps every card line (PL)', () => {
    const prose = 'Prowadzimy usługę planowania przeglądów dla zakładów, flot i budynków, a ta strona wyjaśnia, jak chronimy dane klientów, jak tworzymy ich kopie zapasowe i kiedy je ostatecznie usuwamy.';
    const r = readHtml(page([card('Dostawca chmury', 'Microsoft Azure'), card('Lokalizacja kopii', 'Amsterdam, Holandia')], prose), { mainContent: MAIN_CONTENT });
    const texts = r.blocks.map((b) => b.text);
    for (const t of ['Dostawca chmury', 'Microsoft Azure', 'Lokalizacja kopii', 'Amsterdam, Holandia']) expect(texts).toContain(t);
  });
});
