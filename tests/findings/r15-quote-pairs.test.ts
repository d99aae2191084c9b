/**
 * Round 15: quote marks of real pages that are paired, though not as a typesetter pairs them. A
 * quote opened in one style and closed in another, a name quoted ”…”, French « spaced », a defined
 * name a line break cut into two blocks, and a text that stops mid-word (a page's excerpt) with a
 * quote open in its last block: none is an unbalanced quote. Look-alikes: a stray closer after a
 * clause, a name left open before a paragraph that does not close it, a formula with one ")" too
 * many, an open bracket in a text that ends on a full stop. Our own sentences, invented vendors.
 */
import { describe } from 'vitest';
import { itFires, itStaysQuiet, residueFindings, type ResidueCase as Case, type ResidueFires as Fires } from './residue-cases.ts';

const findings = residueFindings('txt');

const paired: Case[] = [
  { text: 'Definitions\n\n"Service Data” means the records a customer stores in Tablix.', lang: 'en' },
  { text: 'Parties\n\nThe customer (the “Client") signs the order form with Norvale.', lang: 'en' },
  { text: 'Parties\n\nThis agreement is made with Norvale Ltd, hereinafter the “Service\n\nProvider”, and the customer named in the order.', lang: 'en' },
  { text: 'Plans\n\nOur plan ”Fleet Basic” includes daily backups kept for two weeks.', lang: 'en' },
  { text: 'Modules\n\nThe module « Audit » keeps its logs for one year.', lang: 'en' },
  { text: 'Retention\n\nBackups are kept for 30 days. The details are in the “Retention sched', lang: 'en' },
  { text: 'Strony\n\nSerwiso sp. z o.o., zwana dalej „Usługodawcą", z siedzibą w Lublinie.', lang: 'pl' },
  { text: 'Strony\n\nFirma Kowal, zwana dalej „Podmiotem\n\nPrzetwarzającym”, reprezentowana przez zarząd.', lang: 'pl' },
  { text: 'Pakiety\n\nPakiet ”Serwis Plus” obejmuje kopie dzienne przechowywane przez 14 dni.', lang: 'pl' },
  { text: 'Moduły\n\nModuł « Raporty » przechowuje dane przez rok.', lang: 'pl' },
  { text: 'Kopie\n\nKopie przechowujemy przez 30 dni. Szczegóły opisuje dokument „Polityka kopii zapas', lang: 'pl' },
];

const stray: Fires[] = [
  { text: 'Deletion\n\nCustomer data is deleted on termination”. Backups follow within 30 days.', lang: 'en', kind: 'unbalanced-quote', excerpt: '”' },
  { text: 'Uptime\n\nUptime is ((total - downtime) / total)) x 100 for each month.', lang: 'en', kind: 'unbalanced-quote', excerpt: ')' },
  { text: 'Logs\n\nLogs are kept for a year (see the policy for the details.', lang: 'en', kind: 'unbalanced-quote', excerpt: '(' },
  { text: 'Strony\n\nFirma Kowal, zwana dalej „Zleceniodawcą\n\na\n\nSerwiso sp. z o.o., zwana dalej „Wykonawcą”.', lang: 'pl', kind: 'unbalanced-quote', excerpt: '„' },
  { text: 'Usuwanie\n\nDane usuwamy po rozwiązaniu umowy”. Kopie znikają po 30 dniach.', lang: 'pl', kind: 'unbalanced-quote', excerpt: '”' },
];

describe('round 15: quotes paired across styles, blocks and a cut', () => {
  itStaysQuiet(paired, ['unbalanced-quote'], findings);
  itFires(stray, findings);
});
