import { describe, expect, it } from 'vitest';
import { layoutPages, joinLines, type PdfLine } from '../../ingest/readers/pdf-layout.ts';

/** Body lines 14 units apart from y 700 down, in font f1 at size 10, each to `right` unless given. */
function page(specs: Array<Partial<PdfLine> & { text: string }>): Array<{ type: string; text: string }> {
  let y = 700;
  const lines = specs.map((s) => {
    const l: PdfLine = { page: 1, x: 72, y, right: 520, size: 10, font: 'f1', ...s };
    y = l.y - (s.size && s.size > 10 ? s.size * 1.4 : 14);
    return l;
  });
  return layoutPages([{ number: 1, height: 842, lines }]).blocks.map((b) => ({ type: b.type, text: b.text }));
}

describe('pdf lines that look like a new block but continue one', () => {
  it('reads a lone letter with a full stop after a line that ran on as part of the sentence', () => {
    const pl = page([
      { text: 'Polityka opiera się na rozporządzeniu ministra z dnia 29 kwietnia 2004' },
      { text: 'r. w sprawie dokumentacji przetwarzania danych.', right: 300 },
    ]);
    expect(pl).toEqual([{ type: 'paragraph', text: 'Polityka opiera się na rozporządzeniu ministra z dnia 29 kwietnia 2004 r. w sprawie dokumentacji przetwarzania danych.' }]);
    // Look-alike: lettered items after a colon and a comma stay items.
    const items = page([
      { text: 'Access is granted when:', right: 200 },
      { text: 'a) the manager approves the request,', right: 260 },
      { text: 'b) the user has completed training.', right: 260 },
    ]);
    expect(items.map((b) => b.type)).toEqual(['paragraph', 'list-item', 'list-item']);
  });

  it('reads a numbered line that runs to the edge in the body font as a numbered paragraph', () => {
    const blocks = page([
      { text: '1.1. The personal data processed under this agreement and the purposes of' },
      { text: 'processing are set out in the main contract between the parties.', right: 400 },
    ]);
    expect(blocks).toEqual([{ type: 'paragraph', text: '1.1. The personal data processed under this agreement and the purposes of processing are set out in the main contract between the parties.' }]);
    // Look-alike: a short numbered line is a heading.
    expect(page([{ text: '2.3 Retention', right: 150 }, { text: 'Logs are kept for a year and then deleted for good.', right: 400 }])[0]).toEqual({ type: 'heading', text: '2.3 Retention' });
  });

  it('ends a list item at a line set left of its bullet', () => {
    const blocks = page([
      { text: '• Access reviews every quarter and removal of leavers on their last', x: 84 },
      { text: 'working day, with the review signed off by the security officer', x: 96, right: 515 },
      { text: 'Network controls:', right: 170 },
      { text: '• Firewalls between every tier', x: 84, right: 260 },
    ]);
    expect(blocks.map((b) => b.text)).toEqual(['Access reviews every quarter and removal of leavers on their last working day, with the review signed off by the security officer', 'Network controls:', 'Firewalls between every tier']);
  });
});

describe('pdf headings set in another font', () => {
  it('reads a body-size line in a heading font before body text as a heading, wrapped or not (EN and PL)', () => {
    const pl = page([
      { text: '4. Wymagania dotyczące bezpieczeństwa przetwarzania danych w systemie', font: 'bold', right: 470 },
      { text: 'Dane przechowujemy w dwóch ośrodkach w Polsce i szyfrujemy je kluczem AES-256,' },
      { text: 'a klucze trzymamy w osobnym module sprzętowym poza bazą danych.', right: 400 },
    ]);
    expect(pl[0]).toEqual({ type: 'heading', text: '4. Wymagania dotyczące bezpieczeństwa przetwarzania danych w systemie' });
    const en = page([
      { text: '§2 Hosting, subcontractors and the places where customer data is', font: 'bold', right: 505 },
      { text: 'kept', font: 'bold', right: 110 },
      { text: 'The service runs in two data centres in the EU operated by a hosting partner.', right: 500 },
    ]);
    expect(en[0]).toEqual({ type: 'heading', text: '§2 Hosting, subcontractors and the places where customer data is kept' });
    // Look-alike: a sentence in the other font (it ends with a full stop) stays a paragraph.
    const note = page([{ text: 'Backups are never stored outside the EU.', font: 'italic', right: 300 }, { text: 'Restores are tested each quarter by the operations team.', right: 420 }]);
    expect(note[0].type).toBe('paragraph');
  });

  it('keeps a title set in a larger font over two lines as one heading', () => {
    const blocks = page([
      { text: 'How we protect the data of', size: 24, right: 420 },
      { text: 'our customers', size: 24, right: 250 },
      { text: 'Everything described here applies to every plan and every region we run.', right: 500 },
    ]);
    expect(blocks[0]).toEqual({ type: 'heading', text: 'How we protect the data of our customers' });
  });
});

describe('line-end hyphens in words set in capitals', () => {
  const vocab = (words: string[]) => ({ words: new Set(words), pairs: new Set<string>() });
  it('joins a capitalised word the document prints whole and keeps other capital compounds', () => {
    expect(joinLines(['THE MAINTAIN-', 'PRO PLATFORM'], vocab(['maintainpro']))).toBe('THE MAINTAINPRO PLATFORM');
    expect(joinLines(['OCHRONA DA-', 'NYCH'], vocab(['danych']))).toBe('OCHRONA DANYCH');
    expect(joinLines(['TWO-', 'FACTOR LOGIN'], vocab(['two', 'factor']))).toBe('TWO-FACTOR LOGIN');
    expect(joinLines(['ISO-', 'IEC'], vocab([]))).toBe('ISO-IEC');
  });
});
