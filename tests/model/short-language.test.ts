/**
 * A text too short for franc's trigrams (under 200 letters) is not English by default: function
 * words and letters of a language without rules (rules/model/language-others.json) can say Danish
 * or German, while short English and Polish stay English and Polish. Texts in our own words.
 */
import { describe, expect, it } from 'vitest';
import { detectDocumentLanguage } from '../../src/model/language.ts';
import { documentFromText } from '../../src/model/from-text.ts';

const SHORT: Record<string, string[]> = {
  en: [
    'We guarantee 99.9 % uptime.',
    'We run a daily backup, a weekly restore test and a yearly audit.',
    'Contact: security@example.com or see www.example.com for more.',
    'Our founder, Anne de Vries, signs the DPA per customer. Hosted by OVH in Roubaix.',
  ],
  pl: ['Dane są szyfrowane. Kopie zapasowe przechowujemy przez 30 dni.', 'Serwery stoją w Polsce.'],
  da: [
    'Vi tager sikkerhedskopier af alle data hver nat, og de opbevares i tredive dage.',
    'Alle data krypteres, når de sendes. Adgang kræver altid to faktorer, og logfiler gemmes i et år.',
  ],
  de: ['Alle Daten werden in Deutschland gespeichert und täglich gesichert.', 'Der Zugang ist nur mit zwei Faktoren möglich. Wir löschen Daten nach dem Vertragsende.'],
};

describe('short texts', () => {
  for (const [lang, texts] of Object.entries(SHORT)) {
    it.each(texts)(`${lang}: %s`, (text) => {
      expect(text.match(/\p{L}/gu)!.length).toBeLessThan(200);
      expect(detectDocumentLanguage(text)).toBe(lang);
    });
  }

  it('a short Danish document is Danish, without rules, its sentences Danish', () => {
    const doc = documentFromText('# Sikkerhed\n\nVi tager sikkerhedskopier af alle data hver nat. De opbevares i et datacenter i Danmark.\n', { id: 'da' });
    expect(doc.language).toBe('da');
    expect(new Set(doc.sentences.map((s) => s.lang))).toEqual(new Set(['da']));
  });

  it('without evidence for another language a short text stays English', () => {
    expect(detectDocumentLanguage('ISO 27001. SOC 2 Type II. AES-256.')).toBe('en');
  });
});
