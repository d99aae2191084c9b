/**
 * Two look-alikes of residue (our own text): a title with a byline under it ('Acme Gauges for
 * Teams' / 'by Acme Gauges Ltd', as app-marketplace listings print them) is no sentence cut in
 * two, and a short English FAQ question built from 'do' and 'you' ('Do you do code reviews?') is
 * not Polish because 'do' is also a Polish word. A title block cut mid-sentence is still found.
 */
import { describe, expect, it } from 'vitest';
import { documentFindings } from '../../src/findings/document-findings.ts';
import { documentFromText } from '../../src/model/from-text.ts';

const NOW = new Date('2026-06-01T00:00:00Z');
const check = (text: string, format: 'md' | 'txt') =>
  documentFindings(documentFromText(text, { format, source: `x.${format}`, id: 'x' }), { locale: 'en', now: NOW });

describe('bylines and short questions', () => {
  it('a byline under a listing title is not a broken paragraph', () => {
    const text = 'Brightgauge Tasks for Teams\nby Brightgauge Field Tools Ltd\n\nCreate and close maintenance tasks without leaving the chat window. Every task is stored in the EU.\n';
    expect(check(text, 'txt').filter((f) => f.kind === 'broken-paragraph')).toEqual([]);
  });

  it('a title line that runs on in lower case is still a cut', () => {
    const text = 'Brightgauge keeps every backup encrypted and\n\nchecks each restore by hand every quarter.\n\nAll data stays in the EU. Our team answers within one day.\n';
    expect(check(text, 'txt').filter((f) => f.kind === 'broken-paragraph')).toHaveLength(1);
  });

  it('an English question with "do" and "you" in an English FAQ is not another language', () => {
    const text = '# Security FAQ\n\n### Do you do code reviews?\n\nYes, every change is reviewed by a second engineer before it ships.\n\n### Do you do load testing?\n\nYes, before each major release.\n';
    expect(check(text, 'md').filter((f) => f.kind === 'untranslated-segment')).toEqual([]);
  });

  it('a Polish sentence in an English FAQ is still found', () => {
    const text =
      '# Security FAQ\n\n### Do you encrypt backups?\n\nYes, we encrypt every backup with AES-256 before it leaves the server. Kopie zapasowe są szyfrowane i przechowywane w drugim ośrodku przez trzydzieści dni.\n\n### Where is the data hosted?\n\nAll customer data is hosted in Frankfurt, Germany, with a second zone for failover.\n';
    expect(check(text, 'md').filter((f) => f.kind === 'untranslated-segment').length).toBeGreaterThan(0);
  });
});
