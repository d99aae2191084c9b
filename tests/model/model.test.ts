import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../src/model/from-text.ts';
import { detectSentenceLanguage } from '../../src/model/language.ts';
import { findStatedDate, parseDate } from '../../src/model/metadata.ts';
import type { SeckbDocument } from '../../src/model/types.ts';

export function expectOffsetsHold(doc: SeckbDocument): void {
  for (const s of doc.sections) {
    expect(s.start).toBeLessThanOrEqual(s.end);
    if (s.heading) expect(doc.text.slice(s.start, s.start + s.heading.length)).toBe(s.heading);
  }
  const sectionIds = new Set(doc.sections.map((s) => s.id));
  for (const t of doc.sentences) {
    expect(sectionIds.has(t.sectionId)).toBe(true);
    const text = doc.text.slice(t.start, t.end);
    expect(text.trim()).toBe(text);
    expect(text.length).toBeGreaterThan(0);
    const section = doc.sections.find((s) => s.id === t.sectionId)!;
    expect(t.start >= section.start && t.end <= section.end).toBe(true);
  }
  for (const b of doc.blocks) {
    for (const [cs, ce] of b.cells ?? []) expect(cs >= b.start && ce <= b.end).toBe(true);
  }
}

const MD = `---
vendor: Fixora
---
# Fixora CMMS Security White Paper

Last updated: 12 March 2025 | Version 2.1

## 1. Hosting

Fixora CMMS runs in **Microsoft Azure** West Europe (Netherlands). Backups are kept for 30 days.

## 2. Backups

| Backup | Basic | Pro |
|---|---|---|
| Daily | 7 days | 30 days |

- Point-in-time restore
- Geo-redundant storage

Figure 1. Network diagram

![diagram](net.png)
`;

describe('documentFromText (markdown)', () => {
  const doc = documentFromText(MD, { format: 'md', source: 'fixora.md', id: 'fixora' });

  it('renders markup away and keeps words exactly', () => {
    expect(doc.text).toContain('runs in Microsoft Azure West Europe');
    expect(doc.text).not.toContain('**');
  });

  it('builds numbered sections with levels', () => {
    expect(doc.sections.map((s) => [s.level, s.number ?? null, s.heading])).toEqual([
      [1, null, 'Fixora CMMS Security White Paper'],
      [2, '1', '1. Hosting'],
      [2, '2', '2. Backups'],
    ]);
    expectOffsetsHold(doc);
  });

  it('places table rows with cell offsets and marks the header', () => {
    const rows = doc.blocks.filter((b) => b.type === 'table-row');
    expect(rows).toHaveLength(2);
    expect(rows[0].header).toBe(true);
    expect(doc.text.slice(rows[1].start, rows[1].end)).toBe('Daily | 7 days | 30 days');
    expect(rows[1].cells!.map(([s, e]) => doc.text.slice(s, e))).toEqual(['Daily', '7 days', '30 days']);
  });

  it('keeps captions and images as blocks', () => {
    expect(doc.blocks.some((b) => b.type === 'caption' && doc.text.slice(b.start, b.end) === 'Figure 1. Network diagram')).toBe(true);
    expect(doc.blocks.some((b) => b.type === 'image' && b.alt === 'diagram')).toBe(true);
  });

  it('reads metadata: front matter wins, date and version are detected', () => {
    expect(doc.vendor).toEqual({ id: 'fixora', name: 'Fixora' });
    expect(doc.date).toBe('2025-03-12');
    expect(doc.version).toBe('2.1');
    expect(doc.language).toBe('en');
    expect(doc.title).toBe('Fixora CMMS Security White Paper');
  });

  it('maps offsets back to source lines', () => {
    const at = doc.text.indexOf('Backups are kept');
    const anchor = [...doc.sourceMap!].reverse().find(([o]) => o <= at)!;
    expect(anchor[1]).toBe(10);
  });

  it('gives the same document for the same input', () => {
    expect(JSON.stringify(documentFromText(MD, { format: 'md', source: 'fixora.md', id: 'fixora' }))).toBe(JSON.stringify(doc));
  });
});

describe('documentFromText (plain text)', () => {
  const TXT = [
    'Serwisix — Przegląd bezpieczeństwa',
    '',
    'Spis treści',
    '1. Wprowadzenie\t2',
    '2. Hosting\t3',
    '3. Kopie zapasowe\t4',
    '',
    '1. Wprowadzenie',
    'Serwisix Sp. z o.o. dostarcza system Serwisix CMMS w modelu SaaS. Dane klientów są bezpieczne.',
    '2. Hosting',
    'Serwisix CMMS działa w centrum danych we Frankfurcie. Backups are stored in Sweden for 35 days in total.',
    '3. Kopie zapasowe',
    'Kopie zapasowe wykonujemy codziennie i przechowujemy je przez 30 dni.',
    '- **kopie pełne** co tydzień',
    '- kopie przyrostowe co godzinę',
    '',
    'Data aktualizacji: 5 maja 2024',
  ].join('\n');
  const doc = documentFromText(TXT, { format: 'txt', source: 'serwisix.txt', id: 'serwisix' });

  it('keeps markdown markers typed into a text file', () => {
    expect(doc.text).toContain('**kopie pełne**');
  });

  it('finds the table of contents and the numbered headings', () => {
    expect(doc.blocks.filter((b) => b.type === 'toc-entry')).toHaveLength(3);
    expect(doc.sections.filter((s) => s.number).map((s) => s.number)).toEqual(['1', '2', '3']);
    expectOffsetsHold(doc);
  });

  it('detects Polish, the vendor, the date, and an English sentence inside', () => {
    expect(doc.language).toBe('pl');
    expect(doc.vendor.name).toBe('Serwisix');
    expect(doc.date).toBe('2024-05-05');
    const english = doc.sentences.find((s) => doc.text.slice(s.start, s.end).startsWith('Backups are stored'));
    expect(english?.lang).toBe('en');
    const polish = doc.sentences.find((s) => doc.text.slice(s.start, s.end).startsWith('Kopie zapasowe wykonujemy'));
    expect(polish?.lang).toBe('pl');
  });

  it('maps text offsets to source lines and columns', () => {
    const at = doc.text.indexOf('Kopie zapasowe wykonujemy');
    const anchor = [...doc.sourceMap!].reverse().find(([o]) => o <= at)!;
    expect(anchor[1]).toBe(13);
  });
});

describe('metadata parsing', () => {
  it('parses the date forms white papers use', () => {
    expect(parseDate('01.06.2021')).toBe('2021-06-01');
    expect(parseDate('12 marca 2024')).toBe('2024-03-12');
    expect(parseDate('March 12, 2025')).toBe('2025-03-12');
    expect(parseDate('2024-11-03')).toBe('2024-11-03');
    expect(parseDate('2024/05/22')).toBe('2024-05-22');
    expect(parseDate('2024.05.22')).toBe('2024-05-22');
    expect(parseDate('2024/05-22')).toBeUndefined();
    expect(findStatedDate('Updated: 2024/05/22\n\nText.')).toEqual({ date: '2024-05-22', start: 0, end: 19 });
    expect(parseDate('31.13.2020')).toBeUndefined();
  });

  it('finds labelled dates only', () => {
    expect(findStatedDate('Intro\nLast updated: 01.06.2021\n')?.date).toBe('2021-06-01');
    expect(findStatedDate('We delivered on 01.06.2021 the update.')).toBeUndefined();
  });

  it('tells sentence languages apart and falls back when unsure', () => {
    expect(detectSentenceLanguage('All customer data is encrypted at rest with AES-256.', 'pl')).toBe('en');
    expect(detectSentenceLanguage('Wszystkie dane klientów są szyfrowane w spoczynku.', 'en')).toBe('pl');
    expect(detectSentenceLanguage('ISO 27001', 'pl')).toBe('pl');
  });
});

describe('vendor detection (issue 11: header and title words)', () => {
  it('reads an all-caps letterhead with its company suffix, never a capitalised title word', () => {
    const pl = documentFromText('KRANOVIA SP. Z O.O.\n\nPolityka retencji danych\n\nPolityka obowiązuje od 1 marca 2026 r. Polityka opisuje, jak długo przechowujemy dane. Polityka dotyczy usługi Kranovia Serwis. Kopie zapasowe trzymamy 30 dni.\n', { format: 'txt' });
    expect(pl.vendor.name).toBe('KRANOVIA');
    const en = documentFromText('TIMBERLOOP INC.\n\nRetention policy\n\nPolicy owner: security team. Policy review: yearly. Timberloop keeps backups for 30 days.\n', { format: 'txt' });
    expect(en.vendor.id).toBe('timberloop');
  });

  it('takes no vendor from question and imperative openers or contract roles (a guide with no vendor)', () => {
    const guide = documentFromText('# Jak wybrać system CMMS\n\nPoradnik dla działu utrzymania ruchu.\n\nJak sprawdzić dostawcę? Zapytaj o kopie zapasowe. Jak długo są trzymane? Sprawdź umowę. Usługobiorcy mają prawo do eksportu.\n', { format: 'md', source: 'poradnik.md' });
    expect(['jak', 'sprawdz', 'uslugobiorcy']).not.toContain(guide.vendor.id);
    const named = documentFromText('# Security overview\n\nHosting is provided for Ferrovane by a cloud provider. Ferrovane encrypts backups. Ferrovane staff take training.\n', { format: 'md' });
    expect(named.vendor.name).toBe('Ferrovane');
  });

  it('takes no vendor from a title that opens with a common word (a page with no vendor line)', () => {
    const pl = documentFromText('# Zwięzły przewodnik po archiwach\n\nArchiwum warto sprawdzać raz w miesiącu. Dobrze jest trzymać je w innym budynku niż serwery.\n', { format: 'md', source: 'przewodnik.md' });
    expect(pl.vendor.id).not.toBe('zwiezly');
    const en = documentFromText('# Brief notes on archives\n\nAn archive should be checked once a month. It is best kept in another building than the servers.\n', { format: 'md', source: 'notes.md' });
    expect(en.vendor.id).not.toBe('brief');
    const named = documentFromText('# Ferrovane: brief notes on archives\n\nFerrovane checks its archives once a month.\n', { format: 'md' });
    expect(named.vendor.name).toBe('Ferrovane');
  });
});
