/**
 * Round 16 (subproc): sub-processor tables that page exports flatten, in our own words.
 * 1. One cell a line under a run of column names ("Entity" / "Purpose" / "Country"), or under the
 *    names glued on one line ("Nazwa podmiotuCelKraj"); a cell ending in a comma goes on (model/stacked-table.ts).
 * 2. Pipe rows broken over lines ("Mailroo |" / "e-mail delivery | EU |"), an empty last cell
 *    ("USA | |") (ingest/readers/text-tables.ts), and a first row of column names with no digit
 *    below it taken as the header (claims/party-table.ts).
 */
import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../src/model/from-text.ts';
import { extractClaims } from '../../src/claims/extract.ts';

const parties = (text: string) =>
  extractClaims(documentFromText(text, { format: 'txt', meta: { vendor: 'Acme' } }))
    .filter((c) => c.attribute === 'subprocessor' || c.attribute === 'hosting.provider')
    .map((c) => `${c.attribute === 'subprocessor' ? 'sub' : 'host'} ${String(c.value)}`)
    .sort();

describe('a table flattened one cell a line', () => {
  it.each([
    ['EN: three column names, then three lines a row', ['Our sub-processors', '', 'The companies below process customer data for us.', '', 'Entity', 'Purpose', 'Country', 'Quillpost Ltd.', 'Transactional e-mail', 'Ireland', 'Tallyfin Inc.', 'Card payments', 'United States'], ['sub quillpost', 'sub tallyfin']],
    ['EN: five column names, a legal form with dots', ['Sub-processors', '', 'Subprocessor', 'Service', 'Data processed', 'Location', 'Transfer mechanism', 'Brightdesk Ltd.', 'Support tickets', 'Name, e-mail', 'Singapore', 'SCCs', 'Loglark GmbH', 'Error monitoring', 'Stack traces', 'Germany', 'None needed'], ['sub brightdesk', 'sub loglark']],
    ['PL: names glued on one line, a cell over two lines', ['Podprocesorzy', '', 'Poniżej wymieniamy podmioty, którym powierzamy przetwarzanie danych naszych klientów.', '', 'Nazwa podmiotuCelKraj', 'Chmurnik Sp. z o.o.', 'Poczta,', 'powiadomienia SMS', 'Polska', 'Rachmistrz Sp. z o.o.', 'Rozliczenia', 'Polska'], ['sub chmurnik', 'sub rachmistrz']],
    ['PL: one name a line, "Aktywność" as the purpose column', ['Podprocesorzy', '', 'Poniżej wymieniamy podmioty, którym powierzamy przetwarzanie danych naszych klientów.', '', 'Podmiot', 'Aktywność', 'Lokalizacja', 'Zgłoszeniownia Sp. z o.o.', 'Obsługa zgłoszeń klientów', 'Polska', 'Kurierek Mail Ltd', 'Wysyłka e-maili', 'Irlandia'], ['sub kurierek-mail', 'sub zgloszeniownia']],
  ])('%s', (_, lines, want) => {
    expect(parties(lines.join('\n'))).toEqual(want);
  });

  it.each([
    ['the cells out of step (an empty cell left no line): nothing read as a table', ['Sub-processors', '', 'Name', 'Purpose', 'Location', 'Website', 'Quillpost Ltd.', 'Transactional e-mail', 'Ireland', 'Tallyfin Inc.', 'Card payments', 'United States', 'tallyfin.example']],
    ['a list of certifications under "Name" / "Scope" / "Issued" is no list of parties', ['Certificates', '', 'Name', 'Scope', 'Region', 'ISO 27001', 'Whole company', 'Europe']],
    ['a table of data categories one cell a line', ['What we store', '', 'Name', 'Description', 'Location', 'Work orders', 'Jobs and their history', 'EU', 'Assets', 'Machines and their parts', 'EU']],
    ['PL: a blank line between the names and the cells: no table', ['Podprocesorzy', '', 'Nazwa', 'Cel', 'Kraj', '', 'Chmurnik Sp. z o.o. przetwarza dane na serwerach w Polsce.']],
  ])('look-alike: %s', (_, lines) => {
    const text = lines.join('\n');
    const doc = documentFromText(text, { format: 'txt' });
    const got = parties(text);
    if (lines[0] === 'Sub-processors') expect(got).not.toContain('sub tallyfin-example');
    expect(got.filter((p) => /iso|whole|work-orders|assets|europe/.test(p))).toEqual([]);
    if (lines[0] === 'Podprocesorzy') expect(doc.blocks.some((b) => b.type === 'table-row')).toBe(false);
  });
});

describe('pipe rows broken over lines, empty cells, a header without digits', () => {
  it('EN: one party a row once the pieces are joined up to the header width', () => {
    const text = ['Our sub-processors:', 'Supplier | Service | Location | Role |', 'Mailroo | Transactional e-mail |', 'EU | Processor |', 'Ticketly |', 'Support tickets | US | Processor |', 'Chartwise | Product analytics | EU | Processor |'].join('\n');
    expect(parties(text)).toEqual(['sub chartwise', 'sub mailroo', 'sub ticketly']);
  });
  it('EN: an empty last cell keeps the row ("USA | |")', () => {
    const text = ['Sub-processors', '', 'Sub-processor | Service | Location | Links |', 'Pingwell | SMS delivery | USA | |', 'Quillpost | E-mail delivery | Ireland | quillpost.example |'].join('\n');
    expect(parties(text)).toEqual(['sub pingwell', 'sub quillpost']);
  });
  it('PL: "Dostawca | Cel | Kraj |" rows with no digit anywhere', () => {
    const text = ['Dalsze podmioty przetwarzające:', 'Dostawca | Cel | Kraj |', 'Rachmistrz Sp. z o.o. | Faktury |', 'Polska |', 'Kurierek Mail | Wysyłka e-maili | Irlandia |'].join('\n');
    expect(parties(text)).toEqual(['sub kurierek-mail', 'sub rachmistrz']);
  });
  it('look-alike: two short rows under a four-column header with no one-cell piece stay two rows', () => {
    const text = ['| Plan | Uptime | Credit | Support |', '| Lite | 99.5% |', '| Max | 99.9% |'].join('\n');
    const rows = documentFromText(text, { format: 'txt' }).blocks.filter((b) => b.type === 'table-row');
    expect(rows.length).toBe(3);
  });
  it('look-alike: a customer integrations table ("Integration | What it does") names no sub-processor', () => {
    const text = ['Integrations you can connect', '', 'Integration | What it does |', 'Chartwise | Sends work orders to your dashboards |', 'Ticketly |', 'Opens a ticket from a failed inspection |'].join('\n');
    expect(parties(text)).toEqual([]);
  });
});

describe('a list of services a vendor says it does not use', () => {
  const md = (lines: string[]) => extractClaims(documentFromText(lines.join('\n'), { meta: { vendor: 'Acme' } })).filter((c) => c.attribute === 'subprocessor').map((c) => String(c.value));
  it.each([
    ['EN', ['# Sub-processors', '', '| Vendor | Purpose |', '|---|---|', '| Stripe | Card payments |', '', '## Sub-processors not used', '', '- Analytics (Mixpanel, Amplitude)', '- Chat (Intercom, Zendesk)']],
    ['PL', ['# Podprocesorzy', '', '| Dostawca | Cel |', '|---|---|', '| Stripe | Płatności kartą |', '', '## Usługi nieużywane', '', '- Analityka (Mixpanel, Amplitude)', '- Czat (Intercom, Zendesk)']],
  ])('%s: only the listed party, none of the unused', (_, lines) => {
    expect(md(lines)).toEqual(['stripe']);
  });
});
