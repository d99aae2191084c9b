/**
 * Round 16: a break extraction lost after a full stop or a comma, where only the word before it is
 * one the document uses elsewhere ("... close your account.Afterwards ..."; "kontrolowanego,szyfrowanego
 * dostępu"). Look-alikes: a decimal comma, an abbreviation before a dot, a host name, a short word
 * after the comma, a list of field names. Our own sentences, invented vendors.
 */
import { describe } from 'vitest';
import { itFires, itStaysQuiet, residueFindings, type ResidueCase as Case, type ResidueFires as Fires } from './residue-cases.ts';

const findings = residueFindings('txt');

const glued: Fires[] = [
  { text: 'Closing the account\n\nAn owner can close the account in Settings. To close the account.Afterwards we erase the workspace within 30 days.', lang: 'en', kind: 'joined-words', excerpt: 'account.Afterwards' },
  { text: 'Usuwanie konta\n\nWłaściciel może usunąć konto w ustawieniach. Aby usunąć konto.Rezygnację potwierdzamy e-mailem w ciągu doby.', lang: 'pl', kind: 'joined-words', excerpt: 'konto.Rezygnację' },
  { text: 'Access\n\nAccess is controlled by roles. Engineers need controlled,documented access to production for each change.', lang: 'en', kind: 'joined-words', excerpt: 'controlled,documented' },
  { text: 'Dostęp\n\nDostęp jest kontrolowany. Serwisanci otrzymują kontrolowanego,rejestrowanego dostępu tylko na czas zlecenia.', lang: 'pl', kind: 'joined-words', excerpt: 'kontrolowanego,rejestrowanego' },
];

const lookAlikes: Case[] = [
  { text: 'Uptime\n\nThe measured downtime was 1,5 hours in March and 0,7 hours in April.', lang: 'en' },
  { text: 'Support\n\nWrite to us at help.Desk or call the office during business hours.', lang: 'en' },
  { text: 'Eksport\n\nEksport obejmuje pola name,email oraz datę utworzenia konta.', lang: 'pl' },
  { text: 'Kopie\n\nKopie obejmują m.in.Bazy danych i załączniki klientów.', lang: 'pl' },
  { text: 'Export\n\nThe export file holds the columns id,name,email,created for every user.', lang: 'en' },
];

describe('round 16: a stop or comma that lost its space after a word of the document', () => {
  itFires(glued, findings);
  itStaysQuiet(lookAlikes, ['joined-words'], findings);
});
