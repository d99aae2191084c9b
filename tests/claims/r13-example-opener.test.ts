/**
 * Round 13 (claims-data): a sentence opened by an example cue ("For example, sign-in records can
 * be anonymised after 24 months", "Na przykład, kopie mogą być przechowywane przez 60 dni")
 * illustrates a setting; its figures state nothing the vendor holds to. Our own sentences, EN and
 * PL; look-alikes: an example cue later in a sentence that states its own length keeps it.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const lengths = (text: string) =>
  claimsOf(text)
    .claims.filter((c) => /retention|deletion/.test(c.attribute))
    .map((c) => `${c.attribute}=${String(c.value)}`)
    .sort();

describe('a sentence opened by an example cue', () => {
  it('EN', () => {
    expect(lengths('# Audit logs\n\nAdministrators choose how long audit entries keep personal data. For example, sign-in records can be anonymised after 24 months, while search history is kept longer.\n')).toEqual([]);
    expect(lengths('# Retention settings\n\nEach workspace sets its own periods. For instance, tickets may be purged after 6 months and logs kept for 90 days.\n')).toEqual([]);
    expect(lengths('# Backups\n\nPlans differ. E.g. backups on the Basic plan can be kept for 7 days.\n')).toEqual([]);
  });
  it('PL', () => {
    expect(lengths('# Logi\n\nPrzykładowo: dane osobowe w dzienniku dostępu usuwamy po 18 miesiącach.\n')).toEqual([]);
    expect(lengths('# Ustawienia retencji\n\nOkresy ustala administrator. Na przykład, kopie zapasowe mogą być przechowywane przez 60 dni.\n')).toEqual([]);
  });
});

describe('look-alikes: the length is stated, the example explains it', () => {
  it('EN', () => {
    expect(lengths('# Audit logs\n\nAudit logs are kept for 24 months, for example to investigate incidents.\n')).toEqual(['logging.retention=P24M']);
    expect(lengths('# Backups\n\nBackups are kept for 35 days. For example, a backup taken on 1 May is deleted on 5 June.\n')).toEqual(['backup.retention=P35D']);
  });
  it('PL', () => {
    expect(lengths('# Logi\n\nLogi przechowujemy przez 12 miesięcy, na przykład na potrzeby audytu.\n')).toEqual(['logging.retention=P12M']);
  });
});
