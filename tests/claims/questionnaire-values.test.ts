/**
 * Questionnaire answers that are a bare value ("35 days", "30 dni", "Yes – 35 days", "Daily;
 * kept 90 days"): the question names the attribute, the answer cell the value, and a comment may
 * add a value of its own. Rows written for these tests in our own words, in the layouts of CAIQ
 * sheets and vendors' own questionnaires (md tables here; csv/xlsx rows reach the same code).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectClaim } from './helpers.ts';

const sheet = (header: string, rows: string[]) => claimsOf(['# Security questionnaire', '', header, header.replace(/[^|]+/g, '---'), ...rows, ''].join('\n')).claims;
const of = (claims: ReturnType<typeof sheet>, attribute: string) => claims.filter((c) => c.attribute === attribute).map((c) => [c.value, c.qualifiers]);

describe('bare answer values read with their question', () => {
  it('a length in the answer cell beside a comment with another value (EN)', () => {
    const claims = sheet('| Control | Question | Answer | Notes |', ['| BC-4 | How long do you keep backups? | 35 days | Point-in-time restore covers the last 7 days. |']);
    expectClaim(claims, { attribute: 'backup.retention', value: 'P35D', qualifiers: {} });
    expectClaim(claims, { attribute: 'backup.retention', value: 'P7D', qualifiers: { type: 'point-in-time' } });
  });

  it('a Polish length whose comment speaks of deletion (PL)', () => {
    const claims = sheet('| Nr | Pytanie | Odpowiedź | Uwagi |', ['| 4.2 | Jak długo przechowujecie kopie zapasowe? | 30 dni | Potem kopie są automatycznie kasowane. |']);
    expectClaim(claims, { attribute: 'backup.retention', value: 'P30D', qualifiers: {} });
  });

  it('"Yes" with the length after it: the stated length, not the one the question asks about (EN, PL)', () => {
    const en = sheet('| Question | Answer |', ['| Do you keep backups for at least 30 days? | Yes – 45 days |']);
    expect(of(en, 'backup.retention').map(([v]) => v)).toEqual(['P45D']);
    const pl = sheet('| Pytanie | Odpowiedź |', ['| Czy kopie zapasowe są przechowywane co najmniej 30 dni? | Tak, 60 dni |']);
    expect(of(pl, 'backup.retention').map(([v]) => v)).toEqual(['P60D']);
  });

  it('two values in one answer cell, each for its part of the question (EN)', () => {
    const claims = sheet('| Question | Answer |', ['| How often are backups taken, and how long are they kept? | Every 6 hours; kept 90 days |']);
    expectClaim(claims, { attribute: 'backup.frequency', value: 'PT6H' });
    expectClaim(claims, { attribute: 'backup.retention', value: 'P90D' });
  });

  it('a CAIQ-style sheet of mostly Yes/No answers keeps the bare value and the control id (EN)', () => {
    const claims = sheet('| Question ID | Question | CSP Answer | Comment |', [
      '| BCR-01 | Are backups encrypted? | Yes | |',
      '| BCR-02 | Are backups stored off-site? | Yes | |',
      '| BCR-03 | For how long are backups retained? | 6 weeks | Monthly archives are kept for a year. |',
      '| IAM-04 | Is MFA available to customers? | Yes | |',
    ]);
    expectClaim(claims, { attribute: 'backup.retention', value: 'P6W', qualifiers: { control: 'BCR-03' } });
    expectClaim(claims, { attribute: 'backup.retention', value: 'P1Y', qualifiers: { control: 'BCR-03', type: 'monthly' } });
  });

  it('a deletion bound as a bare answer, with the backup tail in the comment (PL)', () => {
    const claims = sheet('| Pytanie | Odpowiedź | Komentarz |', ['| Po jakim czasie od rozwiązania umowy usuwacie dane klienta? | 45 dni | Kopie zapasowe zawierające te dane wygasają po kolejnych 20 dniach. |']);
    expectClaim(claims, { attribute: 'deletion.after_termination', value: 'P45D', qualifiers: { scope: 'production' } });
    expectClaim(claims, { attribute: 'deletion.backup_purge', value: 'P20D' });
  });
});
