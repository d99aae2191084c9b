/**
 * Round 12 (claims-data): retention schedules told by the phases of the customer relationship.
 * A table whose columns are phases ("While the subscription runs | After the contract ends |
 * Backup copies", "W trakcie umowy | Po zakończeniu umowy | Kopie zapasowe") has no single
 * "retention period" column: the row's category picks the column (logs and backups: the running
 * phase; the customer's data: the phase after the end; the backup column: the purge). And a
 * retention list whose entries are "label – value" with a dash, not a colon. Our own tables and
 * lists, EN and PL; look-alikes at the end.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectClaim } from './helpers.ts';

const DATA = /^(backup|deletion|logging\.retention)/;
const of = (lines: string[]) => claimsOf(lines.join('\n')).claims.filter((c) => DATA.test(c.attribute));
const keys = (lines: string[]) => of(lines).map((c) => `${c.attribute}=${c.value}${c.qualifiers.scope ? ` ${c.qualifiers.scope}` : ''}`);

describe('a schedule whose columns are phases of the contract', () => {
  it('EN: live data after the end, logs while running, the backup column as the purge', () => {
    const got = keys([
      '# Retention',
      '',
      '| Record type | During the subscription | Once the agreement ends | In backups |',
      '|---|---|---|---|',
      '| Maintenance history, uploaded files | Kept | Erased within 40 days | Expire from backups 21 days later |',
      '| Access log | 14 months | Erased with the account | Same as above |',
      '| Invoices | Kept | 7 years (statutory) | — |',
    ]);
    expect(got).toContain('deletion.after_termination=P40D production');
    expect(got).toContain('deletion.after_termination=P61D backups');
    expect(got).toContain('deletion.backup_purge=P21D');
    expect(got).toContain('logging.retention=P14M');
    // Phases are no plans, invoices have no attribute.
    expect(got.filter((k) => k.startsWith('backup.retention'))).toEqual([]);
    expect(got.some((k) => k.includes('P7Y'))).toBe(false);
  });

  it('PL: the same three phases, Polish headers and inflected cells', () => {
    const got = keys([
      '# Harmonogram',
      '',
      '| Rodzaj danych | Podczas trwania umowy | Po rozwiązaniu umowy | W kopiach zapasowych |',
      '|---|---|---|---|',
      '| Dane klienta (zlecenia, urządzenia) | przez cały okres umowy | kasowane w ciągu 50 dni | usuwane z kopii po dalszych 25 dniach |',
      '| Dziennik zdarzeń | 3 lata | kasowany razem z kontem | jak wyżej |',
      '| Faktury | przez cały okres umowy | 5 lat | – |',
    ]);
    expect(got).toContain('deletion.after_termination=P50D production');
    expect(got).toContain('deletion.after_termination=P75D backups');
    expect(got).toContain('deletion.backup_purge=P25D');
    expect(got).toContain('logging.retention=P3Y');
    expect(got.filter((k) => k.startsWith('backup.retention'))).toEqual([]);
    expect(got.some((k) => k.includes('P5Y'))).toBe(false);
  });

  it('EN: the after-phase column first, no backup column, a reference column before the category', () => {
    const got = keys([
      '| Ref | Category | After account closure | While the account is active |',
      '|---|---|---|---|',
      '| R1 | Uploaded files | removed within 10 days | kept |',
      '| R2 | Audit trail entries | removed with the account | 400 days |',
    ]);
    expect(got).toContain('deletion.after_termination=P10D');
    expect(got).toContain('logging.retention=P400D');
    expect(got.filter((k) => k.startsWith('deletion.backup_purge'))).toEqual([]);
  });

  it('a backups row takes the running phase as its retention (EN, PL)', () => {
    const en = of([
      '| Data | Active contract | After the contract ends |',
      '|---|---|---|',
      '| Nightly database backups | 28 days, rolling | expire on their normal cycle |',
      '| Customer data | kept | deleted within 30 days |',
    ]);
    expectClaim(en, { attribute: 'backup.retention', value: 'P28D' });
    expectClaim(en, { attribute: 'deletion.after_termination', value: 'P30D' });
    const pl = of([
      '| Kategoria | W trakcie umowy | Po zakończeniu umowy |',
      '|---|---|---|',
      '| Kopie zapasowe bazy | 21 dni | wygasają w zwykłym cyklu |',
      '| Dane użytkowników | przechowywane | usuwane w ciągu 14 dni |',
    ]);
    expectClaim(pl, { attribute: 'backup.retention', value: 'P21D' });
    expectClaim(pl, { attribute: 'deletion.after_termination', value: 'P14D' });
  });

  it('look-alike: phases that only say "kept" or "–" give no length', () => {
    const got = keys([
      '| Record | While the subscription runs | After the contract ends |',
      '|---|---|---|',
      '| Work orders | Kept | Kept until the customer deletes them |',
      '| Support tickets | 2 years | 2 years |',
      '| Marketing contacts | Until unsubscribed | — |',
    ]);
    expect(got).toEqual([]);
  });

  it('look-alike: a table of plans is still read by plan, not as phases', () => {
    const claims = of(['# Backups', '', 'How long backups are kept depends on the plan.', '', '| | Basic | Pro |', '|---|---|---|', '| Daily backups | 7 days | 30 days |']);
    expectClaim(claims, { attribute: 'backup.retention', value: 'P30D', qualifiers: { edition: 'Pro', type: 'daily' } });
    expect(claims.some((c) => c.attribute.startsWith('deletion'))).toBe(false);
  });
});

describe('a retention list whose entries are "label – value"', () => {
  it('EN: en dash, em dash and spaced hyphen under a "how long" heading', () => {
    const got = keys([
      '# Privacy',
      '',
      '## How long we keep your data',
      '',
      '- Web server logs (IP address, time of request) – 60 days.',
      '- Backups — 21 days.',
      '- Account data - for the term of the contract and 45 days after it ends.',
      '- Billing records – 6 years, as tax law requires.',
    ]);
    expect(got).toContain('logging.retention=P60D');
    expect(got).toContain('backup.retention=P21D');
    expect(got).toContain('deletion.after_termination=P45D');
    expect(got.some((k) => k.includes('P6Y'))).toBe(false);
  });

  it('PL: "Logi – 90 dni", "Kopie zapasowe – 10 dni", numbered entries', () => {
    const got = keys([
      '# Polityka prywatności',
      '',
      '## Jak długo przechowujemy dane',
      '',
      '1. Dziennik logowań – 120 dni.',
      '2. Kopie zapasowe – 10 dni.',
      '3. Dane wprowadzone do aplikacji – przez czas trwania umowy i 20 dni po jej zakończeniu.',
      '4. Korespondencja z działem wsparcia – 2 lata.',
    ]);
    expect(got).toContain('logging.retention=P120D');
    expect(got).toContain('backup.retention=P10D');
    expect(got).toContain('deletion.after_termination=P20D');
    expect(got.some((k) => k.includes('P2Y'))).toBe(false);
  });

  it('look-alike: a dash that is no label separator, and a list under another heading', () => {
    // A sentence with a parenthetical dash keeps its own reading; a non-retention heading labels nothing.
    expect(keys(['# Security', '', '## Our team', '', '- Engineers – 12 people in two offices.'])).toEqual([]);
    expect(keys(['# Pricing', '', '## Plans', '', '- Backups – included in every plan.'])).toEqual([]);
  });
});
