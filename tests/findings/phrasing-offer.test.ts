/**
 * Round 12: a chat assistant offering a way to word the user's own text ("Here's a clearer way to
 * phrase answer 4 if you need it:", "You could word it like this:", "Oto prostszy sposób
 * sformułowania tej odpowiedzi:"). What is offered is a wording of "it", "this" or an answer; a
 * help page's "a quick way to put a work order on hold" or "sposób na napisanie zgłoszenia" tells
 * the reader how to use the product. Our own sentences, invented vendors.
 */
import { describe } from 'vitest';
import { itFires, itStaysQuiet, residueFindings, type ResidueCase, type ResidueFires } from './residue-cases.ts';

const findings = residueFindings('txt');
const offer = (lead: string, lang: string, excerpt: string): ResidueFires => ({
  text: lang === 'pl' ? `Kopie zapasowe wykonujemy co noc.\n\n${lead}\nkopie są szyfrowane i przechowywane w drugim regionie.` : `Backups run every night.\n\n${lead}\nbackups are encrypted and kept in a second region.`,
  lang,
  excerpt,
  kind: 'ai-chat-residue',
});

const offers: ResidueFires[] = [
  offer("Here's a clearer way to phrase answer 4 if you need it for the audit:", 'en', "Here's a clearer way to phrase"),
  offer('Here is a more formal way to word this for the questionnaire:', 'en', 'more formal way to word this'),
  offer('Here’s one way you could put it:', 'en', 'one way you could put it'),
  offer('You could phrase it like this:', 'en', 'You could phrase it like this'),
  offer('You might word the answer as follows:', 'en', 'You might word the answer as follows'),
  offer('Below is a shorter way to say it:', 'en', 'shorter way to say it'),
  offer('Oto prostszy sposób sformułowania tej odpowiedzi:', 'pl', 'prostszy sposób sformułowania'),
  offer('Możesz to ująć tak:', 'pl', 'Możesz to ująć tak'),
  offer('Można to sformułować następująco:', 'pl', 'Można to sformułować następująco'),
  offer('Oto bardziej formalny sposób na ujęcie odpowiedzi 3:', 'pl', 'sposób na ujęcie'),
];

const help: ResidueCase[] = [
  { text: 'Here is a quick way to put a work order on hold: open it and choose Pause.', lang: 'en' },
  { text: 'Here is a simple way to export your data: go to Settings > Export.', lang: 'en' },
  { text: "Here's how to set up single sign-on for your company.", lang: 'en' },
  { text: 'You could ask your administrator to enable two-factor sign-in.', lang: 'en' },
  { text: 'Oto sposób na napisanie skutecznego zgłoszenia do działu wsparcia:', lang: 'pl' },
  { text: 'Możesz to zmienić w ustawieniach konta.', lang: 'pl' },
];

describe('ai-chat-residue: the assistant offering a wording of the user\'s text', () => {
  itFires(offers, findings);
  itStaysQuiet(help, ['ai-chat-residue'], findings);
});
