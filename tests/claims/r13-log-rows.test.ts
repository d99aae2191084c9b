/**
 * Round 13 (claims-data): a row that names logs ("Backup job logs | 14 days | 6 months", "Logi
 * kopii zapasowych | 30 dni") is about logs; it neither makes its table a backup table nor gives
 * backup.retention (a storage tier header is no plan either). In a retention schedule it is a log
 * row. Our own tables, EN and PL; look-alikes: backups of transaction logs are backups.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const shown = (text: string, prefix: string) =>
  claimsOf(text)
    .claims.filter((c) => c.attribute.startsWith(prefix))
    .map((c) => `${c.attribute}=${String(c.value)}`)
    .sort();

describe('log rows in a retention table', () => {
  it('EN: a log table with a row of backup job logs', () => {
    const text = '## Retention periods\n\n| Log type | Hot storage | Archive | Total |\n|---|---|---|---|\n| Performance logs | 14 days | 2 months | 3 months |\n| Backup job logs | 14 days | 6 months | 1 year |\n';
    expect(shown(text, 'backup.')).toEqual([]);
  });
  it('PL: logi kopii zapasowych', () => {
    const text = '## Okresy przechowywania\n\n| Rodzaj logów | Dysk lokalny | Archiwum |\n|---|---|---|\n| Logi aplikacji | 14 dni | 6 miesięcy |\n| Logi kopii zapasowych | 30 dni | 1 rok |\n';
    expect(shown(text, 'backup.')).toEqual([]);
  });
  it('a schedule row of backup logs is a log row', () => {
    expect(shown('## Retention schedule\n\n| Data category | Retention period |\n|---|---|\n| Backup logs | 90 days |\n', 'backup.')).toEqual([]);
    expect(shown('## Retention schedule\n\n| Data category | Retention period |\n|---|---|\n| Backup logs | 90 days |\n', 'logging.retention')).toEqual(['logging.retention=P90D']);
    expect(shown('## Harmonogram retencji\n\n| Kategoria danych | Okres przechowywania |\n|---|---|\n| Logi kopii zapasowych | 60 dni |\n', 'logging.retention')).toEqual(['logging.retention=P60D']);
  });
});

describe('look-alikes: backups of logs are backups', () => {
  it('EN', () => {
    expect(shown('## Backup retention\n\n| Backup | Retention |\n|---|---|\n| Nightly database backups | 30 days |\n| Transaction log backups | 7 days |\n', 'backup.retention')).toEqual(['backup.retention=P30D', 'backup.retention=P7D']);
  });
  it('PL', () => {
    expect(shown('## Harmonogram retencji\n\n| Kategoria danych | Okres przechowywania |\n|---|---|\n| Kopie zapasowe bazy danych | 35 dni |\n', 'backup.retention')).toEqual(['backup.retention=P35D']);
  });
});
