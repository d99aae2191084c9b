/**
 * Session 10 (cdel) dev material, written in our own words after reading real backup policies,
 * continuity pages, audit-log help pages, deletion help articles and questionnaire answers (EN and
 * PL). Each block has the statements that must give the claim and the look-alikes that must not.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../ingest/load.ts';
import { extractClaims } from '../../src/claims/extract.ts';
import { claimsOf } from './helpers.ts';
import type { Claim } from '../../src/claims/types.ts';

const dev = async (name: string) => extractClaims(await loadDocument(fileURLToPath(new URL(`./cdel10/${name}`, import.meta.url))));
/** Claims whose attribute starts with one of `prefixes`, as `attribute=value {qualifiers}`, sorted and deduplicated. */
const shown = (claims: Claim[], ...prefixes: string[]) =>
  [
    ...new Set(
      claims
        .filter((c) => prefixes.some((p) => c.attribute.startsWith(p)))
        .map((c) => {
          const { control: _control, ...q } = c.qualifiers as Record<string, unknown>;
          return `${c.attribute}=${c.value}${Object.keys(q).length ? ` ${JSON.stringify(q)}` : ''}`;
        }),
    ),
  ].sort();

describe('a recovery objective or a restore time is no backup retention', () => {
  it('EN FAQ: RTO/RPO answering "how long are backups kept?", beside a retention, in a table; restore times', async () => {
    expect(shown(await dev('recovery-faq-en.md'), 'backup.', 'availability.')).toEqual([
      'availability.rpo=PT24H',
      'availability.rpo=PT4H',
      'availability.rto=PT12H',
      'availability.rto=PT6H',
      'availability.rto=PT8H',
      'backup.frequency=P1D {"type":"database"}',
      'backup.retention=P21D {"scope":"database","type":"daily"}',
    ]);
  });
  it('PL answers: RTO/RPO under a retention question, beside a retention; a restore time beside one', async () => {
    expect(shown(await dev('recovery-answers-pl.txt'), 'backup.', 'availability.')).toEqual([
      'availability.rpo=PT1H',
      'availability.rpo=PT6H',
      'availability.rto=PT10H',
      'availability.rto=PT4H',
      'backup.frequency=PT6H {"type":"database"}',
      'backup.retention=P14D {"scope":"database"}',
    ]);
  });
  const retention = (text: string) => shown(claimsOf(`# Backups\n\n${text}\n`).claims, 'backup.retention');
  it('a restore time in the clause after a retention is not one', () => {
    expect(retention('Kopie zapasowe przechowujemy przez 12 miesięcy; odtworzenie z nich trwa do 3 dni roboczych.')).toEqual(['backup.retention=P12M']);
    expect(retention('Backups are kept for 30 days, and a full restore takes up to 6 hours.')).toEqual(['backup.retention=P30D']);
  });
  it('a retention after an objective named in passing still counts, and is no objective', () => {
    const passing = claimsOf('# Backups\n\nBackups taken every 24 hours support our RPO and are kept for 30 days.\n').claims;
    expect(shown(passing, 'backup.retention', 'availability.')).toEqual(['backup.retention=P30D {"type":"daily"}']);
    expect(retention('Kopie przechowujemy przez 14 dni, a RPO wynosi 24 godziny.')).toEqual(['backup.retention=P14D']);
  });
});

describe('security logging: a denied keeping before an article, audit trails, events collected centrally', () => {
  const logging = (text: string) => shown(claimsOf(`# Logging\n\n${text}\n`).claims, 'logging.security_events');
  const denied = [
    'The application does not keep an audit log of user actions.',
    'We do not currently provide an audit log of user activity.',
    'The portal does not have an audit trail.',
    'Our platform does not maintain any security log for customer accounts.',
  ];
  for (const text of denied) it(`denies: ${text}`, () => expect(logging(text)).toEqual(['logging.security_events=false']));
  const held = [
    'An audit log is maintained for all actions.',
    'We keep an audit trail of all changes.',
    'Security events from the application and from the cloud provider are collected centrally and kept for 12 months.',
    'Logowania i zmiany uprawnień są rejestrowane w dzienniku zdarzeń.',
    // Logs that cannot be exported are still kept.
    'Audit logs cannot currently be exported.',
  ];
  for (const text of held) it(`holds: ${text}`, () => expect(logging(text)).toEqual(['logging.security_events=true']));
  it('a denial of what is logged about something else denies no logging', () => {
    expect(logging('We do not log the content of work orders, only who signed in and when.')).not.toContain('logging.security_events=false');
  });
  it('MFA delegated to the identity provider is no denial of MFA (the risk look-alike)', () => {
    const mfa = shown(claimsOf('# Sign-in\n\nUsers who sign in through SSO are not asked for a second factor by us, because your identity provider enforces its own MFA.\n').claims, 'auth.mfa');
    expect(mfa.some((c) => c.includes('=false'))).toBe(false);
  });
});

// Round 13: a purge of any deleted data ("Deleted data can remain in our backups for up to 28 days")
// no longer adds to the closure step before it; only one told as counting on ("a further 21 days") does.
describe('deletion steps: a length anchored to the contract end counts from it; the backups bound is the production step plus a purge that counts on', () => {
  it('EN help page: export window then an anchored deletion, hold-then-delete with a further purge, a closure with a purge of any deleted data after it; undo windows give nothing', async () => {
    expect(shown(await dev('closure-steps-en.md'), 'deletion.')).toEqual([
      'deletion.after_termination=P20D {"trigger":"account-closure"}',
      'deletion.after_termination=P45D {"scope":"production"}',
      'deletion.after_termination=P60D {"scope":"production"}',
      'deletion.after_termination=P81D {"scope":"backups"}',
      'deletion.backup_purge=P21D',
      'deletion.backup_purge=P28D',
    ]);
  });
  it('PL: the same steps, "kasujemy" as a deletion verb; an undo window gives nothing', async () => {
    expect(shown(await dev('closure-steps-pl.md'), 'deletion.')).toEqual([
      'deletion.after_termination=P40D {"scope":"production","trigger":"account-closure"}',
      'deletion.after_termination=P45D {"scope":"production"}',
      'deletion.backup_purge=P21D',
    ]);
  });
  it('a purge with no production step before it gives no backups bound', () => {
    expect(shown(claimsOf('# Backups\n\nDeleted data can remain in our backups for up to 14 days.\n').claims, 'deletion.')).toEqual(['deletion.backup_purge=P14D']);
  });
});

describe('staff access conditions: a ticket the customer raises, the customer asking or approving', () => {
  const conditions = (claims: Claim[]) => claims.filter((c) => c.attribute === 'access.staff_conditions').map((c) => `${c.value} <- ${c.quote.slice(0, 41)}`).sort();
  it('EN: FAQ answers, a pronoun subject, a controller approving; ticket handling alone gives nothing', async () => {
    expect(conditions(await dev('staff-access-en.md'))).toEqual([
      'customer-request <- Only the two people on our support desk, ',
      'customer-request <- Only when a customer opens a support tick',
      "customer-request <- Supplier staff may view Controller data o",
      'support-case <- Only the two people on our support desk, ',
      'support-case <- Only when a customer opens a support tick',
      "support-case <- Supplier staff may view Controller data o",
      'support-case <- They look at customer records only when a',
    ]);
  });
  it('PL: "gdy sami o to poprosicie", a ticket with the administrator\'s consent; ticket handling alone gives nothing', async () => {
    expect(conditions(await dev('staff-access-pl.md'))).toEqual([
      'customer-request <- Pracownicy wsparcia, wyłącznie w ramach z',
      'customer-request <- Tylko wtedy, gdy sami o to poprosicie, na',
      'support-case <- Pracownicy wsparcia, wyłącznie w ramach z',
    ]);
  });
});

describe('incident notice asked in a questionnaire: "how quickly", "w jakim terminie", the institution as the customer', () => {
  it('PL answers: a notice window answers the question; a restore time and the authority notice give none', async () => {
    expect(shown(await dev('incident-answers-pl.txt'), 'incident.')).toEqual(['incident.notification=PT24H']);
  });
  it('EN questionnaire: "notify the institution ..., and how quickly?"; the authority row gives none', async () => {
    expect(shown(await dev('incident-answers-en.md'), 'incident.')).toEqual(['incident.notification=PT48H']);
  });
});
