/**
 * What signals a paragraph broken by editing rather than by layout (our own texts, EN and PL).
 * A cut by editing is a blank line inside a sentence. Layout breaks are not cuts: a line wrapped
 * onto the next line with no blank line between (title blocks, parties' blocks, indented clause
 * continuations of a text export), a title over its date line, a joining word alone on the last
 * line of a party's block, a party's block and the line naming both parties, list items written
 * as paragraphs that end in a comma (the next one opening with an article or a determiner), and a pdf reader's heading guess on a numbered clause's
 * first line.
 */
import { describe, expect, it } from 'vitest';
import { documentFindings } from '../../src/findings/document-findings.ts';
import type { SeckbDocument } from '../../src/model/types.ts';
import { makeDoc } from './make-doc.ts';

const NOW = new Date('2026-06-01T00:00:00Z');
const cuts = (doc: SeckbDocument) =>
  documentFindings(doc, { locale: 'en', now: NOW })
    .filter((f) => f.kind === 'broken-paragraph')
    .map((f) => f.excerpt);
const cutsIn = (text: string, format: 'txt' | 'md', lang: string) => cuts(makeDoc(text, { format, lang }));

const quiet: Array<[string, string, 'txt' | 'md', string]> = [
  [
    'a parties block of a text export, one line under another',
    [
      'UMOWA O ŚWIADCZENIE USŁUG SERWISOWYCH',
      'zawarta w Gdyni pomiędzy:',
      'Klientem wskazanym w zamówieniu (dalej zwanym „Zamawiającym”)',
      'oraz',
      'Serwisex sp. z o.o. z siedzibą w Gdyni, ul. Portowa 3, 81-001 Gdynia',
      '(dalej zwaną „Wykonawcą”)',
      '§ 1. Przedmiot umowy',
      'Wykonawca świadczy na rzecz Zamawiającego usługę utrzymania systemu obsługi zgłoszeń',
      'przez cały okres obowiązywania umowy, zgodnie z warunkami opisanymi w załączniku nr 1,',
      'a Zamawiający zobowiązuje się do zapłaty wynagrodzenia w terminie czternastu dni.',
    ].join('\n'),
    'txt',
    'pl',
  ],
  [
    'a numbered clause whose short line goes on in an indented line',
    [
      'SECURITY SCHEDULE',
      '',
      '1. Encryption. Disks, databases and backups of the service are encrypted with AES-256',
      '   and the keys are held in the provider\'s key service, rotated once every year.',
      '2. Access control. The vendor gives its users',
      '   two-step sign-in. Engineers reach production only over a VPN, with their own',
      '   named accounts, and every session is logged and the log is kept for one year.',
      '3. Backups. Full copies are taken every night and kept for thirty days in a second',
      '   region of the same provider; restores are tested once a quarter.',
    ].join('\n'),
    'txt',
    'en',
  ],
  [
    'the title block of a policy exported from pdf',
    [
      'POLITYKA OCHRONY INFORMACJI',
      'w zakresie systemu obsługi zgłoszeń serwisowych',
      'w spółce Serwisex sp. z o.o. z siedzibą w Gdyni',
      'przyjęta uchwałą zarządu z dnia 2 lutego 2026 r.',
      '§1',
      'Postanowienia ogólne',
      '1.',
      'Niniejszy dokument (dalej jako „Polityka”) opisuje sposób zapewnienia bezpieczeństwa',
      'informacji, które są przetwarzane przez Spółkę w związku ze świadczeniem usług',
      'serwisowych, oraz wskazuje sposób postępowania w razie naruszenia bezpieczeństwa.',
      '2.',
      'Polityka ma zastosowanie do wszystkich pracowników i współpracowników Spółki, którzy',
      'mają dostęp do systemu obsługi zgłoszeń lub do danych przechowywanych w tym systemie.',
    ].join('\n'),
    'txt',
    'pl',
  ],
  [
    'an English title block, one line under another',
    [
      'Data Processing Agreement',
      'between the customer named in the order form',
      'and Fieldkit Software Ltd of Leeds, England',
      '1. Scope',
      'This agreement covers all personal data that Fieldkit processes on behalf of the customer',
      'while it provides the maintenance platform, including data in backups and in the logs',
      'that the platform keeps for troubleshooting and for the security of the service.',
    ].join('\n'),
    'txt',
    'en',
  ],
  [
    'a markdown title over its date line',
    '# Regulamin usługi Przeglądex Chmura\n\n*obowiązuje od 1 marca 2026 r.*\n\n## § 1. Postanowienia ogólne\n\nRegulamin określa zasady korzystania z usługi przez firmy.\n',
    'md',
    'pl',
  ],
  [
    'a text title over its date line',
    'TERMS OF SERVICE\nfor the Fieldkit maintenance platform\n\neffective from 1 March 2026\n\n1. Scope\n\nThese terms govern the use of the platform by business customers.\n',
    'txt',
    'en',
  ],
  [
    'list items written as paragraphs that end in a comma',
    'Backup retention\n\nDaily database copies are kept for five weeks in the same region,\n\nA weekly full copy is kept for one year and moved to cold storage.\n\nA monthly copy is kept for seven years.\n',
    'txt',
    'en',
  ],
  [
    'Polish list items written as paragraphs that end in a comma',
    'Przechowywanie kopii\n\nKopie dzienne przechowujemy przez pięć tygodni w tym samym regionie,\n\nKażda kopia tygodniowa jest przechowywana przez rok w archiwum.\n',
    'txt',
    'pl',
  ],
  [
    'a joining word alone on the last line of a party block',
    'Umowa powierzenia\n\nzawarta pomiędzy:\n\nKlientem wskazanym w zamówieniu, zwanym dalej „Administratorem”,\na\n\nSerwisex Sp. z o.o. z siedzibą w Gdyni, zwaną dalej „Procesorem”.\n',
    'txt',
    'pl',
  ],
  [
    'an English party block ending on "and"',
    'Processing agreement\n\nmade between:\n\nThe customer named in the order form, hereinafter the "Controller",\nand\n\nFieldkit Ltd, registered in Leeds, hereinafter the "Processor".\n',
    'txt',
    'en',
  ],
  [
    'a party block followed by the line naming both parties',
    'Umowa powierzenia\n\nKlientem wskazanym w zamówieniu, zwanym dalej „Administratorem”,\n\na\n\nSerwisex sp. z o.o., ul. Portowa 3, 81-001 Gdynia, KRS 0000123456, zwaną dalej „Procesorem”,\n\nłącznie zwanymi „Stronami”.\n\n§ 1. Przedmiot\n\nAdministrator powierza Procesorowi dane osobowe klientów.\n',
    'txt',
    'pl',
  ],
  [
    'an English party block followed by the naming line',
    'Processing agreement\n\nThe customer named in the order form, hereinafter the "Controller",\n\nand\n\nFieldkit Ltd, 3 Dock Road, Leeds, company number 01234567, hereinafter the "Processor",\n\ntogether the "Parties".\n\n1. Subject\n\nThe Controller entrusts the Processor with personal data of its staff.\n',
    'txt',
    'en',
  ],
];

const fires: Array<[string, string, 'txt' | 'md', string, string]> = [
  ['a sentence cut by a blank line', 'Change management\n\nEvery change is reviewed by a second engineer and\n\nmerged only after the build passes.\n', 'txt', 'en', 'second engineer and'],
  ['a Polish sentence cut by a blank line', 'Szyfrowanie\n\nKopie zapasowe są szyfrowane algorytmem AES-256 i\n\nprzechowywane w drugim regionie.\n', 'txt', 'pl', 'AES-256 i'],
  ['a numbered clause cut by a blank line in a text file', 'The service is hosted in Frankfurt.\n\n4.1. Full copies of all databases are taken every night at 1:00, and\n\nincremental copies every hour.\n', 'txt', 'en', 'at 1:00, and'],
  ['a place name after a dangling preposition', 'Hosting\n\nAll backups are copied every night, encrypted, to a second site of the same provider\nand kept there for thirty days, in its data centre in\n\nFrankfurt, where the production data never goes.\n', 'txt', 'en', 'data centre in'],
  ['a short name closing a sentence after a comma', 'Hosting\n\nOur second copy of every backup is kept in the data centre of our provider,\n\nIreland.\n', 'txt', 'en', 'our provider,'],
  ['a defined term going on after a comma', 'Podprzetwarzający\n\nO każdej zmianie listy informujemy Usługobiorcę z miesięcznym wyprzedzeniem,\n\nUsługobiorca może wnieść sprzeciw w ciągu 14 dni.\n', 'txt', 'pl', 'wyprzedzeniem,'],
  ['a markdown list item cut by a blank line', '# Regulamin\n\n*obowiązuje od 1 marca 2026 r.*\n\n1. Usługodawca wykonuje kopie zapasowe danych raz na dobę i\n\nprzechowuje je przez 14 dni.\n', 'md', 'pl', 'raz na dobę i'],
];

describe('broken-paragraph: layout breaks are not cuts', () => {
  for (const [name, text, format, lang] of quiet) {
    it(`quiet: ${name}`, () => expect(cutsIn(text, format, lang)).toEqual([]));
  }
  it('quiet: a pdf heading guess on a numbered clause and its wrapped line', () => {
    const base = makeDoc('The service is hosted in Frankfurt.\n\n4.1. Full copies of all databases are taken every night at 1:00, and\n\nincremental copies every hour.\n', { lang: 'en' });
    const doc: SeckbDocument = { ...base, format: 'pdf', sourceMap: undefined, blocks: base.blocks.map((b, i) => (i === 1 ? { ...b, type: 'heading' } : b)) };
    expect(cuts(doc)).toEqual([]);
  });
});

describe('broken-paragraph: cuts by editing still fire', () => {
  for (const [name, text, format, lang, part] of fires) {
    it(`fires: ${name}`, () => {
      const got = cutsIn(text, format, lang);
      expect(got).toHaveLength(1);
      expect(got[0]).toContain(part);
    });
  }
  it('fires: a pdf paragraph, not a heading, that runs on in lower case', () => {
    const base = makeDoc('The service is hosted in Frankfurt.\n\nEvery release is scanned for vulnerable libraries and\n\ncontainer images are rebuilt every week.\n', { lang: 'en' });
    expect(cuts({ ...base, format: 'pdf', sourceMap: undefined })).toHaveLength(1);
  });
});
