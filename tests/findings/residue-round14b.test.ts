/**
 * Round 14, second batch (world-test13's misses and real help-centre pages): a sentence saying the
 * text waits for someone's check ("Do weryfikacji przez dział IT przed wysłaniem.", "To be
 * confirmed with legal."), a note to any in-house team ("Note for web team:"), asterisks a CMS
 * export escaped in a markdown page, an all-capital link slot ("<LINK TO THE GUIDE>"); and the
 * look-alike: a field for the reader inside the text the reader is told to type ('W temacie
 * wpisz: "Usunięcie konta – [Twój e-mail]"'). A risk points at the sentence stating it in the same
 * source paragraph, where a plain-text reader split the paragraph at a line ending a sentence.
 * Our own sentences, invented vendors.
 */
import { describe, expect, it } from 'vitest';
import { documentFindings } from '../../src/findings/document-findings.ts';
import { makeDoc } from './make-doc.ts';
import { itFires, itStaysQuiet, residueFindings, type ResidueCase as Case, type ResidueFires as Fires } from './residue-cases.ts';

const findings = residueFindings('txt');

const pending: Fires[] = [
  { text: 'Szkolenia\n\nSzkolenia odbywają się raz w roku. Do weryfikacji przez dział IT przed wysłaniem.', lang: 'pl', kind: 'editorial-note', excerpt: 'Do weryfikacji przez dział IT' },
  { text: 'Logi\n\nLogi przechowujemy 12 miesięcy. Do potwierdzenia z działem prawnym.', lang: 'pl', kind: 'editorial-note', excerpt: 'Do potwierdzenia z działem prawnym' },
  { text: 'Kopie\n\nKopie trzymamy w Poznaniu. Do sprawdzenia.', lang: 'pl', kind: 'editorial-note', excerpt: 'Do sprawdzenia' },
  { text: 'Podprocesorzy\n\nDo uzupełnienia przed publikacją: lista podprocesorów.', lang: 'pl', kind: 'editorial-note', excerpt: 'Do uzupełnienia przed publikacją' },
  { text: 'Kwestionariusz\n\n| Nr | Pytanie | Odpowiedź | Uwagi |\n|---|---|---|---|\n| 4 | Czy logi są chronione? | Tak | Tylko do odczytu. Do uzgodnienia z Markiem. |', format: 'md', lang: 'pl', kind: 'editorial-note', excerpt: 'Do uzgodnienia z Markiem' },
  { text: 'Training\n\nTraining takes place once a year. To be checked by IT before sending.', lang: 'en', kind: 'editorial-note', excerpt: 'To be checked by IT' },
  { text: 'Logs\n\nLogs are kept for 12 months. To be confirmed with legal.', lang: 'en', kind: 'editorial-note', excerpt: 'To be confirmed with legal' },
  { text: 'Copies\n\nCopies are kept in Leeds. To be confirmed.', lang: 'en', kind: 'editorial-note', excerpt: 'To be confirmed' },
  { text: 'Sub-processors\n\nTo be reviewed before this goes out: the list of sub-processors.', lang: 'en', kind: 'editorial-note', excerpt: 'To be reviewed before this goes out' },
  { text: 'Access\n\nEngineers use hardware keys. To be verified with the platform team.', lang: 'en', kind: 'editorial-note', excerpt: 'To be verified with the platform team' },
];
const purposes: Case[] = [
  { text: 'Logowanie\n\nDo weryfikacji tożsamości służy kod SMS.', lang: 'pl' },
  { text: 'Zamówienia\n\nDo potwierdzenia zamówienia wysyłamy e-mail.', lang: 'pl' },
  { text: 'Testy\n\nDo weryfikacji przez Klienta udostępniamy raport z testu.', lang: 'pl' },
  { text: 'Panel\n\nDo sprawdzenia stanu kopii służy panel administratora.', lang: 'pl' },
  { text: 'Exports\n\nTo be verified by the customer, an export must be signed with its key.', lang: 'en' },
  { text: 'Changes\n\nTo be confirmed by e-mail, a change needs two approvers.', lang: 'en' },
  { text: 'Laptops\n\nTo be compliant, every laptop is encrypted.', lang: 'en' },
  { text: 'Admins\n\nChanges are to be confirmed by the customer administrator.', lang: 'en' },
];

describe('editorial-note: the text waits for someone\'s check', () => {
  itFires(pending, findings);
  itStaysQuiet(purposes, ['editorial-note'], findings);
});

const teamNotes: Fires[] = [
  { text: 'Sub-processors\n\nNote for web team: swap the link below once the new PDF is out.', lang: 'en', kind: 'editorial-note', excerpt: 'Note for web team' },
  { text: 'Sub-processors\n\nNote to the content team: the table still lists last year.', lang: 'en', kind: 'editorial-note', excerpt: 'Note to the content team' },
];
const readerNotes: Case[] = [
  { text: 'Audit log\n\nNote for your team: admins can export the audit log.', lang: 'en' },
  { text: 'Plans\n\nNote for customer teams: SSO is part of the Business plan.', lang: 'en' },
];

describe('editorial-note: a note to any in-house team', () => {
  itFires(teamNotes, findings);
  itStaysQuiet(readerNotes, ['editorial-note'], findings);
});

const escaped: Fires[] = [
  { text: '# Retention\n\n\\*\\*Important:\\*\\* customers decide how long their own records are kept.', format: 'md', lang: 'en', kind: 'markup-residue', excerpt: '**Important:**' },
  { text: '# Retencja\n\n\\*\\*Uwaga:\\*\\* klient sam decyduje, jak długo trzyma swoje dokumenty.', format: 'md', lang: 'pl', kind: 'markup-residue', excerpt: '**Uwaga:**' },
];
const emphasis: Case[] = [
  { text: '# Retention\n\n**Important:** customers decide how long their own records are kept.', format: 'md', lang: 'en' },
  { text: '# Retencja\n\n**Uwaga:** klient sam decyduje, jak długo trzyma swoje dokumenty.', format: 'md', lang: 'pl' },
  { text: '# Prices\n\nPrices marked * exclude VAT; ** marks optional modules.', format: 'md', lang: 'en' },
];

describe('markup-residue: asterisks a CMS export escaped in a markdown page', () => {
  itFires(escaped, findings);
  itStaysQuiet(emphasis, ['markup-residue'], findings);
});

const typedFields: Case[] = [
  { text: 'Usunięcie konta\n\nWyślij e-mail na adres pomoc@example.com. W temacie wpisz: "Usunięcie konta – [Twój e-mail]". Dane usuniemy w ciągu 14 dni.', lang: 'pl' },
  { text: 'Usunięcie konta\n\nPodaj w tytule wiadomości „Prośba o usunięcie – [twój login]”, a konto zamkniemy.', lang: 'pl' },
  { text: 'Closing your account\n\nSend us an e-mail with the subject "Close my account – [your username]" and we delete the data within 14 days.', lang: 'en' },
  { text: 'Closing your account\n\nIn the form, type "DELETE [your workspace name]" to confirm.', lang: 'en' },
];
const templateSlots: Fires[] = [
  { text: 'Kontakt\n\nAdres do korespondencji: [Twój e-mail].', lang: 'pl', kind: 'placeholder', excerpt: '[Twój e-mail]' },
  { text: 'Company\n\n[Your Company Name] hosts all data in the EU.', lang: 'en', kind: 'placeholder', excerpt: '[Your Company Name]' },
  { text: 'Contract\n\nThis agreement ("[Your Company Name]") is signed by both parties.', lang: 'en', kind: 'placeholder', excerpt: '[Your Company Name]' },
];

describe('placeholder: a field for the reader in the text the reader types', () => {
  itStaysQuiet(typedFields, ['placeholder'], findings);
  itFires(templateSlots, findings);
});

const linkSlots: Fires[] = [
  { text: 'Release 4.2\n\nSingle sign-on is now supported. <LINK TO PROVIDER SETUP GUIDE>', lang: 'en', kind: 'placeholder', excerpt: '<LINK TO PROVIDER SETUP GUIDE>' },
  { text: 'Wersja 4.2\n\nLogowanie jednokrotne jest już dostępne. <URL OF THE SSO GUIDE>', lang: 'pl', kind: 'placeholder', excerpt: '<URL OF THE SSO GUIDE>' },
];
const linkWords: Case[] = [
  { text: 'Exports\n\nThe export has LINK and URL columns; <TAB> separates them.', lang: 'en' },
  { text: 'Eksport\n\nPlik ma kolumny LINK i URL; kolumny rozdziela <TAB>.', lang: 'pl' },
];

describe('placeholder: an all-capital link slot', () => {
  itFires(linkSlots, findings);
  itStaysQuiet(linkWords, ['placeholder'], findings);
});

const riskExcerpt = (text: string, lang: string) =>
  documentFindings(makeDoc(text, { lang })).find((f) => f.rule === 'risk-impersonation-without-password')?.excerpt;

describe('risk: the sentence stating it in the same source paragraph', () => {
  it('takes in the next line of a hard-wrapped paragraph the reader split', () => {
    const en = 'Support access\n\nOur support team can sign in as any user with the "act as user" button\nin the admin console, which shows them what the user sees.\nThey do not need the user\'s password for that. Only two engineers\nhave access to the servers.';
    const pl = 'Dostęp wsparcia\n\nPracownik wsparcia może przejąć sesję użytkownika, aby zobaczyć jego widok\nw aplikacji.\nNie potrzebuje do tego hasła użytkownika. Każde przejęcie\nsesji trafia do dziennika.';
    expect(riskExcerpt(en, 'en')).toContain("They do not need the user's password for that.");
    expect(riskExcerpt(pl, 'pl')).toContain('Nie potrzebuje do tego hasła użytkownika.');
  });
  it('stops at a blank line: the next paragraph is the writer\'s', () => {
    const en = 'Support access\n\nOur support team can sign in as any user with the "act as user" button\nin the admin console, which shows them what the user sees.\n\nThey do not need the user\'s password for that. Only two engineers\nhave access to the servers.';
    expect(riskExcerpt(en, 'en')).toBe('Our support team can sign in as any user with the "act as user" button\nin the admin console, which shows them what the user sees.');
  });
});
