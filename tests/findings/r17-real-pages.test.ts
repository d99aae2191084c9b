/**
 * Round 17: what real help, status and terms pages do that is no mistake.
 * - An audit-log FAQ says its entries "are not deleted" and answers "No" to "Can I shorten how long
 *   entries are kept?": the denial is of deleting and of changing, not of audit logging, so the page
 *   neither contradicts itself nor states a gap in logging.
 * - A backup scheme that names its weekly and monthly copies in words ("on the first day of every
 *   week (kept for a month)") has a longer rung than the nightly one, though no claim carries it as
 *   a type; an uptime a formula works out ("... × 100 = 99.72%") is an example, not a promise.
 * - An address that opens a bracket ("?t=[stamp ]") leaves its partner to the text, an apostrophe
 *   typed as a turned comma between letters ("O‘Brien") opens no quote, and "1.)" is a list number.
 * - "Audit logs are not available to customers" limits who reads the log ("nie są dostępne dla
 *   klientów"): no denial of logging.
 * Look-alikes keep firing: logging denied in one place and stated in another, a general retention
 * against the nightly one, two promised uptimes, a stray bracket beside an address, a ‘ opening a
 * word. Our own sentences, invented vendors.
 */
import { describe } from 'vitest';
import type { Finding } from '../../src/findings/types.ts';
import { documentFindings } from '../../src/findings/document-findings.ts';
import { makeDoc } from './make-doc.ts';
import { itFires, itStaysQuiet, type ResidueCase as Case, type ResidueFires as Fires } from './residue-cases.ts';

/** Findings with the document's claims read first, as ingest and check do. */
const findings = (c: Case): Finding[] => documentFindings(makeDoc(c.text, { format: c.format ?? 'txt', lang: c.lang }), { now: new Date('2026-11-23T00:00:00Z') });

const faq = [
  'Audit records FAQ',
  'These questions cover the audit record settings of the Norvale console.',
  '- What happens to audit records when I turn the purge option off?',
  '- Audit log entries are not deleted from the moment the option is off.',
  '- Can I shorten how long audit log entries are kept?',
  '- No, the period cannot be changed. While the option is on, audit log entries older than 12 months are deleted.',
].join('\n');

const faqPl = [
  'Dziennik audytu: pytania',
  'Pytania dotyczą ustawień dziennika audytu w konsoli Tablix.',
  '- Co dzieje się z wpisami dziennika audytu po wyłączeniu czyszczenia?',
  '- Wpisy dziennika audytu nie są usuwane od chwili wyłączenia opcji.',
  '- Czy mogę skrócić okres przechowywania wpisów dziennika audytu?',
  '- Nie, okresu nie można zmienić. Gdy opcja jest włączona, wpisy dziennika audytu starsze niż 12 miesięcy są usuwane.',
].join('\n');

const quiet: Case[] = [
  { text: faq, lang: 'en' },
  { text: faqPl, lang: 'pl' },
  {
    text: 'Backups\n\nTablix backups are made at 03:30 every day and kept for a week. They are also made on the first day of every week (kept for a month), every month (kept for a year) and every year (kept for 7 years).',
    lang: 'en',
  },
  {
    text: 'Uptime\n\nEach service shows its uptime over 90 days.\n\nExample\n\nA service down for 6 hours in 90 days: Uptime % = ((129,600 - 360) / 129,600) × 100 = 99.72%.\n\nCommitment\n\nWe commit to 99.9% availability each month.',
    lang: 'en',
  },
  { text: 'Contact\n\nAsk Sean O‘Brien of Norvale support for a copy of the customer‘s export.', lang: 'en' },
  { text: 'Steps\n\n1.) Open the Tablix settings.\n2.) Turn on two-factor login.', lang: 'en' },
  { text: 'Tracking\n\nThe page loads img src="http://stats.example.net/pixel.gif?t=[stamp ]" when scripts are off.', lang: 'en' },
  // Who may read the log is no denial of keeping one.
  { text: 'Audit log\n\nNorvale records every sign-in and permission change in an audit log.\n\nAudit logs are not available to customers on the Starter plan.', lang: 'en' },
  { text: 'Dziennik audytu\n\nTablix zapisuje każde logowanie i zmianę uprawnień w dzienniku audytu.\n\nDzienniki audytu nie są dostępne dla klientów w planie Start.', lang: 'pl' },
];

const fires: Fires[] = [
  {
    text: 'Logging\n\nFailed logins are not logged by the Norvale console.\n\nAudit\n\nEvery failed login is recorded in the audit log with its time and address.',
    lang: 'en',
    kind: 'inconsistency',
    excerpt: 'recorded in the audit log',
  },
  { text: 'Logging\n\nSecurity events are not logged.\n\nAudit\n\nEvery sign-in is recorded in the audit log of Norvale.', lang: 'en', kind: 'inconsistency', excerpt: 'recorded in the audit log' },
  { text: 'Backups\n\nBackups are taken every day and kept for four weeks.\n\nRetention\n\nAll backups are retained for 60 days.', lang: 'en', kind: 'inconsistency', excerpt: '60 days' },
  { text: 'Uptime\n\nWe commit to 99.9% availability each month.\n\nService levels\n\nAvailability is guaranteed at 99.5% per month.', lang: 'en', kind: 'inconsistency', excerpt: '99.5%' },
  { text: 'Roles\n\nThe ‘Admin role of Norvale can export all data.', lang: 'en', kind: 'unbalanced-quote', excerpt: '‘' },
  { text: 'Tracking\n\nThe pixel at http://stats.example.net/pixel.gif?t=1 is loaded (see the cookie list for details.', lang: 'en', kind: 'unbalanced-quote', excerpt: '(' },
];

describe('round 17: denials of another action, brackets an address opens', () => {
  itStaysQuiet(quiet, ['inconsistency', 'risk', 'unbalanced-quote'], findings);
  itFires(fires, findings);
});
