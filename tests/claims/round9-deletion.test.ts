/**
 * Session 9 dev material (tests/claims/del9), written in our own words after reading real
 * account-closure help articles, DPA exit clauses, retention schedules, deletion-request pages,
 * HECVAT/vendor questionnaire answers and backup policies (EN and PL). Deletion deadlines are told
 * in steps (a restore or export window, then deletion, then backups N days after that), and each
 * step's length counts from the end of the one before; the look-alikes give no deletion claim: a
 * reminder before an inactivity deletion, a request's acknowledgment time, a recycle bin's restore
 * window, invoices kept by law, logs and audit trails in a retention schedule, an adjective such
 * as "two-yearly inspections".
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../ingest/load.ts';
import { extractClaims } from '../../src/claims/extract.ts';
import { lastSentence } from '../../src/claims/context.ts';
import { claimsOf } from './helpers.ts';
import type { Claim } from '../../src/claims/types.ts';

/** Read as `seckb ingest` reads the file (a plain-text schedule's lines are paragraphs of their own). */
const dev = async (name: string) => extractClaims(await loadDocument(fileURLToPath(new URL(`./del9/${name}`, import.meta.url))));
/** Claims of the deletion and backup groups as `attribute=value {qualifiers}`, sorted, the questionnaire control left out. */
const shown = (claims: Claim[], prefix: string) => {
  const said = claims
    .filter((c) => c.attribute.startsWith(prefix))
    .map((c) => {
      const { control: _control, ...q } = c.qualifiers as Record<string, unknown>;
      return `${c.attribute}=${c.value}${Object.keys(q).length ? ` ${JSON.stringify(q)}` : ''}`;
    });
  // One entry per statement: a table row and the sentence above it may say the same.
  return [...new Set(said)].sort();
};

describe('deletion told in steps: each length counts from the end of the step before', async () => {
  it('EN help article: restore window, then deletion, then backups; lapse, inactivity, request; look-alikes give nothing', async () => {
    expect(shown(await dev('closure-help-en.md'), 'deletion.')).toEqual([
      'deletion.after_termination=P20D {"trigger":"request"}',
      'deletion.after_termination=P31D {"scope":"production","trigger":"account-closure"}',
      'deletion.after_termination=P59D {"scope":"backups","trigger":"account-closure"}',
      'deletion.after_termination=P60D',
      'deletion.after_termination=P9M {"trigger":"inactivity"}',
      'deletion.backup_purge=P28D',
    ]);
  });
  it('PL help article: the same steps; "dwuletnich" inspections and the bin give nothing', async () => {
    expect(shown(await dev('closure-help-pl.md'), 'deletion.')).toEqual([
      'deletion.after_termination=P20D {"trigger":"request"}',
      'deletion.after_termination=P31D {"scope":"production","trigger":"account-closure"}',
      'deletion.after_termination=P59D {"scope":"backups","trigger":"account-closure"}',
      'deletion.after_termination=P9M {"trigger":"inactivity"}',
      'deletion.backup_purge=P28D',
    ]);
  });
  it('EN contract: "within 20 days after the Retrieval Window ends" counts on from the window; a legal hold gives nothing', async () => {
    expect(shown(await dev('exit-clause-en.txt'), 'deletion.')).toEqual([
      'deletion.after_termination=P65D {"scope":"production"}',
      'deletion.after_termination=P93D {"scope":"backups"}',
      'deletion.backup_purge=P28D',
    ]);
  });
  it('PL umowa powierzenia: backups "nadpisywane najpóźniej po kolejnych 28 dniach" in the next point', async () => {
    const claims = await dev('exit-clause-pl.txt');
    expect(shown(claims, 'deletion.')).toEqual([
      'deletion.after_termination=P21D {"scope":"production"}',
      'deletion.after_termination=P49D {"scope":"backups"}',
      'deletion.backup_purge=P28D',
    ]);
    expect(shown(claims, 'backup.')).toEqual(['backup.frequency=PT12H', 'backup.retention=P28D']);
  });
  it('a retention schedule: "complete by day 40" and "last copy expires by day 68"; logs and audit trails are no deletion', async () => {
    expect(shown(await dev('retention-schedule-en.txt'), 'deletion.')).toEqual([
      // The first row alone does not say it is production's step (the one before the backups row does).
      'deletion.after_termination=P40D',
      'deletion.after_termination=P40D {"scope":"production"}',
      'deletion.after_termination=P68D {"scope":"backups"}',
    ]);
  });
});

describe('questionnaire answers on deletion: the answer counts from the contract end', async () => {
  it('EN: "Backups included." is scope all; "expire 21 days later" is the backups step and the purge', async () => {
    const claims = await dev('questionnaire-deletion-en.md');
    expect(shown(claims, 'deletion.')).toEqual([
      'deletion.after_termination=P45D {"scope":"all"}',
      'deletion.after_termination=P45D {"scope":"production"}',
      'deletion.after_termination=P66D {"scope":"backups"}',
      'deletion.backup_purge=P21D',
    ]);
    expect(shown(claims, 'backup.')).toEqual(['backup.frequency=PT6H', 'backup.retention=P21D']);
  });
  it('PL: "Dotyczy także kopii zapasowych" is scope all, no purge', async () => {
    const claims = await dev('questionnaire-deletion-pl.md');
    expect(shown(claims, 'deletion.')).toEqual(['deletion.after_termination=P45D {"scope":"all"}']);
    expect(shown(claims, 'backup.')).toEqual(['backup.frequency=PT6H', 'backup.retention=P21D']);
  });
});

describe('backup schedules: what is backed up how often, and lengths that are not backups', async () => {
  it('EN: "database every 2 hours and its file store once a day"; a frequency cell is never a retention; monthly backups in a deletion sentence are no frequency', async () => {
    const claims = await dev('backup-schedule-en.md');
    expect(shown(claims, 'backup.')).toEqual([
      'backup.frequency=P1D {"type":"files"}',
      'backup.frequency=PT2H {"type":"database"}',
      'backup.retention=P40D',
      'backup.retention=P40D {"type":"daily"}',
      'backup.retention=P5D',
    ]);
    expect(shown(claims, 'deletion.')).toEqual(['deletion.after_termination=P20D {"scope":"production"}', 'deletion.backup_purge=P12M']);
  });
  it('PL: the same table; "a z kopii zapasowych – wraz z ich wygaśnięciem" gives production only and no purge length', async () => {
    const claims = await dev('backup-schedule-pl.md');
    expect(shown(claims, 'backup.')).toEqual(['backup.frequency=P1D {"type":"files"}', 'backup.frequency=PT2H {"type":"database"}', 'backup.retention=P40D']);
    expect(shown(claims, 'deletion.')).toEqual(['deletion.after_termination=P30D {"scope":"production"}']);
  });
});

describe('the sentence before a unit', () => {
  it("skips a paragraph's own number (a Word list's '2. ' kept as text)", () => {
    expect(lastSentence('Po zakończeniu umowy usuwamy dane w ciągu 21 dni.\n\n2. ')).toBe('Po zakończeniu umowy usuwamy dane w ciągu 21 dni.');
  });
});

describe('what a backup copies, said with its rate', () => {
  it('"the database every hour and the document store once a day": a document store is files', () => {
    const { claims } = claimsOf('We back up the database every hour and the document store once a day.');
    expect(shown(claims, 'backup.')).toEqual(['backup.frequency=P1D {"type":"files"}', 'backup.frequency=PT1H {"type":"database"}']);
  });
});
