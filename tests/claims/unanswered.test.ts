/**
 * A questionnaire nobody has filled in (the template a buyer sends, a checklist of questions with
 * a priority beside each) states nothing of a vendor: its questions name controls, their examples
 * ("e.g. 30 days", "AWS KMS, HSM") name options, and its instructions ask for details.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const claims = (md: string) => claimsOf(md).claims.map((c) => `${c.attribute}=${String(c.value)}`);

describe('an unanswered questionnaire', () => {
  it('gives no claim from questions whose answer cells are empty or missing', () => {
    const blank = [
      '# Supplier questionnaire',
      '',
      '| No. | Question | Response | Notes |',
      '|---|---|---|---|',
      '| 4 | Are customer files encrypted while stored, including in backup copies? | | |',
      '| 5 | Is two-factor sign-in required for every administrator? | | |',
      '',
      '| Lp. | Pytanie |',
      '|---|---|',
      '| 1 | Czy kopie zapasowe są przechowywane co najmniej 30 dni? |',
    ].join('\n');
    expect(claims(blank)).toEqual([]);
  });

  it('still reads the rows that are answered', () => {
    const answered = [
      '# Supplier questionnaire',
      '',
      '| No. | Question | Response | Notes |',
      '|---|---|---|---|',
      '| 4 | Are customer files encrypted while stored? | Yes | AES-256 |',
      '| 5 | Is two-factor sign-in required for every administrator? | | |',
    ].join('\n');
    expect(claims(answered)).toContain('encryption.at_rest=true');
    expect(claims(answered)).not.toContain('auth.mfa=true');
  });

  it('gives nothing from a checklist of questions with a priority under each', () => {
    const checklist = [
      '# Vendor review checklist',
      '',
      '## Data protection',
      '',
      '2.1',
      'Which key store protects data at rest? Name the product (for example Azure Key Vault, AWS KMS or an HSM).',
      'High',
      '',
      '2.2',
      'How soon after the contract ends is customer data erased, backups included (e.g. within 60 days)?',
      'Critical',
    ].join('\n');
    expect(claims(checklist)).toEqual([]);
  });

  it('reads instructions to the respondent as no statement', () => {
    expect(claims('# Encryption\n\nDescribe the algorithms used for stored data, e.g. AES-256.\n')).toEqual([]);
    expect(claims('# Szyfrowanie\n\nPodaj, gdzie są przechowywane klucze (np. Azure Key Vault).\n')).toEqual([]);
  });
});
