/**
 * Round 12 (claims-data): one sentence, one length per plan ("14 days on the Standard plan and
 * 30 days on the Pro plan", "7 dni w planie Start, 14 dni w planie Zespół i 30 dni w planie
 * Biznes"). Each length goes with the plan named beside it (after it, or before it when the plans
 * lead), one claim per rung, as a table with plans as columns gives them. Our own sentences, EN
 * and PL; look-alikes where the lengths are not per plan.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const rungs = (text: string, attribute = 'backup.retention') =>
  claimsOf(text)
    .claims.filter((c) => c.attribute === attribute)
    .map((c) => `${c.value}${c.qualifiers.edition ? ` ${c.qualifiers.edition}` : ''}`)
    .sort();

describe('lengths per plan in one sentence', () => {
  it('EN: plan named after each length, two and three rungs', () => {
    expect(rungs('# Backups\n\nBackups are kept for 12 days on the Standard plan and 40 days on the Pro plan.\n')).toEqual(['P12D Standard', 'P40D Pro']);
    expect(rungs('# Data protection\n\nBackup retention is 8 days on the Starter plan, 15 days on the Team plan and 45 days on the Scale plan.\n')).toEqual([
      'P15D Team',
      'P45D Scale',
      'P8D Starter',
    ]);
  });

  it('EN: the plans lead, each length after its plan', () => {
    expect(rungs('# Backups\n\nOn the Basic plan backups are retained for 9 days; on the Enterprise plan, for 60 days.\n')).toEqual(['P60D Enterprise', 'P9D Basic']);
  });

  it('EN: questionnaire answer with plans in brackets', () => {
    const text = '| Question | Answer |\n|---|---|\n| How long are backups retained? | 11 days (Standard plan), 33 days (Premium plan) |\n';
    expect(rungs(text)).toEqual(['P11D Standard', 'P33D Premium']);
  });

  it('EN: how often, per plan', () => {
    expect(rungs('# Backups\n\nBackups run every 12 hours on the Starter plan and every 2 hours on the Scale plan.\n', 'backup.frequency')).toEqual(['PT12H Starter', 'PT2H Scale']);
  });

  it('PL: "w Pakiecie …" (inflected) and "w planie …"', () => {
    expect(rungs('# Regulamin\n\n1. Usługodawca wykonuje kopię zapasową codziennie. Kopie zapasowe przechowuje przez 12 dni w Pakiecie Standard i przez 40 dni w Pakiecie Pro.\n')).toEqual([
      'P12D Standard',
      'P40D Pro',
    ]);
    expect(rungs('# Kopie zapasowe\n\nKopie zapasowe przechowujemy 6 dni w planie Start, 13 dni w planie Zespół i 31 dni w planie Biznes.\n')).toEqual([
      'P13D Zespół',
      'P31D Biznes',
      'P6D Start',
    ]);
  });

  it('PL: the plans lead, and a list item with plans in brackets', () => {
    expect(rungs('# Kopie zapasowe\n\nW planie Podstawowy kopie zapasowe trzymamy 10 dni, a w planie Premium – 60 dni.\n')).toEqual(['P10D Podstawowy', 'P60D Premium']);
    expect(rungs('# Bezpieczeństwo\n\n- Kopie zapasowe przechowujemy: 15 dni (pakiet Standard), 45 dni (pakiet Pro).\n')).toEqual(['P15D Standard', 'P45D Pro']);
  });
});

describe('look-alikes: lengths that are not per plan', () => {
  it('one plan named beside two kinds of copy keeps the kinds', () => {
    const got = claimsOf('# Backups\n\nDaily backups are kept for 7 days and weekly backups for 5 weeks.\n').claims.filter((c) => c.attribute === 'backup.retention');
    expect(got.map((c) => `${c.value} ${c.qualifiers.type}`).sort()).toEqual(['P5W weekly', 'P7D daily']);
  });
  it('a length for every plan and another figure of one plan', () => {
    expect(rungs('# Backups\n\nBackups are kept for 30 days on every plan; a restore on the Pro plan takes about 2 hours.\n')).toEqual(['P30D']);
    expect(rungs('# Kopie zapasowe\n\nKopie zapasowe przechowujemy przez 30 dni w każdym planie; w planie Pro odtworzenie trwa około 2 godzin.\n')).toEqual(['P30D']);
  });
  it('logs per plan are no backups', () => {
    expect(rungs('# Logs\n\nAudit logs are kept for 90 days on the Standard plan and 1 year on the Enterprise plan.\n')).toEqual([]);
  });
});
