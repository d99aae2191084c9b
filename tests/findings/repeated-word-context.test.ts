/**
 * Round 12: a word said twice is a slip only inside running text. In a plain-text table laid out
 * with runs of spaces, two cells may hold the same word ("yes      yes", "tak      tak"); and a
 * named plan or module may be followed by the same word as a verb ("customers on the Team plan
 * plan their windows"), which the rule data tells by the words after the pair (an `after` context
 * of an exception). The slips around them still fire. Our own sentences, invented vendors.
 */
import { describe } from 'vitest';
import { itFires, itStaysQuiet, residueFindings, type ResidueCase, type ResidueFires } from './residue-cases.ts';

const findings = residueFindings('txt');
const slip = (text: string, lang: string, excerpt: string): ResidueFires => ({ text, lang, excerpt, kind: 'duplicated-phrase' });

const table = (rows: string[]) => ['Plan            Uptime      SSO        Audit log', ...rows].join('\n');

const slips: ResidueFires[] = [
  slip('Data is stored in the the EU.', 'en', 'the the'),
  slip('Backups are are encrypted every night.', 'en', 'are are'),
  slip('Logs are kept for for a year.', 'en', 'for for'),
  slip('Customers on the Team plan plan plan their windows.', 'en', 'plan plan'),
  slip('Dane przechowujemy w w centrum danych w Poznaniu.', 'pl', 'w w'),
  slip('Kopie są są szyfrowane algorytmem AES-256.', 'pl', 'są są'),
  slip(table(['Basic           99.5 %      no         no', 'Notes: logs are kept kept for a year.']), 'en', 'kept kept'),
  slip('The Team plan plan includes single sign-on.', 'en', 'plan plan'),
];

const lookAlikes: ResidueCase[] = [
  { text: table(['Basic           99.5 %      no         no', 'Business        99.9 %      yes        yes']), lang: 'en' },
  { text: 'Plan            Kopie      Szyfrowanie\nStandard        tak        tak\nPremium         tak        tak', lang: 'pl' },
  { text: 'Region          Primary          Backup\nEU              Frankfurt        Frankfurt', lang: 'en' },
  { text: 'Customers on the Team plan plan their maintenance windows with us.', lang: 'en' },
  { text: 'Sites on the Starter plan plan ahead with their account manager.', lang: 'en' },
  { text: 'Crews on the Field plan plan each visit in the mobile app.', lang: 'en' },
];

describe('duplicated-phrase: table columns and a named thing then its verb', () => {
  itFires(slips, findings);
  itStaysQuiet(lookAlikes, ['duplicated-phrase'], findings);
});
