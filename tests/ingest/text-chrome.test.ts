/**
 * Round 15: page chrome in web pages saved as text (.txt, .md). Help centres, docs platforms and
 * trust pages wrap the article in lines a reader never reads as content: skip links, breadcrumb
 * roots, "Was this article helpful?", author and "updated 2 days ago" lines, print and share
 * buttons, "Back to top", a docs platform's instructions to AI agents. Our own pages, EN and PL;
 * look-alikes (a sentence about cookies, a dated "Last updated" line, a paragraph about llms.txt,
 * a product's own "Agent instructions" feature) keep their text.
 */
import { describe, expect, it } from 'vitest';
import { readMarkdown, readPlainText } from '../../ingest/readers/markdown.ts';
import { documentFromText } from '../../src/model/from-text.ts';

const txt = (lines: string[]) => readPlainText(lines.join('\n'));
const md = (lines: string[]) => readMarkdown(lines.join('\n'));
const texts = (read: { blocks: Array<{ text: string }> }) => read.blocks.map((b) => b.text.trim());

describe('help-centre chrome in a page saved as text', () => {
  it('EN: skip link, helpfulness question, relative update line, print and back-to-top go; the article stays', () => {
    const read = txt(['Skip to main content', '', 'Keeping your workspace safe', 'Updated 3 days ago', '', 'Every workspace is backed up each night.', '', 'Print', '', 'Was this article helpful?', '', 'Back to top']);
    expect(texts(read)).toEqual(['Keeping your workspace safe', 'Every workspace is backed up each night.']);
    expect(read.dropped).toMatchObject({ blocks: 5 });
    expect(read.dropped!.examples).toContain('Skip to main content');
  });
  it('PL: "Przejdź do treści", "Zaktualizowano ponad tydzień temu", "Czy ta odpowiedź była pomocna?", "Powrót do pomocy"', () => {
    const read = txt(['Przejdź do treści', '', 'Jak chronimy konto', 'Zaktualizowano ponad tydzień temu', '', 'Logowanie wymaga kodu z aplikacji.', '', 'Czy ta odpowiedź była pomocna?', '', 'Powrót do pomocy']);
    expect(texts(read)).toEqual(['Jak chronimy konto', 'Logowanie wymaga kodu z aplikacji.']);
  });
  it('EN: a breadcrumb from "All Collections" to the article title, which the page repeats as its heading', () => {
    const read = txt(['All Collections', 'Account and access', 'Signing in', 'Turning on two-step login', 'Turning on two-step login', 'Written by Dana Frost', '', 'Admins can require a second step for everyone.']);
    expect(texts(read)).toEqual(['Turning on two-step login', 'Admins can require a second step for everyone.']);
  });
  it('the chrome no longer titles the document: the article heading does', () => {
    const doc = documentFromText(['Skip to content', '', 'Data retention', '', 'We keep invoices for six years.'].join('\n'), { format: 'txt' });
    expect(doc.sections[0]?.heading).toBe('Data retention');
  });
});

describe("a docs platform's instructions to AI agents", () => {
  it('EN markdown: the index note on top and the "Agent Instructions" section at the end go', () => {
    const read = md([
      '> For the complete documentation index, see [llms.txt](https://docs.example.test/llms.txt).',
      '',
      '# Encryption',
      '',
      'Files are encrypted at rest with AES-256.',
      '',
      '---',
      '',
      '# Agent Instructions: Querying This Documentation',
      '',
      'You can ask this documentation a question.',
      '',
      '```',
      'GET https://docs.example.test/encryption.md?ask=<question>',
      '```',
    ]);
    expect(texts(read)).toEqual(['Encryption', 'Files are encrypted at rest with AES-256.']);
  });
  it('PL page: the English instructions no longer make it read as English', () => {
    const page = [
      '# Kopie zapasowe',
      '',
      'Kopię bazy danych wykonujemy codziennie o północy i przechowujemy ją przez trzydzieści dni w drugim centrum danych.',
      '',
      '# Agent Instructions: Querying This Documentation',
      '',
      'If you need additional information that is not directly available in this page, you can query the documentation dynamically by asking a question.',
      '',
      'Perform an HTTP GET request on the current page URL with the ask query parameter: https://docs.example.test/kopie.md?ask=<question>',
      '',
      'The question should be specific, self-contained, and written in natural language. The response will contain a direct answer and relevant excerpts.',
    ].join('\n');
    expect(documentFromText(page, { format: 'md' }).language).toBe('pl');
  });
});

describe('look-alikes: content that only resembles chrome stays', () => {
  it('a sentence about cookies, a dated "Last updated" line and a "Print" inside a sentence', () => {
    const lines = ['We use cookies only to keep you signed in.', '', 'Last updated: 12 March 2025', '', 'Print the recovery codes and keep them safe.'];
    expect(texts(txt(lines))).toEqual(lines.filter((l) => l !== ''));
  });
  it('a paragraph about llms.txt, and a product feature called "Agent instructions" with no index or query', () => {
    const read = md(['# Agent instructions', '', 'Admins write agent instructions that every support bot follows.', '', 'Our llms.txt lists the public pages of this site for search tools.']);
    expect(texts(read)).toHaveLength(3);
    expect(read.dropped).toBeUndefined();
  });
  it('PL: "Czy kopia była pomocna przy odtworzeniu danych, sprawdzamy co miesiąc." is a sentence, not the widget', () => {
    const line = 'Czy kopia była pomocna przy odtworzeniu danych, sprawdzamy co miesiąc.';
    expect(texts(txt([line]))).toEqual([line]);
  });
});
