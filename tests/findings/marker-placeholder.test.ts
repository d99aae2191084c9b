/**
 * Round 12: a template's slot marked by a word that says it is one, in capitals or in brackets of
 * any kind ("(PLACEHOLDER) Maximum credit ...", "Region: PLACEHOLDER", "(placeholder)", "TEKST
 * ZASTĘPCZY", "[UZUPEŁNIĆ]"), in a heading, a table cell or prose. The word used as a word ("a
 * placeholder image is shown until the photo loads", "pole z tekstem zastępczym") is none.
 * Our own sentences, invented vendors.
 */
import { describe } from 'vitest';
import { itFires, itStaysQuiet, residueFindings, type ResidueCase, type ResidueFires } from './residue-cases.ts';

const findings = residueFindings('md');
const slot = (text: string, lang: string, excerpt: string): ResidueFires => ({ text, lang, excerpt, kind: 'placeholder' });

const slots: ResidueFires[] = [
  slot('# Service credits\n\n### (PLACEHOLDER) Maximum credit per contract year\n\nCredits are paid monthly.', 'en', 'PLACEHOLDER'),
  slot('Backup region: PLACEHOLDER', 'en', 'PLACEHOLDER'),
  slot('| Control | Answer |\n|---|---|\n| Recovery point objective | PLACEHOLDER |', 'en', 'PLACEHOLDER'),
  slot('Support is available from 8:00 to (placeholder) on working days.', 'en', '(placeholder)'),
  slot('The certification body is {PLACEHOLDER} and the last audit was in May.', 'en', 'PLACEHOLDER'),
  slot('## Okres przechowywania\n\nKopie przechowujemy przez TEKST ZASTĘPCZY dni.', 'pl', 'TEKST ZASTĘPCZY'),
  slot('Inspektor ochrony danych: (tekst zastępczy)', 'pl', '(tekst zastępczy)'),
  slot('| Lokalizacja kopii | PLACEHOLDER |', 'pl', 'PLACEHOLDER'),
];

const words: ResidueCase[] = [
  { text: 'A placeholder image is shown until the photo has uploaded.', lang: 'en' },
  { text: 'Administrators can set placeholder text for custom fields.', lang: 'en' },
  { text: 'The form shows "Enter asset ID" as a placeholder in the empty field.', lang: 'en' },
  { text: 'Pole formularza zawiera tekst zastępczy z przykładem numeru seryjnego.', lang: 'pl' },
  { text: 'W aplikacji mobilnej zdjęcie zastępcze pojawia się do czasu wgrania pliku.', lang: 'pl' },
];

describe('placeholder: a slot marked by a word that names it', () => {
  itFires(slots, findings);
  itStaysQuiet(words, ['placeholder'], findings);
});
