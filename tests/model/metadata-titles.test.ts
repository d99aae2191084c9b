/**
 * Metadata from the shapes real pages and sheets take: a help-centre title ending in the site's
 * name, a questionnaire that opens with its header row, a vendor named with its legal form, and
 * a blog title that addresses the reader. Documents written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../src/model/from-text.ts';

describe('metadata from page titles and sheets', () => {
  it('takes the vendor from the site name that ends a web title, not the title\'s first word', () => {
    const doc = documentFromText(
      '# Removing your workspace and what we keep – Quillberry Help Center\n\nRemoving a workspace deletes its work orders. Exports stay available for 14 days. Quillberry support can restore a workspace removed by mistake.\n',
      { format: 'md', source: 'help.md' },
    );
    expect(doc.vendor.id).toBe('quillberry');
  });

  it("keeps a vendor that opens the title before the separator", () => {
    const doc = documentFromText('# Tarnavik - Biały dokument bezpieczeństwa\n\nTarnavik szyfruje kopie zapasowe. Tarnavik przechowuje dane w Polsce.\n', { format: 'md', source: 'bialy.md' });
    expect(doc.vendor.id).toBe('tarnavik');
  });

  it('gives a vendor with a legal form the id of its bare name', () => {
    const doc = documentFromText('# Security questionnaire\n\nAnswers for buyers.\n', { format: 'md', source: 'q.md', meta: { vendor: 'Tarnavik sp. z o.o.' } });
    expect(doc.vendor).toEqual({ id: 'tarnavik', name: 'Tarnavik sp. z o.o.' });
  });

  it('does not title a sheet by its header row', () => {
    const doc = documentFromText('| Question ID | Question | Answer |\n|---|---|---|\n| A.1 | Is data encrypted at rest? | Yes |\n', { format: 'md', source: 'answers.md' });
    expect(doc.title).not.toBe('Question ID | Question | Answer');
  });

  it('takes no vendor from a Polish title noun the text inflects in lower case', () => {
    const doc = documentFromText(
      '# Usunięcie konta\n\n- Usunięcie konta staje się nieodwracalne po 7 dniach od momentu jego zlecenia.\n- Przed usunięciem konta wyeksportuj dokumenty.\n',
      { format: 'md', source: 'pomoc-konto.md' },
    );
    expect(doc.vendor.id).toBe('pomoc-konto');
  });

  it('takes no vendor from a pronoun that addresses the reader', () => {
    const doc = documentFromText('# Trzy zasady bezpiecznych haseł w Twoim zakładzie\n\nHasło powinno mieć co najmniej 12 znaków. Nie używaj tego samego hasła dwa razy.\n', { format: 'md', source: 'porady.md' });
    expect(doc.vendor.id).not.toBe('twoim');
  });
});
