/**
 * Round 12: an instruction one editor leaves for another. What makes it a note is who it is for
 * and when it is due, not its wording: it names someone inside the company (a colleague by first
 * name, legal, ops, the platform team, "dział prawny") or the moment the text goes out ("before we
 * publish", "przed wysłaniem do klienta"), and it is an order with no subject ("ask Jonas whether",
 * "sprawdzić z Anią, czy"), often under a team's label ("[Ops: ...]", "Uwaga redakcyjna: ...").
 * An instruction to the reader names the reader's side ("your administrator", "support"), has a
 * subject ("staff must check with ..."), or, in Polish, is in the imperative ("sprawdź") or after
 * "należy"; a procedure step in the infinitive names no colleague. Our own sentences, invented vendors.
 */
import { describe } from 'vitest';
import { itFires, itStaysQuiet, residueFindings, type ResidueCase, type ResidueFires } from './residue-cases.ts';

const findings = residueFindings('md');
const note = (text: string, lang: string, excerpt: string, format?: ResidueCase['format']): ResidueFires => ({ text, lang, excerpt, kind: 'editorial-note', format });
const row = (cells: string[]) => `| Topic | Answer | Comment |\n|---|---|---|\n| ${cells.join(' | ')} |`;

const english: ResidueFires[] = [
  note('Backups are kept for 35 days. Check with Priya whether the new storage tier changed this.', 'en', 'Check with Priya whether'),
  note('Audit logs are kept for 13 months – confirm with legal.', 'en', 'confirm with legal'),
  note('Replicas live in a second region.\n\n[Ops: does the DR copy still sit in Dublin? Please confirm before we publish]', 'en', '[Ops: does the DR copy'),
  note('SMS codes are sent by a messaging provider. [NOTE: ask Jonas whether we still use it before this goes out]', 'en', 'ask Jonas whether'),
  note(row(['Penetration test', 'Yearly, by an outside firm', 'Ask Imogen if the 2026 report can be shared']), 'en', 'Ask Imogen if'),
  note('- Support tickets: kept for 3 years. Please double-check with finance before publishing.', 'en', 'double-check with finance'),
  note('Encryption keys are rotated every year. Please verify this with the platform team before the page goes live.', 'en', 'verify this with the platform team'),
  note('Data residency\n\nFrankfurt. Ask Elena if the backup region is still Ireland.', 'en', 'Ask Elena if'),
  note('Incidents are reported within 24 hours. Legal – please confirm we can promise this.', 'en', 'please confirm we can promise'),
  note('[Marketing: is 99.95% right for the Basic plan? Check with Sam before release]', 'en', '[Marketing: is 99.95% right'),
];

const polish: ResidueFires[] = [
  note('Uwaga redakcyjna: sprawdzić z Anią, czy kopie nadal trzymamy w Poznaniu.', 'pl', 'sprawdzić z Anią, czy'),
  note('Logi przechowujemy 12 miesięcy – potwierdzić z działem prawnym przed publikacją.', 'pl', 'potwierdzić z działem prawnym'),
  note('Kopie trzymamy 35 dni.\n\n[Dział IT: czy 35 dni to nadal prawda? Proszę sprawdzić przed wysłaniem do klienta]', 'pl', '[Dział IT: czy 35 dni'),
  note(row(['Szyfrowanie kopii', 'Tak', 'zapytać Tomka, czy klucze są rotowane']), 'pl', 'zapytać Tomka, czy'),
  note('- Zweryfikować z zespołem bezpieczeństwa, czy raport z testu możemy udostępnić.', 'pl', 'Zweryfikować z zespołem bezpieczeństwa'),
  note('Powiadamiamy o incydencie w ciągu 24 godzin. Prawnicy – proszę potwierdzić, czy możemy to obiecać.', 'pl', 'proszę potwierdzić, czy możemy'),
];

/** The same verbs telling the reader what to do, or stating what the vendor does. */
const readerEn: ResidueCase[] = [
  'If single sign-on does not work, check with your administrator whether it is enabled for your company.',
  'Contact support to confirm that your data has been deleted.',
  'Before release, every change is checked by a second engineer.',
  'Staff must check with the security team before installing new software.',
  'Ask Support whether your plan includes single sign-on.',
  'Check Settings > Security to see whether two-factor sign-in is on.',
  'Every year we ask Microsoft whether the region still meets our needs.',
  'Prices are shown without VAT. [Note: the Basic plan is billed yearly]',
  '[Tip: check your spam folder if the code does not arrive]',
  'We confirm with the customer before we publish any case study.',
].map((text) => ({ text, lang: 'en' }));

const readerPl: ResidueCase[] = [
  'Sprawdź z administratorem swojej firmy, czy logowanie jednokrotne jest włączone.',
  'Należy sprawdzić z administratorem, czy konto jest aktywne.',
  '1. Zalogować się do panelu.\n2. Sprawdzić, czy kopia zapasowa wykonała się poprawnie.',
  'Aby potwierdzić, czy dane zostały usunięte, skontaktuj się z pomocą techniczną.',
  'Przed publikacją każda zmiana jest sprawdzana przez drugiego inżyniera.',
  'Uwaga: przed wysłaniem zgłoszenia sprawdź, czy dołączono zrzut ekranu.',
].map((text) => ({ text, lang: 'pl' }));

describe('editorial-note: an instruction left for a colleague', () => {
  itFires([...english, ...polish], findings);
  itStaysQuiet([...readerEn, ...readerPl], ['editorial-note'], findings);
});
