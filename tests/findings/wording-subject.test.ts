/**
 * wording-contradiction links two sentences by the claims read from them, so a control named in
 * full in one sentence and by its acronym in the other is one subject; frames still set a plan or
 * an on-site part apart. Sentences written for these tests, EN and PL.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/extract.ts';
import { rule } from '../../src/findings/rules/wording-contradiction.ts';
import { documentFromText } from '../../src/model/from-text.ts';
import { runRule } from './rules-code/helpers.ts';

function flagged(text: string, withClaims = true): string[] {
  const doc = documentFromText(text, { id: 'w' });
  return runRule(rule, doc, withClaims ? { claims: extractClaims(doc) } : {}).map((h) => h.excerpt);
}

describe('wording-contradiction: one subject by its claims', () => {
  it('full name and acronym of one control (EN, PL)', () => {
    const en = '# Sign-in\n\nTwo-factor authentication is compulsory for every account in the workspace.\n\n## Tablets\n\n2FA is optional and off by default, so shared shop-floor tablets can sign in with a PIN.';
    expect(flagged(en)).toEqual(['2FA is optional and off by default, so shared shop-floor tablets can sign in with a PIN.']);
    // Without claims the two sentences share one content word only: no subject in common.
    expect(flagged(en, false)).toEqual([]);
    const pl = '# Logowanie\n\nUwierzytelnianie dwuskładnikowe jest obowiązkowe dla wszystkich kont.\n\n## Terminale\n\nMFA jest opcjonalne i domyślnie wyłączone; administrator włącza je dla wybranych grup.';
    // The finding points at the clause with the modal word.
    expect(flagged(pl)).toEqual(['MFA jest opcjonalne i domyślnie wyłączone;']);
  });

  it('different subjects stay apart', () => {
    expect(flagged('# Options\n\nEncryption of backups is mandatory.\n\nSingle sign-on is optional and costs extra.')).toEqual([]);
  });

  it('a planned change is not what holds now', () => {
    const planned = '# Sign-in\n\nTwo-factor authentication is optional for all accounts.\n\nTwo-factor authentication for all accounts becomes mandatory in the next release.';
    expect(flagged(planned)).toEqual([]);
    const now = '# Sign-in\n\nTwo-factor authentication is optional for all accounts.\n\nTwo-factor authentication for all accounts is mandatory.';
    expect(flagged(now)).toEqual(['Two-factor authentication for all accounts is mandatory.']);
  });
});
