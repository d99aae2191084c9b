/**
 * Round 12 (claims-access): lists of third parties told by their structure. A row whose status
 * says the party is gone or only planned names no sub-processor; a register is known by its
 * columns and its annex heading in other words; what a listed party does for the service (a
 * firewall, SMS codes for two-step sign-in) is the service's measure, from whichever of its
 * descriptive cells says it. Our own invented parties and wording, EN and PL.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const read = (text: string) => claimsOf(text).claims.map((c) => `${c.attribute}=${c.value}${c.qualifiers.method ? ` ${c.qualifiers.method}` : ''}`);
const parties = (text: string) => read(text).filter((c) => c.startsWith('subprocessor='));
const table = (header: string[], rows: string[][]) =>
  [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n') + '\n';

describe('a row whose status says the party is gone or only planned names no sub-processor', () => {
  it('EN: a Status column (Active / Removed / Planned)', () => {
    const t = table(['Sub-processor', 'Purpose', 'Location', 'Status'], [
      ['Mailwing Ltd', 'Notification e-mails', 'Ireland', 'Active'],
      ['Clickpath Analytics Inc.', 'Product analytics', 'USA', 'Removed on 31 May 2026'],
      ['Voxly AI SAS', 'Drafting help for work orders', 'France', 'Planned (Q2 2027)'],
    ]);
    expect(parties(`# Sub-processors\n\n${t}`)).toEqual(['subprocessor=mailwing']);
  });
  it('PL: kolumna Status (Aktywny / Wycofany / Planowany), CSV-like column set', () => {
    const t = table(['Podmiot', 'Kategoria', 'Cel przetwarzania', 'Lokalizacja danych', 'Status', 'Od'], [
      ['Pocztex Mail sp. z o.o.', 'Poczta', 'Wysyłka powiadomień', 'Polska', 'Aktywny', '2022-04-01'],
      ['Nagrywacz Ltd', 'Analityka', 'Nagrania sesji', 'Malta', 'Wycofany (2026-03-31)', '2021-02-01'],
      ['Podpowiadacz SAS', 'Sztuczna inteligencja', 'Podpowiedzi w zgłoszeniach', 'Francja', 'Planowany (II kw. 2027)', '-'],
    ]);
    expect(parties(t)).toEqual(['subprocessor=pocztex-mail']);
  });
  it('EN: a "State" column and words other than the first ones (discontinued, proposed, no longer used)', () => {
    const t = table(['Vendor', 'Service', 'Country', 'State'], [
      ['Ticketry Inc.', 'Helpdesk', 'USA', 'In use since 2020'],
      ['Oldmail GmbH', 'Newsletters', 'Germany', 'No longer used'],
      ['Chatterbox Ltd', 'In-app chat', 'UK', 'Discontinued'],
      ['Newmaps BV', 'Map tiles', 'Netherlands', 'Proposed – customers notified'],
    ]);
    expect(parties(`# Our sub-processors\n\n${t}`)).toEqual(['subprocessor=ticketry']);
  });
  it('the status in brackets after the name, or as a whole cell of another column', () => {
    const t = table(['Name', 'Purpose', 'Location'], [
      ['Ticketry Inc.', 'Helpdesk', 'USA'],
      ['Oldmail GmbH (removed 2026)', 'Newsletters', 'Germany'],
    ]);
    expect(parties(`# Sub-processors\n\n${t}`)).toEqual(['subprocessor=ticketry']);
    const pl = table(['Dostawca', 'Cel', 'Kraj', 'Uwagi'], [
      ['Pocztex Mail sp. z o.o.', 'Wysyłka e-maili', 'Polska', '–'],
      ['Starybil sp. z o.o.', 'Fakturowanie', 'Polska', 'Usunięty z listy 1.06.2026'],
    ]);
    expect(parties(`# Podprocesorzy\n\n${pl}`)).toEqual(['subprocessor=pocztex-mail']);
  });
  it('a gone party gives no measure either (a withdrawn CDN is no firewall now)', () => {
    const t = table(['Sub-processor', 'Purpose', 'Location', 'Status'], [['Edgewall Inc.', 'CDN and web application firewall', 'USA', 'Withdrawn']]);
    expect(read(`# Sub-processors\n\n${t}`)).toEqual([]);
  });
  it('look-alikes: status words inside a purpose, a date alone, an active row', () => {
    const t = table(['Sub-processor', 'Purpose', 'Location', 'Status'], [
      ['Notifyr Ltd', 'Planned maintenance notices', 'Ireland', 'Active'],
      ['Consentry GmbH', 'Handling withdrawn consents', 'Germany', 'Active since 2023'],
      ['Ticketry Inc.', 'Helpdesk', 'USA', '2024-01-01'],
    ]);
    expect(parties(`# Sub-processors\n\n${t}`)).toEqual(['subprocessor=notifyr', 'subprocessor=consentry', 'subprocessor=ticketry']);
    const pl = table(['Podmiot', 'Cel przetwarzania', 'Lokalizacja', 'Status'], [['Pocztex Mail sp. z o.o.', 'Powiadomienia o planowanych przeglądach', 'Polska', 'Aktywny']]);
    expect(parties(`# Podprocesorzy\n\n${pl}`)).toEqual(['subprocessor=pocztex-mail']);
  });
});

describe('a register of further processing is told by its columns and its annex heading', () => {
  it('PL: "Podmiot | Zakres przetwarzania | Państwo" under an annex on further entrusting', () => {
    const t = table(['Podmiot', 'Zakres przetwarzania', 'Państwo', 'Podstawa przekazania'], [
      ['Pocztex Mail sp. z o.o. (Pocztex)', 'wysyłka powiadomień e-mail', 'Polska', 'nie dotyczy'],
      ['Bugnet, Inc. (Crashly)', 'rejestrowanie błędów aplikacji', 'USA', 'standardowe klauzule umowne'],
    ]);
    expect(parties(`# Załącznik nr 3 – Podmioty, którym powierzono dalsze przetwarzanie danych\n\n${t}`)).toEqual(['subprocessor=pocztex-mail', 'subprocessor=bugnet']);
    expect(parties(`# Załącznik B. Wykaz podmiotów podpowierzenia\n\n${t}`)).toEqual(['subprocessor=pocztex-mail', 'subprocessor=bugnet']);
  });
  it('PL: the "Państwo" column alone makes a list of parties with a "Dostawca" column', () => {
    const t = table(['Dostawca', 'Usługa', 'Państwo'], [['Ticketry Inc.', 'obsługa zgłoszeń', 'USA']]);
    expect(parties(`# Załącznik 4\n\n${t}`)).toEqual(['subprocessor=ticketry']);
  });
  it('EN: "Entity | Nature of processing | Country" under an annex on sub-processing', () => {
    const t = table(['Entity', 'Nature of processing', 'Country', 'Transfer safeguard'], [['Ticketry Inc.', 'Support tickets', 'USA', 'SCCs']]);
    expect(parties(`# Annex 3 – Authorised sub-processing\n\n${t}`)).toEqual(['subprocessor=ticketry']);
    expect(parties(`# Schedule 2: Onward processors\n\n${t}`)).toEqual(['subprocessor=ticketry']);
  });
  it('look-alikes: the same columns under an annex of data categories, a contact table under an annex', () => {
    const t = table(['Podmiot', 'Zakres przetwarzania', 'Państwo'], [['Zakład Wodny sp. z o.o.', 'zlecenia i przeglądy', 'Polska']]);
    expect(parties(`# Załącznik nr 1 – Kategorie danych i osób\n\n${t}`)).toEqual([]);
    const own = table(['Entity', 'Nature of processing', 'Country'], [['Jane Orchard', 'Data protection officer', 'UK']]);
    expect(parties(`# Annex 3 – Contacts\n\n${own}`)).toEqual([]);
  });
});

describe("what a listed party does for the service is the service's measure, from any descriptive cell", () => {
  it('a firewall named in the category column, not the purpose column (PL, EN)', () => {
    const pl = table(['Podmiot', 'Kategoria', 'Cel przetwarzania', 'Lokalizacja danych'], [['Edgewall Inc.', 'CDN i zapora aplikacyjna (WAF)', 'Filtrowanie ruchu', 'UE']]);
    expect(read(`# Podprocesorzy\n\n${pl}`)).toContain('network.firewall=true');
    const en = table(['Sub-processor', 'Category', 'Purpose', 'Location'], [['Edgewall Inc.', 'Web application firewall', 'Traffic filtering', 'EU']]);
    expect(read(`# Sub-processors\n\n${en}`)).toContain('network.firewall=true');
  });
  it('SMS codes for two-step sign-in: MFA by SMS is offered (PL, EN, in category or purpose)', () => {
    const pl = table(['Podmiot', 'Kategoria', 'Cel przetwarzania', 'Lokalizacja danych'], [['Esemesik sp. z o.o.', 'SMS', 'Kody SMS do logowania dwuskładnikowego', 'Polska']]);
    expect(read(`# Podprocesorzy\n\n${pl}`)).toContain('auth.mfa=true sms');
    const en = table(['Sub-processor', 'Purpose', 'Location'], [['Textwire Inc.', 'One-time SMS codes for two-factor sign-in', 'USA']]);
    expect(read(`# Sub-processors\n\n${en}`)).toContain('auth.mfa=true sms');
  });
  it('look-alikes: SMS alerts about work orders, a country cell naming a firewall vendor town', () => {
    const en = table(['Sub-processor', 'Purpose', 'Location'], [['Textwire Inc.', 'SMS alerts about overdue work orders', 'USA']]);
    expect(read(`# Sub-processors\n\n${en}`).filter((c) => !c.startsWith('subprocessor'))).toEqual([]);
    const pl = table(['Podmiot', 'Kategoria', 'Cel przetwarzania', 'Lokalizacja danych'], [['Esemesik sp. z o.o.', 'SMS', 'Powiadomienia o awariach', 'Polska']]);
    expect(read(`# Podprocesorzy\n\n${pl}`).filter((c) => !c.startsWith('subprocessor'))).toEqual([]);
  });
  it('look-alikes: the data a party gets is no measure; an identity platform listing MFA among its features', () => {
    const en = table(['Sub-processor', 'Category', 'Purpose', 'Data processed', 'Country'], [
      ['Pushcast Inc.', 'Messaging', 'Push notifications to the mobile app', 'Device tokens, user IDs', 'USA'],
      ['Signwell Inc.', 'Identity', 'Sign-in, single sign-on and two-factor authentication', 'Names, login events', 'Germany'],
    ]);
    expect(read(`# Sub-processors\n\n${en}`).filter((c) => !c.startsWith('subprocessor'))).toEqual([]);
    const pl = table(['Podmiot', 'Kategoria', 'Cel', 'Kategorie danych', 'Kraj'], [['Pushcast Inc.', 'Powiadomienia', 'Powiadomienia push', 'Identyfikatory urządzeń, IDS klienta', 'USA']]);
    expect(read(`# Podprocesorzy\n\n${pl}`).filter((c) => !c.startsWith('subprocessor'))).toEqual([]);
  });
});
