/**
 * Round 12: an English sentence left in a Polish text is often short and holds words both
 * languages spell alike ("we", "to", "a", "i", "do", "na"): counted for Polish too, they hid it.
 * Only the words that belong to one language tell: English-only words and none of Polish's, no
 * Polish letters. A Polish sentence typed without Polish letters still has Polish-only words,
 * and a list of names has no English function words at all. Our own sentences, invented vendors.
 */
import { describe } from 'vitest';
import { itFires, itStaysQuiet, residueFindings, type ResidueCase, type ResidueFires } from './residue-cases.ts';

const findings = residueFindings('md');
const pl = (english: string) =>
  `# Polityka prywatności\n\nAplikacja działa na serwerach w Poznaniu. Kopie zapasowe przechowujemy w drugim centrum danych w Gdańsku. ${english}\n\nDane klientów usuwamy w ciągu 30 dni od zakończenia umowy.`;
const left = (english: string): ResidueFires => ({ text: pl(english), lang: 'pl', excerpt: english, kind: 'untranslated-segment' });

const english: ResidueFires[] = [
  left('We never sell your personal data to third parties.'),
  left('We keep a copy of your files in a second region.'),
  left('To ask for a copy of your data, write to our support team.'),
  left('We do not share it with advertisers.'),
  left('Your data is encrypted both in transit and at rest.'),
];

const polish: ResidueCase[] = [
  { text: pl('To jest kopia zapasowa z serwera w Poznaniu.'), lang: 'pl' },
  { text: pl('Dane sa kopiowane do drugiego centrum danych co noc.'), lang: 'pl' },
  { text: pl('Korzystamy z Microsoft Azure w regionie West Europe.'), lang: 'pl' },
  { text: pl('We wtorki i czwartki wykonujemy testy odtwarzania.'), lang: 'pl' },
  { text: pl('Na to konto trafiaja tylko kopie z bazy produkcyjnej.'), lang: 'pl' },
];

describe('untranslated-segment: an English sentence with words Polish spells alike', () => {
  itFires(english, findings);
  itStaysQuiet(polish, ['untranslated-segment'], findings);
});
