/** A general statement against a scoped one of the same attribute: a warning naming both, EN and PL. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/extract.ts';
import { documentFindings } from '../../src/findings/document-findings.ts';
import { documentFrames } from '../../src/findings/inconsistency.ts';
import { generalScopedPairs, rule } from '../../src/findings/rules/general-scoped.ts';
import { documentFromText } from '../../src/model/from-text.ts';
import { claimOn } from './claim-helpers.ts';
import { runRule } from './rules-code/helpers.ts';

const EN = '# Backups\n\nAll data is backed up nightly. Backups are kept for 30 days.\n\n## Database\n\nDatabase backups run every four hours.';
const PL = '# Kopie\n\nKopie zapasowe wykonujemy codziennie.\n\n## Baza danych\n\nKopie bazy danych wykonujemy co cztery godziny. Dane są szyfrowane w spoczynku. Kopie zapasowe nie są szyfrowane.';

describe('general-scoped-difference', () => {
  it('reports the scoped statement as a warning with the general one related (EN, extracted claims)', () => {
    const doc = documentFromText(EN, { id: 'en' });
    const findings = documentFindings(doc, { locale: 'en' }).filter((f) => f.rule === 'general-scoped-difference');
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.kind).toBe('inconsistency');
    expect(f.severity).toBe('warning');
    expect(f.excerpt).toBe('Database backups run every four hours.');
    expect(f.related?.map((r) => r.excerpt)).toEqual(['All data is backed up nightly.']);
    expect(f.message).toContain('type=database');
    expect(f.message).toContain('general statement “All data is backed up nightly.”');
  });

  it('reports frequency in Polish, with a Polish message; a scoped denial of encryption is the risk findings\' (eval convention)', () => {
    const doc = documentFromText(PL, { id: 'pl' });
    const findings = documentFindings(doc, { locale: 'pl' }).filter((f) => f.rule === 'general-scoped-difference');
    expect(findings.map((f) => f.excerpt)).toEqual(['Kopie bazy danych wykonujemy co cztery godziny.']);
    expect(findings[0].related?.[0].excerpt).toBe('Kopie zapasowe wykonujemy codziennie.');
    expect(findings[0].message).toContain('stwierdzenie ogólne „Kopie zapasowe wykonujemy codziennie.”');
    expect(documentFindings(doc, { locale: 'pl' }).map((f) => f.rule)).toContain('risk-unencrypted-backups');
  });

  it('stays quiet on equal values, one sentence, other non-scope qualifiers, bounded deletion and exact-scope pairs', () => {
    const doc = documentFromText(EN, { id: 'en' });
    const a = (snippet: string, attr: string, value: string | boolean, q = {}) => claimOn(doc, snippet, attr, value, q);
    expect(generalScopedPairs([a('backed up nightly', 'backup.frequency', 'P1D'), a('every four hours', 'backup.frequency', 'P1D', { type: 'database' })])).toEqual([]);
    expect(generalScopedPairs([a('backed up nightly', 'auth.mfa', true, { method: 'totp' }), a('every four hours', 'auth.mfa', false, { for: 'staff' })])).toEqual([]);
    expect(generalScopedPairs([a('backed up nightly', 'deletion.after_termination', 'P60D'), a('every four hours', 'deletion.after_termination', 'P30D', { scope: 'backups' })])).toEqual([]);
    expect(generalScopedPairs([a('backed up nightly', 'hosting.location', 'DE'), a('every four hours', 'hosting.location', 'SE', { role: 'backup' })])).toEqual([]);
    // Tiers of one backup scheme: 'kept 35 days' and 'point-in-time restore within 7 days'.
    expect(generalScopedPairs([a('backed up nightly', 'backup.retention', 'P35D'), a('every four hours', 'backup.retention', 'P7D', { type: 'point-in-time' })])).toEqual([]);
    // Two scoped claims of one scope are the exact-scope contradiction rule's, not this one's.
    expect(generalScopedPairs([a('backed up nightly', 'backup.frequency', 'P1D', { type: 'database' }), a('every four hours', 'backup.frequency', 'PT4H', { type: 'database' })])).toEqual([]);
    expect(generalScopedPairs([a('backed up nightly', 'auth.mfa', true), a('every four hours', 'auth.mfa', false, { for: 'staff' })])).toHaveLength(1);
  });

  it('leaves a sentence that draws the distinction itself alone', () => {
    const doc = documentFromText('# Backups\n\nAll data is backed up nightly, and database backups run every four hours.', { id: 'x' });
    expect(runRule(rule, doc, { claims: extractClaims(doc) })).toEqual([]);
  });
});

describe('general-scoped-difference beside a retention ladder', () => {
  const rule = (text: string, id: string) => documentFindings(documentFromText(text, { id }), { locale: 'en' }).filter((f) => f.rule === 'general-scoped-difference');
  it('a weekly or monthly rung is one part of the scheme, not a general cadence (EN, PL)', () => {
    expect(rule('# Backups\n\nDatabase backups run every two hours and are kept for 10 days.\n\nWeekly long-term backups are retained for one year.', 'en')).toEqual([]);
    expect(rule('# Kopie\n\nKopie bazy danych wykonujemy co dwie godziny i przechowujemy przez 10 dni.\n\nKopie dzienne trzymamy 30 dni, a miesięczne przez rok.', 'pl')).toEqual([]);
  });
  it('a general daily schedule beside a scoped one is still reported', () => {
    expect(rule('# Backups\n\nAll data is backed up nightly. Daily backups are kept for 30 days.\n\n## Database\n\nDatabase backups run every four hours.', 'en')).toHaveLength(1);
  });
});

describe('general-scoped-difference on a repetitive document', () => {
  it('a long document repeating its statements gives the pairs of its distinct values, once each', () => {
    // 400 copies of the same two sections: the index keeps each value's first claims only, and
    // the answer is the one of the short document.
    const once = documentFromText(EN, { id: 'once' });
    const many = documentFromText(Array.from({ length: 400 }, () => EN).join('\n\n'), { id: 'many' });
    const pairsOf = (doc: typeof once) => generalScopedPairs(extractClaims(doc)).map((p) => [p.general.quote, p.scoped.quote, p.scope]);
    expect(pairsOf(many)).toEqual(pairsOf(once));
    expect(pairsOf(once)).toHaveLength(1);
  });
});

describe('general-scoped-difference: what the reader is told to do on its own side', () => {
  const pairs = (text: string, general: string, scoped: string) => {
    const doc = documentFromText(text, { id: 'o' });
    return generalScopedPairs([claimOn(doc, general, 'auth.mfa', true), claimOn(doc, scoped, 'auth.mfa', false, { for: 'customers' })], documentFrames(doc));
  };
  it.each([
    ['# Logowanie\n\nKonta z hasłem nie mają obecnie logowania dwuskładnikowego.\n\nJeśli go potrzebujecie, logujcie się przez swojego dostawcę tożsamości – wtedy MFA możecie wymusić po swojej stronie.', 'MFA możecie', 'Konta z hasłem'],
    ['# Sign-in\n\nPassword accounts have no second factor at the moment.\n\nIf you sign in through your own identity provider, you can enforce MFA on your side.', 'you can enforce', 'Password accounts'],
    ['# Logowanie\n\nKonta z hasłem nie mają obecnie logowania dwuskładnikowego.\n\nPrzy logowaniu przez SSO drugi składnik włączasz po twojej stronie, w swoim katalogu.', 'drugi składnik', 'Konta z hasłem'],
  ])('quiet: %#', (text, general, scoped) => expect(pairs(text, general, scoped)).toEqual([]));

  it('a plain general statement beside the scoped one still pairs', () => {
    const en = '# Sign-in\n\nPassword accounts have no second factor at the moment.\n\nEvery sign-in to the service requires a second factor.';
    expect(pairs(en, 'Every sign-in', 'Password accounts')).toHaveLength(1);
    const text = '# Logowanie\n\nKonta z hasłem nie mają obecnie logowania dwuskładnikowego.\n\nLogowanie dwuskładnikowe jest wymagane przy każdym logowaniu.';
    expect(pairs(text, 'Logowanie dwuskładnikowe jest', 'Konta z hasłem')).toHaveLength(1);
  });
});

describe('general-scoped-difference: a backup taken to another place is a copy step', () => {
  const pairs = (text: string, general: [string, string], scoped: [string, string]) => {
    const doc = documentFromText(text, { id: 'c' });
    return generalScopedPairs([claimOn(doc, general[0], 'backup.frequency', general[1]), claimOn(doc, scoped[0], 'backup.frequency', scoped[1], { type: 'database' })], documentFrames(doc));
  };
  it.each([
    ['# Backups\n\nWe snapshot the database every day.\n\nIn addition, we take a weekly backup to a second provider in Frankfurt.', ['weekly backup', 'P1W'], ['We snapshot', 'P1D']],
    ['# Backups\n\nThe database is snapshotted every day.\n\nOnce a week everything is backed up to tape at our office.', ['backed up to', 'P1W'], ['The database', 'P1D']],
  ] as Array<[string, [string, string], [string, string]]>)('quiet: %#', (text, general, scoped) => expect(pairs(text, general, scoped)).toEqual([]));

  it('a general schedule that names no other place still pairs', () => {
    const text = '# Backups\n\nThe database is snapshotted every day.\n\nAll data is backed up once a week.';
    expect(pairs(text, ['All data', 'P1W'], ['The database', 'P1D'])).toHaveLength(1);
  });
});
