/**
 * A draft pasted together as a writer would (not from any eval set): every planted leftover is
 * found, and the look-alike lines (contact details, acronyms in brackets) raise nothing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFindings } from '../../src/findings/document-findings.ts';
import { documentFromText } from '../../src/model/from-text.ts';

const text = readFileSync(path.join(import.meta.dirname, 'fixtures/pasted/draft-en.txt'), 'utf8');

describe('a pasted English draft', () => {
  const doc = documentFromText(text, { format: 'txt', source: 'draft-en.txt', id: 'draft' });
  const findings = documentFindings(doc, { locale: 'en', now: new Date('2025-06-01T00:00:00Z') });
  const flagged = (kind: string) => findings.filter((f) => f.kind === kind).map((f) => f.excerpt);

  it('finds the opener, the four citation residues and both placeholders', () => {
    expect(flagged('ai-chat-residue')).toEqual([
      'Absolutely — here is a more formal rewrite',
      'contentReferenceoaicite:0index=0',
      '【4†source】',
      'citeturn0search3',
      ':contentReference[oaicite:7]\n{index=7}',
    ]);
    expect(flagged('placeholder')).toEqual(['[CERTIFICATION BODY]', '[YEAR]']);
  });

  it('raises nothing on the contact lines and bracketed acronyms', () => {
    const quiet = ['security@example.com', 'Hauptstraße', '+49 30', '[ISO]', '[NIST CSF]'];
    for (const f of findings) for (const q of quiet) expect(f.excerpt, f.rule).not.toContain(q);
  });
});
