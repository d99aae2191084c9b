/**
 * Round 10: residue that real drafts leave, beside the text that only looks like it. A question
 * one editor leaves another in square brackets, signed or addressed to a team ("[Ops: should we
 * keep 14 days? – DW]"); a date mask with the month as a word ("[DD Month YYYY]"); a Polish slot
 * "[do uzupełnienia: ...]", which is a placeholder like "[uzupełnić]". Look-alikes: an acronym
 * spelled out beside TBD ("TBD – Trust by Design"), a checklist's legend naming its tick ("marked
 * [X]"), a camel-case product called by its noun ("the PingWave mobile app", "aplikacja
 * PingWave"). Our own sentences, invented vendors.
 */
import { describe } from 'vitest';
import { itFires, itStaysQuiet, residueFindings, type ResidueCase as Case, type ResidueFires as Fires } from './residue-cases.ts';

const findings = residueFindings('txt');

const notes: Fires[] = [
  { text: 'Security incidents\n\nWe tell customers about a breach within 36 hours [Ops: should we keep 36 or go to 24? – DW].\n\nAll notices go to the billing contact.', lang: 'en', kind: 'editorial-note', excerpt: 'should we keep 36' },
  { text: 'Backups\n\nSnapshots are copied to Amsterdam every night [is this still the case after the move to Paris?] and kept for 20 days.', lang: 'en', kind: 'editorial-note', excerpt: 'is this still the case' },
  { text: 'Access\n\nSupport engineers use a break-glass account [Security team: do we log every use of it?].', lang: 'en', kind: 'editorial-note', excerpt: 'do we log every use' },
  { text: 'Incydenty\n\nKlientów informujemy o naruszeniu w ciągu 36 godzin [Prawnicy: czy deklarujemy 36, czy zostawiamy 72? – PS].\n\nPowiadomienie trafia do administratora konta.', lang: 'pl', kind: 'editorial-note', excerpt: 'czy deklarujemy 36' },
  { text: 'Kopie zapasowe\n\nKopie trafiają co noc do Wrocławia [czy nadal tak jest po zmianie dostawcy?] i są trzymane 20 dni.', lang: 'pl', kind: 'editorial-note', excerpt: 'czy nadal tak jest' },
];

const notNotes: Case[] = [
  { text: 'Help centre\n\nRead [Can I delete my workspace?](https://example.com/help/delete) before you close the account.', lang: 'en', format: 'md' },
  { text: 'Questionnaire\n\nRow 12 quotes the customer as [Can I get my invoices as PDF?] and the answer is yes.', lang: 'en' },
  { text: 'Records\n\nRetention follows the schedule [see Appendix B – HR] and the law.', lang: 'en' },
  { text: 'Pomoc\n\nPrzeczytaj [Czy mogę przywrócić usunięte konto?](https://example.com/pomoc) przed zamknięciem konta.', lang: 'pl', format: 'md' },
  { text: 'Kwestionariusz\n\nPytanie [Czy mogę pobrać faktury?] ma odpowiedź twierdzącą.', lang: 'pl' },
];

const dateMasks: Fires[] = [
  { text: 'Information security policy\n\nApproved by the board on [DD Month YYYY].', lang: 'en', kind: 'placeholder', excerpt: '[DD Month YYYY]' },
  { text: 'Certificate\n\nThe ISO certificate is valid until [MMM YYYY] and is renewed each cycle.', lang: 'en', kind: 'placeholder', excerpt: '[MMM YYYY]' },
  { text: 'Polityka\n\nDokument zatwierdzono dnia [dd miesiąc rrrr] uchwałą zarządu.', lang: 'pl', kind: 'placeholder', excerpt: '[dd miesiąc rrrr]' },
  { text: 'Audyt\n\nKolejny audyt odbędzie się w [MM/RRRR].', lang: 'pl', kind: 'placeholder', excerpt: '[MM/RRRR]' },
];

const notDateMasks: Case[] = [
  { text: 'Exports\n\nReports print dates as DD Month YYYY; the API returns them as YYYY-MM-DD.', lang: 'en' },
  { text: 'Eksport\n\nDaty w raportach mają postać DD miesiąc RRRR, a w API RRRR-MM-DD.', lang: 'pl' },
];

const slots: Fires[] = [
  { text: 'Odtwarzanie\n\nCzas odtworzenia usługi: [do uzupełnienia po teście w drugim kwartale].', lang: 'pl', kind: 'placeholder', excerpt: '[do uzupełnienia' },
];

const tbdNames: Case[] = [
  { text: 'Secure development\n\nEngineers follow our "TBD - Trust by Design" checklist before every merge.', lang: 'en' },
  { text: 'Secure development\n\nEvery change follows Test Before Deploy (TBD): a staging run comes first.', lang: 'en' },
  { text: 'Rozwój\n\nZespół stosuje standard „TBD – Trust by Design” przy każdym wdrożeniu.', lang: 'pl' },
];
const tbdMarkers: Fires[] = [
  { text: 'Logs\n\nAudit logs are kept for TBD (to be decided with the customer) months.', lang: 'en', kind: 'editorial-note', excerpt: 'TBD' },
  { text: 'Logi\n\nLogi audytowe przechowujemy przez TBD – to be decided.', lang: 'pl', kind: 'editorial-note', excerpt: 'TBD' },
];

const legends: Case[] = [
  { text: 'Annex 3: measures\n\nMeasures that apply are ticked with an [X].\n\n[X] Encryption of laptops\n[ ] Hardware keys for staff', lang: 'en' },
  { text: 'Annex 3: measures\n\nLegend: [X] = in place, [ ] = planned.\n\n[X] Encryption of laptops', lang: 'en' },
  { text: 'Załącznik 3\n\nŚrodki stosowane zaznaczono znakiem [X].\n\n[X] Szyfrowanie laptopów', lang: 'pl' },
];
const slotsX: Fires[] = [
  { text: 'Retention\n\nSupport tickets are kept for [X] months after closing.', lang: 'en', kind: 'placeholder', excerpt: '[X]' },
  { text: 'Retencja\n\nZgłoszenia przechowujemy przez [X] miesięcy od zamknięcia.', lang: 'pl', kind: 'placeholder', excerpt: '[X]' },
];

const products: Case[] = [
  { text: 'Closing an account\n\nThis covers the browser version and the TorvaGo mobile app. Go to the page, open the settings and choose the data tab.', lang: 'en' },
  { text: 'Zamknięcie konta\n\nDotyczy też aplikacji mobilnej TorvaGo. Go oznacza w nazwie wersję na telefon.', lang: 'pl' },
];
const joins: Fires[] = [
  { text: 'Closing an account\n\nOpen the settings and choose the data tab. Export your dataSettings first, then close the account.', lang: 'en', kind: 'joined-words', excerpt: 'dataSettings' },
  { text: 'Hosting\n\nData is stored in Dublin. Every night we copy it to the DublinData centre and check the copy.', lang: 'en', kind: 'joined-words', excerpt: 'DublinData' },
];

/** Numbers left as X or N in other brackets, a blank date with its year, an instruction to update. */
const slotsMore: Fires[] = [
  { text: 'Incidents\n\nWe inform affected customers within <N> hours of confirming a breach.', lang: 'en', kind: 'placeholder', excerpt: '<N>' },
  { text: 'Logs\n\nApplication logs are kept for (NN) days and then rotated.', lang: 'en', kind: 'placeholder', excerpt: '(NN)' },
  { text: 'Incydenty\n\nKlientów informujemy w ciągu <X> godzin od potwierdzenia naruszenia.', lang: 'pl', kind: 'placeholder', excerpt: '<X>' },
  { text: 'SLA\n\nGuaranteed monthly availability: 99.N% outside maintenance windows.', lang: 'en', kind: 'placeholder', excerpt: 'N' },
  { text: 'Policy\n\nApproved on ___/___/2027 by the management board.', lang: 'en', kind: 'placeholder', excerpt: '___/___/2027' },
  { text: 'Support\n\nThe desk is staffed from 7:00 to 19:00 [update once the night shift starts].', lang: 'en', kind: 'editorial-note', excerpt: '[update once' },
  { text: 'Rewrite\n\nAll data is encrypted at rest.\n\nIs there anything else you would like me to add to this section?', lang: 'en', kind: 'ai-chat-residue', excerpt: 'anything else you would like me to' },
];
const notSlotsMore: Case[] = [
  { text: 'CLI\n\nRun the cleanup with --older-than <n> days to remove old exports.', lang: 'en' },
  { text: 'Terms\n\nThe periods in clause (x) days are calendar days; see also clause (ix).', lang: 'en' },
  { text: 'SLA\n\nAvailability was 99.95% last quarter; the 2.x clients are supported.', lang: 'en' },
  { text: 'Status\n\n[Update: the fix was deployed at 15:20.] Some customers saw slow pages.', lang: 'en' },
  { text: 'Support\n\nIs there anything else you would like to know? Write to our security team.', lang: 'en' },
];

/** A contract's own bracketed words: paragraph titles after their number, defined terms. */
const contractWords: Case[] = [
  { text: 'Regulamin\n\n§ 3. [Konto] Klient zakłada konto w panelu.\n\n§ 4 [Okres wypowiedzenia] Umowę można wypowiedzieć z miesięcznym wyprzedzeniem.', lang: 'pl' },
  { text: 'Umowa\n\nArt. 9. [SIEDZIBA I ADRES] Spółka ma siedzibę w Opolu.', lang: 'pl' },
  { text: 'Definicje\n\n1. [Platforma] – system do planowania przeglądów udostępniany Klientowi.\n2. [Konto] oznacza dostęp Klienta do Platformy.', lang: 'pl' },
  { text: 'Umowa\n\nSystem do planowania przeglądów (dalej [Platforma]) działa w chmurze.', lang: 'pl' },
  { text: 'Terms\n\nClause 6 [Data retention] Records are kept for the term of the agreement.\n\nSection 7. [Audit] The customer may audit once a year.', lang: 'en' },
  { text: 'Terms\n\nThe scheduling system (hereinafter [Platform]) runs in the cloud.', lang: 'en' },
];
const contractSlots: Fires[] = [
  { text: 'Umowa\n\nUsługi świadczy [Dostawca] – spółka wpisana do KRS.', lang: 'pl', kind: 'placeholder', excerpt: '[Dostawca]' },
  { text: 'Terms\n\nThe service is provided by [Supplier] from its office in Leeds.', lang: 'en', kind: 'placeholder', excerpt: '[Supplier]' },
];

describe('placeholder: a contract\'s bracketed titles and defined terms', () => {
  itFires(contractSlots, findings);
  itStaysQuiet(contractWords, ['placeholder'], findings);
});

describe('placeholder, editorial-note, ai-chat-residue: more slots and notes', () => {
  itFires(slotsMore, findings);
  itStaysQuiet(notSlotsMore, ['placeholder', 'editorial-note', 'ai-chat-residue'], findings);
});

describe('editorial-note: a question about the text in square brackets', () => {
  itFires(notes, findings);
  itStaysQuiet(notNotes, ['editorial-note'], findings);
});

describe('placeholder: date masks with the month as a word, Polish fill-in slots', () => {
  itFires([...dateMasks, ...slots], findings);
  itStaysQuiet(notDateMasks, ['placeholder'], findings);
});

describe('editorial-note: TBD beside the words it abbreviates', () => {
  itFires(tbdMarkers, findings);
  itStaysQuiet(tbdNames, ['editorial-note'], findings);
});

describe('placeholder: a checklist legend naming its tick mark', () => {
  itFires(slotsX, findings);
  itStaysQuiet(legends, ['placeholder'], findings);
});

describe('joined-words: a product called by its noun', () => {
  itFires(joins, findings);
  itStaysQuiet(products, ['joined-words'], findings);
});
