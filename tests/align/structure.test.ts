/**
 * How real translations differ in form, not content (seen on bilingual vendor pages): numbered
 * headings and clauses ("§ 2.", "4.", "b)"), heading words with nothing in common, dictionary
 * words that are also common words ("may", "cel"). Own-words examples, EN and PL.
 */
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/align.ts';
import { findEntities } from '../../src/align/entities.ts';
import { findConcepts } from '../../src/align/lexicon.ts';
import { tokenize } from '../../src/align/tokens.ts';
import { documentFromText } from '../../src/model/from-text.ts';

const doc = (text: string, id: string) => documentFromText(text, { source: `${id}.md`, id });
const concepts = (text: string, lang: string) => findConcepts(tokenize(text), lang).map((h) => h.concept);

describe('a capital after a clause number is the sentence\'s own, not a name', () => {
  it.each([
    ['4. Recipients', 'en'],
    ['4. Odbiorcy danych', 'pl'],
    ['§ 2. Cele przetwarzania', 'pl'],
    ['2.1. Subject matter', 'en'],
    ['5. Postanowienia końcowe', 'pl'],
    ['b) Klient zgłasza reklamację', 'pl'],
    ['IV. Complaints', 'en'],
    ['12) Reklamacje', 'pl'],
  ])('"%s" names nothing', (text, lang) => expect(findEntities(text, lang).names).toEqual([]));

  it.each([
    ['3. Files are kept with Wasabix in Amsterdam', 'en', 'Wasabix'],
    ['2.4. Pliki przechowuje firma Wasabix', 'pl', 'Wasabix'],
    ['a) Support runs on Freshlydesk', 'en', 'Freshlydesk'],
  ])('"%s" still names its provider', (text, lang, name) => expect(findEntities(text, lang).names).toContain(name));
});

describe('dictionary words that are also everyday words', () => {
  it.each([
    ['The customer may object to the change.', 'en'],
    ['Customers may export their data.', 'en'],
    ['Dane wykorzystujemy do celów statystycznych.', 'pl'],
    ['W tym celu stosujemy szyfrowanie.', 'pl'],
  ])('"%s" names no month and no recovery objective', (text, lang) => {
    expect(concepts(text, lang)).not.toContain('may-month');
    expect(concepts(text, lang)).not.toContain('recovery-objective');
  });

  it.each([
    ['The policy changed in May 2026.', 'en', 'may-month'],
    ['Our RPO is one hour.', 'en', 'recovery-objective'],
    ['Docelowy punkt odtworzenia wynosi godzinę.', 'pl', 'recovery-objective'],
    ['Our recovery time objective is four hours.', 'en', 'recovery-objective'],
  ])('"%s" still names %s', (text, lang, concept) => expect(concepts(text, lang)).toContain(concept));

  it('"provisions" of a contract is not user provisioning; "registered office" is no log', () => {
    expect(concepts('Final provisions', 'en')).not.toContain('scim');
    expect(concepts('its registered office in Gdańsk', 'en')).not.toContain('log');
    expect(concepts('Accounts are created by automatic provisioning.', 'en')).toContain('scim');
  });
});

describe('headings of matched sections pair, whatever words they use', () => {
  const pl = doc(
    '# Regulamin\n\n## 4. Zgłaszanie awarii\n\nAwarie zgłasza się przez portal pomocy technicznej lub telefonicznie pod numerem +48 58 765 43 21.\n\n## 5. Postanowienia końcowe\n\nRegulamin podlega prawu polskiemu, a spory rozstrzyga sąd w Gdańsku.\n',
    'pl',
  );
  const en = doc(
    '# Terms\n\n## 4. Reporting incidents\n\nIncidents are reported through the support portal or by phone at +48 58 765 43 21.\n\n## 5. Final provisions\n\nThese Terms are governed by Polish law and disputes are settled by a court in Gdańsk.\n',
    'en',
  );
  const pairs = alignDocuments(pl, en).pairs;

  it.each([
    ['4. Zgłaszanie awarii', '4. Reporting incidents'],
    ['5. Postanowienia końcowe', '5. Final provisions'],
  ])('"%s" pairs with "%s", with no flag', (a, b) => {
    const pair = pairs.find((p) => p.source.text === a);
    expect(pair?.target.text).toBe(b);
    expect(pair?.flags).toEqual([]);
  });

  it('a retitled section keeps its heading pair: "Kopie zapasowe" / "Data retention"', () => {
    const a = doc('## Kopie zapasowe i szyfrowanie\n\nKopie bazy danych wykonujemy co noc, szyfrujemy je i przechowujemy przez 14 dni.\n', 'pl');
    const b = doc('## Data retention and logging\n\nDatabase backups are made every night, encrypted and kept for 14 days.\n', 'en');
    const [head] = alignDocuments(a, b).pairs;
    expect([head.source.text, head.target.text]).toEqual(['Kopie zapasowe i szyfrowanie', 'Data retention and logging']);
    expect(head.flags).toEqual([]);
  });

  it.each([
    ['## Wiadomości\n\nPowiadomienia wysyłamy e-mailem i SMS-em.\n', '## Messaging\n\nNotifications are sent by e-mail and SMS.\n'],
    ['## Dzienniki\n\nDzienniki aplikacji przechowujemy przez rok.\n', '## Logs\n\nApplication logs are kept for a year.\n'],
  ])('a short heading pair of a matched section is no weak match', (a, b) => {
    const [head] = alignDocuments(doc('# Dokument\n\n' + a, 'pl'), doc('# Document\n\n' + b, 'en')).pairs.filter((p) => !p.source.text.includes('Dokument'));
    expect(head.flags).toEqual([]);
  });

  it('nothing is one-sided', () => {
    expect(pairs.filter((p) => !p.source.text || !p.target.text)).toEqual([]);
  });

  it('a body sentence that says something else in the same place is still reported', () => {
    const other = doc('# Terms\n\n## 4. Reporting incidents\n\nBackups are taken every night and kept for fourteen days in Frankfurt.\n', 'en');
    const mine = doc('# Regulamin\n\n## 4. Zgłaszanie awarii\n\nAwarie zgłasza się przez portal pomocy technicznej lub telefonicznie pod numerem +48 58 765 43 21.\n', 'pl');
    const body = alignDocuments(mine, other).pairs.filter((p) => p.source.text.startsWith('Awarie') || p.target.text.startsWith('Backups'));
    expect(body.every((p) => !p.source.text || !p.target.text || p.flags.length > 0)).toBe(true);
  });
});

describe('DPA wording: controller / administrator, annex / załącznik', () => {
  it('the consent clause pairs with its translation, the objection clause with its own', () => {
    const en = doc(
      '## 3. Further processors\n\n3.1. The Controller permits the Processor to engage the further processors listed in Appendix 1.\n\n3.2. The Controller may object to a new one within ten days.\n',
      'en',
    );
    const pl = doc(
      '## 3. Dalsze podmioty\n\n3.1. Administrator zezwala Podmiotowi przetwarzającemu na korzystanie z dalszych podmiotów wymienionych w Załączniku nr 1.\n\n3.2. Administrator może zgłosić sprzeciw wobec nowego podmiotu w ciągu dziesięciu dni.\n',
      'pl',
    );
    const pairs = alignDocuments(en, pl).pairs;
    expect(pairs.find((p) => p.source.text.includes('permits'))?.target.text).toContain('zezwala');
    expect(pairs.find((p) => p.source.text.includes('object'))?.target.text).toContain('sprzeciw');
  });

  it('the authorisation clause pairs with its translation', () => {
    const en = doc(
      '## 2. Sub-processors\n\n2.1. The Controller authorises the Processor in general to use the sub-processors named in Annex 3.\n\n2.2. The Processor tells the Controller about a new sub-processor at least 30 days ahead.\n',
      'en',
    );
    const pl = doc(
      '## 2. Podprzetwarzanie\n\n2.1. Administrator udziela Podmiotowi przetwarzającemu ogólnego upoważnienia do korzystania z podwykonawców wskazanych w Załączniku nr 3.\n\n2.2. O nowym podwykonawcy Podmiot przetwarzający informuje Administratora z wyprzedzeniem co najmniej 30 dni.\n',
      'pl',
    );
    const pairs = alignDocuments(en, pl).pairs;
    const clause = pairs.find((p) => p.source.text.includes('authorises'));
    expect(clause?.target.text).toContain('upoważnienia');
  });
});
