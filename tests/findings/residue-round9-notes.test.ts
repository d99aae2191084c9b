/**
 * Round 9: what an assistant says around the text it wrote, and what one editor asks another,
 * pasted into the document. The assistant's opener names its output by how it differs from the
 * user's draft ("a clearer, more empathetic version of the notice", "an updated version that
 * keeps your headings", "oto bardziej przystępna wersja komunikatu"); a vendor's own prose
 * introduces its policy or the current version of a document ("Here is our backup policy:",
 * "Oto aktualna wersja regulaminu"). An editor's query is addressed to a colleague by name and asks
 * whether the text is still true ("Priya – is this still correct after the move?"); FAQ answers
 * and notes to the reader are not. Our own sentences, invented vendors.
 */
import { describe } from 'vitest';
import { checkDocument } from '../../src/findings/engine.ts';
import type { Format } from '../../src/model/types.ts';
import { makeDoc } from './make-doc.ts';
import { itFires, itStaysQuiet } from './residue-cases.ts';

interface Case {
  text: string;
  lang: string;
  format?: Format;
}
type Fires = Case & { kind: string; excerpt: string };

const findings = (c: Case) => checkDocument(makeDoc(c.text, { format: c.format ?? 'md', lang: c.lang }), { now: new Date('2026-11-23T00:00:00Z') });
const around = (lead: string, lang: string): string =>
  lang === 'pl'
    ? `Powiadomienie o przerwie\n\n${lead}\n\nW sobotę w nocy system będzie niedostępny przez dwie godziny z powodu prac serwisowych.`
    : `Maintenance notice\n\n${lead}\n\nThe service will be unavailable for two hours on Saturday night while we upgrade the database.`;

const chatOpeners: Fires[] = [
  ['Here\'s a warmer, more reassuring version of the outage e-mail:', 'warmer, more reassuring version'],
  ['Here is an updated version that keeps your original headings:', 'updated version'],
  ['Here’s a less technical version for the customer newsletter:', 'less technical version'],
  ['Here is a rewritten paragraph you can paste into the status page:', 'rewritten paragraph'],
  ['Below is a tighter, friendlier draft of the notice:', 'tighter, friendlier draft'],
  ['Here is a version of the notice with a calmer tone:', 'version of the notice with a calmer tone'],
].map(([lead, excerpt]) => ({ text: around(lead, 'en'), lang: 'en', kind: 'ai-chat-residue', excerpt }));

const chatOpenersPl: Fires[] = [
  ['Oto bardziej przystępna, spokojniejsza wersja komunikatu dla klientów:', 'bardziej przystępna, spokojniejsza wersja'],
  ['Oto zaktualizowana wersja akapitu, z zachowaniem Twoich nagłówków:', 'zaktualizowana wersja'],
  ['Poniżej znajdziesz mniej techniczną wersję tego ogłoszenia:', 'mniej techniczną wersję'],
  ['Oto wersja komunikatu w cieplejszym tonie:', 'wersja komunikatu w cieplejszym tonie'],
].map(([lead, excerpt]) => ({ text: around(lead, 'pl'), lang: 'pl', kind: 'ai-chat-residue', excerpt }));

/** A vendor introducing its own policy, list or the current version of a document. */
const vendorProse: Case[] = [
  'Here is our policy on backups and restores:',
  'Here is the current version of our sub-processor list.',
  'Here is the latest version of the data processing agreement, signed by both parties:',
  'Below is a summary of the controls we apply to production systems:',
  'Here is a version of the form for customers on the Basic plan.',
  'Here is the printable version of this page.',
].map((lead) => ({ text: around(lead, 'en'), lang: 'en' }));
const vendorProsePl: Case[] = [
  'Oto nasza polityka kopii zapasowych:',
  'Poniżej znajduje się aktualna wersja listy podprocesorów.',
  'Oto najnowsza wersja regulaminu usługi, obowiązująca od 1 marca:',
  'Oto wersja dokumentu przeznaczona do druku.',
].map((lead) => ({ text: around(lead, 'pl'), lang: 'pl' }));

/** The assistant's closing offer of another rewrite, beside a vendor offering documents. */
const offers: Fires[] = [
  { text: around('Would you like a shorter version for the status page as well?', 'en'), lang: 'en', kind: 'ai-chat-residue', excerpt: 'Would you like a shorter version' },
  { text: around('Should I make it sound less technical?', 'en'), lang: 'en', kind: 'ai-chat-residue', excerpt: 'Should I make it' },
  { text: around('Chcesz też krótszą wersję na stronę statusu?', 'pl'), lang: 'pl', kind: 'ai-chat-residue', excerpt: 'Chcesz też krótszą wersję' },
  { text: around('Mam to jeszcze uprościć dla klientów?', 'pl'), lang: 'pl', kind: 'ai-chat-residue', excerpt: 'Mam to jeszcze uprościć' },
];
const vendorOffers: Case[] = [
  { text: around('Would you like a copy of our penetration test summary? Ask your account manager.', 'en'), lang: 'en' },
  { text: around('Do you want a longer retention period? It is available on the Enterprise plan.', 'en'), lang: 'en' },
  { text: around('Chcesz otrzymać kopię raportu z testów? Napisz do opiekuna klienta.', 'pl'), lang: 'pl' },
  { text: around('Czy mogę skrócić okres przechowywania logów? Tak, w ustawieniach konta.', 'pl'), lang: 'pl' },
];

describe('ai-chat-residue: the assistant naming the rewrite it offers', () => {
  itFires([...chatOpeners, ...chatOpenersPl, ...offers], findings);
  itStaysQuiet([...vendorProse, ...vendorProsePl, ...vendorOffers], ['ai-chat-residue'], findings);
});

const cell = (answer: string) => `| ID | Question | Answer | Comment |\n|---|---|---|---|\n| ACC-02 | Are administrator accounts personal? | Yes | ${answer} |`;

const editorQueries: Fires[] = [
  { text: 'Backups are kept for 30 days in a second region. Priya – is this still correct after the move to the new provider?', lang: 'en', kind: 'editorial-note', excerpt: 'Priya – is this still correct' },
  { text: cell('Each administrator has a named account. Tom, can you confirm this with the ops team?'), lang: 'en', kind: 'editorial-note', excerpt: 'Tom, can you confirm' },
  { text: 'Kopie zapasowe przechowujemy przez 30 dni. Marek – czy to nadal aktualne po migracji do nowego dostawcy?', lang: 'pl', kind: 'editorial-note', excerpt: 'Marek – czy to nadal aktualne' },
  { text: cell('Każdy administrator ma imienne konto. Aniu, możesz potwierdzić to z zespołem utrzymania?'), lang: 'pl', kind: 'editorial-note', excerpt: 'Aniu, możesz potwierdzić' },
];

/** Questions a reader asks, notes to the reader, names before a dash that are no address. */
const readerText: Case[] = [
  { text: 'Backups – how often are they taken? Every night, and each copy is kept for thirty days.', lang: 'en' },
  { text: 'Support – can you reach us by phone? Yes, on working days from 8:00 to 18:00.', lang: 'en' },
  { text: 'Note: please confirm your e-mail address before the first sign-in.', lang: 'en' },
  { text: 'Administrators – can you check who signed in? Yes, the audit log lists every sign-in for a year.', lang: 'en' },
  { text: '**Is this still true if we cancel the contract?**\n\nYes: the data is deleted 30 days after the end of the contract.', lang: 'en', format: 'md' },
  { text: 'Kopie zapasowe – jak często są wykonywane? Co noc, a każda kopia jest przechowywana 30 dni.', lang: 'pl' },
  { text: 'Uwaga: prosimy potwierdzić adres e-mail przed pierwszym logowaniem.', lang: 'pl' },
];

describe('editorial-note: a query addressed to a colleague', () => {
  itFires(editorQueries, findings);
  itStaysQuiet(readerText, ['editorial-note'], findings);
});
