/**
 * Residue look-alikes and families of round 9, from reading real letters and tender replies
 * (address blocks: a name line over "ul. ..." / "12 Market Street"), Polish and English data
 * processing agreements (a title over "zawarta w dniu ...", a party over "zwaną dalej ...",
 * "hereinafter referred to as"), signature blocks ("z up." / "w im."), lists of figures after the
 * contents, and assistants' openers and closers pasted with the text they wrote. Our own
 * sentences, invented vendors. Look-alikes first: each family has cases that must stay quiet
 * beside the cases that must fire.
 */
import { describe } from 'vitest';
import { checkDocument } from '../../src/findings/engine.ts';
import type { Format } from '../../src/model/types.ts';
import { makeDoc } from './make-doc.ts';
import { itFires, itStaysQuiet } from './residue-cases.ts';

interface Case {
  text: string;
  format?: Format;
  lang: string;
}
type Fires = Case & { kind: string; excerpt: string };

const findings = (c: Case) =>
  checkDocument(makeDoc(c.text, { format: c.format ?? 'txt', lang: c.lang }), { now: new Date('2026-11-23T00:00:00Z') });

const lines = (...l: string[]) => l.join('\n\n');
const BP = ['broken-paragraph'];

/** Layouts where one line goes on in the next by design: letters, contracts, signatures. */
const layoutQuiet: Case[] = [
  // A tender reply: sender, place and date, the addressee's name over its street and town.
  {
    text: lines(
      'Serwotech sp. z o.o.',
      'ul. Kwiatowa 7, 50-001 Wrocław',
      'Wrocław, 3 marca 2026 r.',
      'Miejskie Przedsiębiorstwo Energetyki Cieplnej w Lesznie',
      'ul. Ogrodowa 15, 64-100 Leszno',
      'Dotyczy: wyjaśnień treści oferty w postępowaniu nr 4/2026',
      'Szanowni Państwo,',
      'w odpowiedzi na pytania Zamawiającego wyjaśniamy, że dane systemu są przechowywane wyłącznie w centrach danych na terenie Polski.',
    ),
    lang: 'pl',
  },
  // The same block with the street and town on lines of their own, and "al." / "os." streets.
  {
    text: lines(
      'Zarząd Dróg Powiatowych w Kole',
      'al. Jana Pawła II 12',
      '62-600 Koło',
      'Szanowni Państwo,',
      'przesyłamy opis zabezpieczeń systemu, o który prosili Państwo w zapytaniu ofertowym z lutego.',
    ),
    lang: 'pl',
  },
  // An English letter whose address lines end with commas.
  {
    text: lines(
      'Facilities Management Team of the Eastmoor Borough Council,',
      '14 Market Street,',
      'Eastmoor EM4 2QT',
      'Dear Facilities Team,',
      'Thank you for your questions about the security of our maintenance platform; our answers follow below.',
    ),
    lang: 'en',
  },
  // A contract title over its "concluded on ... between" line, parties with "zwaną dalej".
  {
    text: lines(
      'Umowa powierzenia przetwarzania danych osobowych',
      'zawarta w dniu 2 lutego 2026 r. w Poznaniu pomiędzy:',
      'Gminnym Zakładem Komunalnym w Suchym Lesie, ul. Szkolna 3, 62-002 Suchy Las, reprezentowanym przez Dyrektora,',
      'zwanym dalej „Administratorem”,',
      'a',
      'Remontix spółka z ograniczoną odpowiedzialnością z siedzibą w Poznaniu, wpisaną do rejestru przedsiębiorców pod numerem 0000123456,',
      'zwaną dalej „Podmiotem przetwarzającym”.',
      '§ 1. Przedmiot umowy',
      'Administrator powierza Podmiotowi przetwarzającemu dane osobowe pracowników w zakresie opisanym w załączniku.',
    ),
    lang: 'pl',
  },
  // The English agreement's preamble.
  {
    text: lines(
      'Data Processing Agreement between the Customer and the Provider',
      'entered into on 2 February 2026 by and between:',
      'Eastmoor Borough Council, of Town Hall, Eastmoor,',
      'hereinafter referred to as the "Controller",',
      'and',
      'Fixwell Software Limited, a company registered in England and Wales under number 01234567,',
      'hereinafter referred to as the "Processor".',
      '1. Subject matter',
      'The Processor processes personal data of the Controller\'s staff only to provide the maintenance service.',
    ),
    lang: 'en',
  },
  // A signature block: "for the Contractor" over "z up." / "w im." and a name.
  {
    text: lines(
      'Oświadczamy, że wszystkie dane Zamawiającego są szyfrowane w spoczynku i podczas przesyłania.',
      'W imieniu Wykonawcy Serwotech sp. z o.o. podpisuje',
      'z up. Prezesa Zarządu Anna Kowalczyk, kierownik działu ofert',
    ),
    lang: 'pl',
  },
  // English signature blocks: the formula's line over the company or the signatory.
  {
    text: lines(
      'The Processor keeps every backup for 35 days and deletes it afterwards.',
      'For and on behalf of',
      'Fixwell Software Limited',
      'Signed for and on behalf of the Controller by',
      'Dana Whitfield, Head of Facilities',
      'Date: 3 March 2026',
    ),
    lang: 'en',
  },
];

/** Real cuts in the same kinds of documents still fire. */
const layoutFires: Fires[] = [
  {
    text: lines(
      'Serwotech sp. z o.o.',
      'ul. Kwiatowa 7, 50-001 Wrocław',
      'Szanowni Państwo,',
      'w odpowiedzi na pytanie 3 wyjaśniamy, że kopie zapasowe są wykonywane co noc i przechowywane przez',
      'trzydzieści dni w drugim centrum danych.',
    ),
    lang: 'pl',
    kind: 'broken-paragraph',
    excerpt: 'przechowywane przez',
  },
  {
    text: lines(
      'Dear Facilities Team,',
      'Thank you for your questions. All production data is encrypted at rest and the keys are rotated by the',
      'operations team every twelve months.',
    ),
    lang: 'en',
    kind: 'broken-paragraph',
    excerpt: 'rotated by the',
  },
];

describe('broken-paragraph: layouts where a line goes on by design', () => {
  itStaysQuiet(layoutQuiet, BP, findings);
  itFires(layoutFires, findings);
});

/** Lists of figures and tables after the contents, in the layouts exports leave them. */
const figureLists: Case[] = [
  {
    text: 'List of figures\n\nFigure 1: Network overview\nFigure 2: Backup flow\n\n1. Introduction\n\nThe platform is a hosted maintenance system used by facility teams in twelve countries.',
    format: 'md',
    lang: 'en',
  },
  {
    text: lines('Table of Figures', 'Figure 1 – Network overview\t4', 'Figure 2 – Backup flow\t6', '1. Introduction', 'The platform is a hosted maintenance system used by facility teams.'),
    format: 'docx',
    lang: 'en',
  },
  {
    text: lines('Spis rysunków', 'Rysunek 1. Architektura systemu 4', 'Rysunek 2. Przepływ kopii zapasowych 6', '1. Wstęp', 'System jest usługą utrzymania ruchu dla zakładów produkcyjnych.'),
    format: 'docx',
    lang: 'pl',
  },
  // No title over the list: the entries come back as the captions of the figures further on.
  {
    text: lines(
      'Figure 1 Hosting regions',
      'Figure 2 Key hierarchy',
      '1. Hosting',
      'The service runs in two regions of one cloud provider.',
      '![Map of the two regions](regions.png)',
      'Figure 1 Hosting regions',
      '2. Encryption',
      'Keys are kept in the provider\'s key service.',
      '![Keys](keys.png)',
      'Figure 2 Key hierarchy',
    ),
    format: 'md',
    lang: 'en',
  },
];

describe('missing-figure: the lines of a list of figures', () => {
  itStaysQuiet(figureLists, ['missing-figure'], findings);
  itFires(
    [
      {
        text: lines('1. Hosting', 'The service runs in two regions of one cloud provider, shown below.', 'Figure 1: Hosting regions', '2. Encryption', 'Keys are kept in the provider\'s key service.'),
        format: 'docx' as Format,
        lang: 'en',
        kind: 'missing-figure',
        excerpt: 'Figure 1: Hosting regions',
      },
    ],
    findings,
  );
});
