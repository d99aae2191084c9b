/**
 * Round 18 (prose): explainers of encryption tell the reader what it does for them ("encrypting
 * makes your data unreadable, even if your firewall is breached", "szyfrowanie pełni rolę ...");
 * help pages ask the reader to open their own firewall. The reader's firewall is not the vendor's,
 * and a role or effect of a control is no claim. Our own wording, EN and PL.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const all = (text: string) => claimsOf(text).claims.map((c) => `${c.attribute}=${c.value}`);

describe("the reader's firewall and what encryption does", () => {
  it('EN: the reader\'s firewall', () => {
    expect(all('# Setup\n\nAllow our two IP addresses through your company firewall.\n')).toEqual([]);
    expect(all('# Why encrypt\n\nStolen files stay unreadable even when your firewalls fail.\n')).toEqual([]);
  });
  it('PL: zapora czytelnika, rola i skutek szyfrowania', () => {
    expect(all('# Dlaczego szyfrować\n\nPliki pozostają nieczytelne, nawet gdy Twoja zapora sieciowa zawiedzie.\n')).toEqual([]);
    expect(all('# O szyfrowaniu\n\nInformacje są cennym zasobem firmy, a szyfrowanie odgrywa w ich ochronie kluczową rolę.\n')).toEqual([]);
    expect(all('# O szyfrowaniu\n\nSzyfrowanie plików sprawia, że bez klucza nikt ich nie odczyta.\n')).toEqual([]);
  });
});

describe("look-alikes: the vendor's own firewall and encryption stay", () => {
  it('EN and PL', () => {
    expect(all('# Network\n\nOur production network sits behind a firewall.\n')).toContain('network.firewall=true');
    expect(all('# Sieć\n\nSerwery produkcyjne chroni zapora sieciowa.\n')).toContain('network.firewall=true');
    expect(all('# Dane\n\nSzyfrujemy wszystkie pliki w spoczynku.\n')).toContain('encryption.at_rest=true');
  });
});
