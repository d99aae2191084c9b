/**
 * Round 12 (claims-data): the subject of a keeping sentence named in the sentence before it, not
 * in the heading. "We back up every database each night. They are kept for 26 days." / "Usługodawca
 * wykonuje kopię zapasową codziennie. Kopie przechowuje przez 16 dni.": "they", "them", "je" or a
 * bare "copies"/"kopie" take the backups of the sentence just before (same line of text). Our own
 * sentences, EN and PL, in prose, list items and a questionnaire answer; look-alikes whose
 * sentence before names no backup, or stands in another paragraph.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const kept = (text: string) =>
  claimsOf(text)
    .claims.filter((c) => c.attribute === 'backup.retention')
    .map((c) => String(c.value));

describe('the backups are named in the sentence before', () => {
  it('EN: "they", "them", "copies", "these copies" under a heading that names no backup', () => {
    expect(kept('# Data protection\n\nWe back up every database each night. They are kept for 26 days.\n')).toEqual(['P26D']);
    expect(kept('# Resilience\n\nSnapshots of the file store are taken hourly. We keep them for 48 hours.\n')).toEqual(['PT48H']);
    expect(kept('# Operations\n\nEach night a full backup is taken. Copies are retained for 19 days.\n')).toEqual(['P19D']);
    expect(kept('# Platform\n\n- Nightly backups of all tenant data are made. These copies are kept for 33 days.\n')).toEqual(['P33D']);
  });

  it('EN: a questionnaire comment', () => {
    const text = '| Question | Answer | Comment |\n|---|---|---|\n| Do you back up customer data? | Yes | Database snapshots run nightly. They are stored for 17 days. |\n';
    expect(kept(text)).toEqual(['P17D']);
  });

  it('PL: bare "Kopie", the pronoun "je", a numbered clause of a regulamin', () => {
    expect(kept('# § 3. Bezpieczeństwo danych\n\n1. Usługodawca wykonuje kopię zapasową danych Klienta codziennie. Kopie przechowuje przez 16 dni.\n')).toEqual(['P16D']);
    expect(kept('# Ochrona danych\n\nKopie zapasowe robimy co noc. Przechowujemy je przez 23 dni.\n')).toEqual(['P23D']);
    expect(kept('# Odpowiedź\n\nWykonujemy kopie przyrostowe co 4 godziny oraz pełną raz w tygodniu. Kopie przechowujemy przez 80 dni.\n')).toEqual(['P80D']);
  });
});

describe('look-alikes', () => {
  it('the sentence before names no backup', () => {
    expect(kept('# Reports\n\nWe generate a monthly report for each customer. Copies are kept for 5 years.\n')).toEqual([]);
    expect(kept('# Rozliczenia\n\nFaktury wystawiamy co miesiąc. Kopie przechowujemy przez 5 lat.\n')).toEqual([]);
  });
  it('another subject after a backup sentence', () => {
    expect(kept('# Operations\n\nWe take backups nightly. Logs are kept for 90 days.\n')).toEqual([]);
  });
  it('the backups are named in another paragraph', () => {
    expect(kept('# Operations\n\nWe take backups nightly.\n\nCopies of signed contracts are kept for 10 years.\n')).toEqual([]);
    expect(kept('# Dokumenty\n\nKopie zapasowe wykonujemy codziennie.\n\nKopie umów przechowujemy przez 10 lat.\n')).toEqual([]);
  });
});
