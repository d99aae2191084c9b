/**
 * Questions in a row within one paragraph are a checklist for the reader (articles and buyer
 * guides list what to ask a vendor); the sentence after them comments on the list. An FAQ's
 * question, alone in its paragraph, is still answered by the text after it.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const claims = (md: string) => claimsOf(md).claims.map((c) => `${c.attribute}=${String(c.value)}`);

describe('a run of questions in one paragraph', () => {
  it('is answered by nothing that follows it', () => {
    expect(claims('# Szyfrowanie\n\nZapytaj dostawcę: czy dane są szyfrowane? Czy klucze są rotowane? Czy połączenia używają TLS? Brak którejkolwiek odpowiedzi powinien niepokoić.\n')).toEqual([]);
    expect(claims('# Encryption\n\nAre backups encrypted? Is MFA enforced for admins? None of these answers should be left blank.\n')).toEqual([]);
  });

  it('leaves an FAQ question and its answer as they were', () => {
    expect(claims('# FAQ\n\nCzy połączenia są szyfrowane? Brak szyfrowania w sieci wewnętrznej.\n')).toContain('encryption.in_transit=false');
    expect(claims('# FAQ\n\nIs MFA enforced for admins?\n\nNo, not yet.\n')).toContain('auth.mfa=false');
  });
});
