/**
 * Round 16: forms of real pages that are no findings. A dash or quote saved as UTF-8 and read in a
 * Windows code page ("â€”", "β€”", "â€œ") ends on a quote mark that quotes nothing; a tagline in
 * lower case under a page's title is no second half of it; a list written as paragraphs without
 * stops is a run of items, not one sentence cut after each. Look-alikes: a real stray ” after a
 * clause, a euro sign before a closing quote, a title block line going on in lower case to a
 * stop, and a cut whose second half ends with a stop. Our own sentences, invented vendors.
 */
import { describe } from 'vitest';
import { itFires, itStaysQuiet, residueFindings, type ResidueCase as Case, type ResidueFires as Fires } from './residue-cases.ts';

const findings = residueFindings('txt');

const misdecoded: Case[] = [
  { text: 'Hosting\n\nEvery tenant is kept apart β€” no query reads another tenant’s rows.', lang: 'en' },
  { text: 'Roadmap\n\nSingle sign-on â€” planned for the spring release.\n\nAudit export â€” in beta.', lang: 'en' },
  { text: 'Terms\n\nThe â€œService Dataâ€\u009d are the records a customer keeps in Tablix.', lang: 'en' },
  { text: 'Kopie\n\nKopie wykonujemy co noc â€” każda jest szyfrowana.', lang: 'pl' },
  { text: 'Hosting\n\nSerwery stoją w Polsce вЂ” dane nie opuszczają kraju.', lang: 'pl' },
];

const realStrays: Fires[] = [
  { text: 'Deletion\n\nAll records are erased at the end of the contract”. Backups expire later.', lang: 'en', kind: 'unbalanced-quote', excerpt: '”' },
  { text: 'Fees\n\nThe audit add-on costs 40 €” per month and is billed yearly.', lang: 'en', kind: 'unbalanced-quote', excerpt: '”' },
  { text: 'Usuwanie\n\nDane kasujemy w ciągu 30 dni od wypowiedzenia”. Kopie wygasają później.', lang: 'pl', kind: 'unbalanced-quote', excerpt: '”' },
];

const layouts: Case[] = [
  { text: 'Security\n\nSecurity - questions and answers\n\nsafe maintenance planning online\n\nOur customers keep their data with us for years. We protect it as described below.', lang: 'en' },
  { text: 'Bezpieczeństwo\n\nBezpieczeństwo - pytania i odpowiedzi\n\nbezpieczne planowanie przeglądów\n\nNasi klienci powierzają nam dane na lata. Chronimy je w sposób opisany poniżej.', lang: 'pl' },
  {
    text: 'Passwords\n\nAdmin passwords expire every 90 days and the user then picks a new one\n\nA password needs 14 characters with a digit and a symbol at the very least\n\nThe last five passwords cannot be chosen again\n\nOnly salted hashes are kept in the database',
    lang: 'en',
  },
  {
    text: 'Hasła\n\nHasła administratorów wygasają co 90 dni i trzeba wtedy ustawić nowe\n\nHasło musi mieć 14 znaków i zawierać cyfrę, a znak specjalny także\n\nOstatnich pięciu haseł nie można użyć ponownie\n\nW bazie przechowujemy wyłącznie skróty haseł',
    lang: 'pl',
  },
];

const cuts: Fires[] = [
  { text: 'Access\n\nAccess to production is limited\n\nto two engineers on call.', lang: 'en', kind: 'broken-paragraph', excerpt: 'limited' },
  {
    text: 'Backups\n\nWe back up every database. The copies made each night are stored in\n\nFrankfurt for thirty days before they are overwritten.\n\nRestores are tested once a quarter by the operations team.',
    lang: 'en',
    kind: 'broken-paragraph',
    excerpt: 'stored in',
  },
  {
    text: 'Kopie\n\nKopiujemy każdą bazę danych raz na dobę, zawsze po północy. Kopie z każdej nocy przechowujemy na serwerach w\n\nWarszawie przez trzydzieści dni, po czym są nadpisywane.\n\nOdtwarzanie testujemy raz na kwartał.',
    lang: 'pl',
    kind: 'broken-paragraph',
    excerpt: 'na serwerach w',
  },
];

describe('round 16: misdecoded punctuation is no quote', () => {
  itStaysQuiet(misdecoded, ['unbalanced-quote'], findings);
  itFires(realStrays, findings);
});

describe('round 16: a tagline and a list without stops are no cut sentences', () => {
  itStaysQuiet(layouts, ['broken-paragraph'], findings);
  itFires(cuts, findings);
});
