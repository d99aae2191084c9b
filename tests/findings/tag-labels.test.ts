/**
 * Round 11: bracketed tags that open a change log's items ("[Added] ...", "[Fixed] ...") are the
 * document's labels, not template slots, wherever they stand (their legend too); a slot that
 * opens its sentence ("[Vendor Name] stores ...") or one label alone is still a placeholder.
 * Our own sentences, invented vendors.
 */
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/findings/engine.ts';
import { tagVocabulary } from '../../src/findings/tag-vocabulary.ts';
import { makeDoc } from './make-doc.ts';
import type { Format } from '../../src/model/types.ts';

const placeholders = (text: string, lang: string, format: Format = 'md') =>
  checkDocument(makeDoc(text, { format, lang }), { now: new Date('2026-11-23T00:00:00Z') })
    .filter((f) => f.kind === 'placeholder')
    .map((f) => f.excerpt);

const notesEn = [
  '# Fernhollow 4.2: what changed',
  '',
  'Key: **[Added]** a new capability · **[Fixed]** a defect corrected · **[Dropped]** no longer offered',
  '',
  '## Accounts',
  '',
  '- **[Added]** Passkeys can now be used to sign in on every plan.',
  '- **[Fixed]** Password reset links expire after 30 minutes, as documented.',
  '',
  '## Integrations',
  '',
  '- **[Dropped]** The legacy SOAP endpoint is switched off for all tenants.',
  '- **[Added]** Webhooks are signed with a per-tenant secret.',
].join('\n');

const notesPl = [
  'Zmiany w wersji 7.3 systemu Remontix',
  '',
  'Oznaczenia: [Nowość] nowa funkcja, [Poprawka] usunięty błąd',
  '',
  '- [Nowość] Administrator może wymusić klucze sprzętowe dla wszystkich kont.',
  '- [Poprawka] Sesja wygasa po 20 minutach bezczynności, także w aplikacji mobilnej.',
  '- [Nowość] Dziennik zdarzeń można pobrać jako plik CSV.',
].join('\n');

describe('change-log tags are labels, not slots', () => {
  it('EN: tags opening items and their legend are not placeholders', () => {
    expect(placeholders(notesEn, 'en')).toEqual([]);
  });
  it('PL: the same in a plain-text Polish change list', () => {
    expect(placeholders(notesPl, 'pl', 'txt')).toEqual([]);
  });
  it('a real slot beside the tags still fires', () => {
    expect(placeholders(`${notesEn}\n\nPublished on [Release Date] by the product team.`, 'en')).toEqual(['[Release Date]']);
  });
  it('reads the tag set from line openings', () => {
    expect([...tagVocabulary(makeDoc(notesEn, { format: 'md' }).text)].sort()).toEqual(['Added', 'Dropped', 'Fixed']);
  });
});

describe('look-alikes: slots that open their sentence stay placeholders', () => {
  it('EN: one slot opening several paragraphs, its verb in lower case', () => {
    const text = [
      'Data processing terms',
      '',
      '[Vendor Name] stores customer records in the EU.',
      '',
      '[Vendor Name] deletes them within 30 days of termination.',
      '',
      '[Vendor Name] notifies the customer of any breach.',
    ].join('\n');
    expect(placeholders(text, 'en', 'txt').length).toBe(3);
  });
  it('PL: one label alone at item starts is not a tag set', () => {
    const text = ['Umowa powierzenia', '', '- [Nazwa Firmy] Przetwarza dane wyłącznie na polecenie Administratora.', '- [Nazwa Firmy] Zapewnia szyfrowanie kopii zapasowych.', '- [Nazwa Firmy] Powiadamia o naruszeniu w ciągu 24 godzin.'].join('\n');
    expect(placeholders(text, 'pl', 'md').length).toBe(3);
  });
  it('EN: a signature block of slots on their own lines', () => {
    const text = ['Signed for the supplier', '', '[Full Name]', '', '[Job Title]', '', '[Signature Date]'].join('\n');
    expect(placeholders(text, 'en', 'txt')).toEqual(['[Full Name]', '[Job Title]', '[Signature Date]']);
  });
});
