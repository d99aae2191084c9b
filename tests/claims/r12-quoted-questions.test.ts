/**
 * Round 12 (claims-access): an e-mail reply answers the questions it quotes ("> 4. Do you support
 * MFA?" then "N - not yet"). A quoted line that asks is a question the unquoted text after it
 * answers; a quoted statement is someone else's and states nothing of the vendor. Our own
 * invented e-mails, EN and PL.
 */
import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../src/model/from-text.ts';
import { extractClaims } from '../../src/claims/extract.ts';

const read = (text: string) => extractClaims(documentFromText(text, { format: 'txt', meta: { vendor: 'Acme' } })).map((c) => `${c.attribute}=${c.value}`);
const mail = (body: string) => `From: Sam Field <sam@acme.example>\nSubject: RE: security questions\n\nHi Jo,\n\nAnswers inline.\n\n${body}\n\nBest,\nSam\n`;

describe('a quoted question is answered by the unquoted text after it', () => {
  it('EN: one-letter answers with a comment (N, Y)', () => {
    const got = read(mail('> 3. Do you offer multi-factor authentication to our users?\n\nN - planned for next year; passwords only for now.\n\n> 4. Do you run penetration tests?\n\nY - an outside firm tests the app every year.'));
    expect(got).toContain('auth.mfa=false');
    expect(got).toContain('pentest=true');
  });
  it('EN: a word answer and a free-text answer leaning on the question', () => {
    const got = read(mail('> Is single sign-on through Okta possible?\n\nYes.\n\n> How soon would you tell us about a breach?\n\nWithin 36 hours of finding it.'));
    expect(got).toContain('auth.sso=okta');
    expect(got).toContain('incident.notification=PT36H');
  });
  it('PL: „> Czy ...?” then "Nie – ..." / "Tak, ..."', () => {
    const got = read(mail('> 2. Czy oferujecie logowanie dwuskładnikowe dla naszych użytkowników?\n\nNie – dopiero w przyszłym roku.\n\n> 3. Czy dane są szyfrowane podczas przesyłania?\n\nTak, TLS 1.2 lub nowszy.'));
    expect(got).toContain('auth.mfa=false');
    expect(got).toContain('encryption.tls.min_version=1.2');
  });
  it('a quoted question with its marker on every wrapped line', () => {
    const got = read(mail('> 5. Do you offer two-factor sign-in for\n> our users?\n\nNo, not at the moment.'));
    expect(got).toContain('auth.mfa=false');
  });
});

describe('look-alikes: quoted statements and quoted answers are someone else’s', () => {
  it('a quoted statement gives nothing; nor does a quoted answer under a quoted question', () => {
    expect(read(mail('> We were told your backups are kept for 45 days.\n\nThanks, noted.'))).toEqual([]);
    expect(read(mail('> Do you offer MFA?\n> No, not yet.\n\nThat was last year; see the new overview.'))).not.toContain('auth.mfa=false');
  });
  it('an unquoted question in the reply stays a question of its own', () => {
    expect(read(mail('Could you confirm whether you need SSO?\n\nWe can discuss on a call.'))).toEqual([]);
  });
});
