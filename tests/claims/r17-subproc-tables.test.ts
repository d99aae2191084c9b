/**
 * Round 17 (subproc): sub-processor lists as real pages print them, in our own words with invented names.
 * 1. A list's hosting row ("Quaymount | Application hosting + database"; "Serwerownik | Centrum danych")
 *    names a sub-processor too, though its host is outside the providers' vocabulary (party-table.ts).
 * 2. Column names the reader does not know ("Firm | Offering | Country", "# | Firm | Offering",
 *    "Partner | Zakres | Państwo") under a lead that says sub-processors follow: the name column is
 *    guessed from its cells, and half the rows at least must name a firm (party-columns.ts).
 * 3. "Standard Contractual Clauses (SCCs)" after "sub-processors": an instrument, no company (values/organisation.ts).
 * 4. A slug drops the legal forms "SA", "Pte. Ltd.", "Private Limited", "Ltda." and "S.R.L." as it drops "Inc" (rules/claims/common.json).
 * 5. A table a page export glued a row a line under its glued header ("Sub-processorPurposeRegion" /
 *    "LetterlarkTransactional e-mailUnited States"): a line that cuts into the header's cells is a row
 *    (model/stacked-table.ts); one that does not ("TicketHiveSupport desk...") stays a paragraph.
 */
import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../src/model/from-text.ts';
import { extractClaims } from '../../src/claims/extract.ts';

const claims = (text: string) => extractClaims(documentFromText(text, { format: 'txt', meta: { vendor: 'Acme' } }));
const values = (text: string, attribute: string) =>
  claims(text)
    .filter((c) => c.attribute === attribute)
    .map((c) => (attribute === 'hosting.location' ? `${String(c.value)}:${c.qualifiers?.role ?? 'production'}` : String(c.value)))
    .sort();

describe("a list's hosting row outside the providers' vocabulary", () => {
  it('EN: the host is a sub-processor, and its place is where the service is hosted', () => {
    const text = ['# Sub-processors', '', '| Sub-processor | Purpose | Region |', '|---|---|---|', '| Quaymount | Application hosting + database | Germany |', '| Letterlark Inc. | Transactional e-mail | United States |'].join('\n');
    expect(values(text, 'subprocessor')).toEqual(['letterlark', 'quaymount']);
    expect(values(text, 'hosting.location')).toEqual(['DE:production']);
  });
  it('PL: "Centrum danych" as the purpose', () => {
    const text = ['# Podprocesorzy', '', '| Podmiot | Cel | Lokalizacja |', '|---|---|---|', '| Serwerownik Sp. z o.o. | Centrum danych | Polska |', '| Listonoszka Sp. z o.o. | Wysyłka e-maili | Polska |'].join('\n');
    expect(values(text, 'subprocessor')).toEqual(['listonoszka', 'serwerownik']);
    expect(values(text, 'hosting.location')).toEqual(['PL:production']);
  });
});

describe('a sub-processor list whose column names the reader does not know', () => {
  it.each([
    ['EN: "Firm | Offering | Country"; a table of record kinds and one of people under it name no party', ['# Sub-processors', '', 'The firms below process customer data on our behalf.', '', '| Firm | Offering | Country |', '|---|---|---|', '| Letterlark Inc. | Transactional e-mail | United States |', '| Quaymount | Application hosting | Germany |', '| TicketHive | Support desk | Ireland |', '', 'Where each kind of record is kept:', '', '| Record kind | Zone |', '|---|---|', '| Knowledge base content | EU |', '| Billing metadata | EU |', '', 'Contacts:', '', '| Person | Reach at |', '|---|---|', '| Jane Orchard | privacy desk |', '| Piotr Nowak | security desk |'], ['letterlark', 'quaymount', 'tickethive']],
    ['EN: a running number first ("# | Firm | Offering")', ['# Sub-processors', '', '| # | Firm | Offering |', '|---|---|---|', '| 1 | Letterlark Inc. | E-mail |', '| 2 | Quaymount | Hosting |'], ['letterlark', 'quaymount']],
    ['PL: "Partner | Zakres | Państwo", a plain name among firms', ['# Podprocesorzy', '', 'Poniżej wymieniamy firmy, którym powierzamy przetwarzanie danych naszych klientów.', '', '| Partner | Zakres | Państwo |', '|---|---|---|', '| Listonoszka Sp. z o.o. | Wysyłka e-maili | Polska |', '| Rachmistrz | Faktury | Polska |', '| ZgłoszeniaPro | Obsługa zgłoszeń | Niemcy |'], ['listonoszka', 'rachmistrz', 'zgloszeniapro']],
  ])('%s', (_, lines, want) => {
    expect(values(lines.join('\n'), 'subprocessor')).toEqual(want);
  });
});

describe("a transfer instrument's short name in brackets", () => {
  it('EN: "transfers to these sub-processors are covered by Standard Contractual Clauses (SCCs)" names no party', () => {
    const text = ['# Sub-processors', '', 'Some of our sub-processors are based outside the EEA; transfers to these sub-processors are covered by Standard Contractual Clauses (SCCs).'].join('\n');
    expect(values(text, 'subprocessor')).toEqual([]);
  });
});

describe('legal forms a slug drops', () => {
  it('EN/PL: "SA", "Pte. Ltd.", "Private Limited", "Ltda.", "S.R.L."', () => {
    const text = ['# Sub-processors', '', '| Sub-processor | Purpose | Location |', '|---|---|---|', '| Chmurnik SA | E-mail delivery | Poland |', '| Quillpost Singapore Pte. Ltd. | Support tickets | Singapore |', '| Ledgerly Private Limited | Invoicing | India |', '| Dadoslar Brasil Ltda. | SMS delivery | Brazil |', '| Tallyfin S.R.L. | Card payments | Romania |'].join('\n');
    expect(values(text, 'subprocessor')).toEqual(['chmurnik', 'dadoslar-brasil', 'ledgerly', 'quillpost-singapore', 'tallyfin']);
  });
});

describe('rows glued one a line under a glued header', () => {
  it('EN: each line that cuts into the header\'s cells names its party', () => {
    const text = ['Sub-processors', '', 'The firms below process customer data for us.', '', 'Sub-processorPurposeRegionData shared', 'LetterlarkTransactional e-mailUnited StatesRecipient addresses', 'Quaymount (EU)Application hostingGermanyAll customer data', 'TicketHiveSupport deskIrelandTicket text'].join('\n');
    expect(values(text, 'subprocessor')).toEqual(['letterlark', 'quaymount']);
    expect(values(text, 'hosting.location')).toEqual(['DE:production']);
  });
});
