/**
 * Round 14: false findings read on real vendor pages nobody had tuned to, fixed by structure.
 * Camel-case names standing as items of a list ("... HelioRadius, Microsoft NPS and ...") and two
 * elements of an html page the reader put side by side (a card's label and value) are no words
 * run together; a sentence glued after a full stop may end on a word used only there. A date the
 * document took effect is no update date. A definition whose dash was lost opens its sentence
 * ("5. Umowa umowa dostępu"). A title in capitals keeps a lower-case "i"/"and". A "TBC" inside a
 * template slot is the slot's. "Without exception" takes no "yes" back. A tip to the reader
 * ("Tip: download the logs of the last five years") contradicts no deletion period. Our own
 * sentences, invented vendors.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../../ingest/load.ts';
import { checkDocument } from '../../src/findings/engine.ts';
import { documentFindings } from '../../src/findings/document-findings.ts';
import { makeDoc } from './make-doc.ts';
import { itFires, itStaysQuiet, residueFindings, type ResidueCase as Case, type ResidueFires as Fires } from './residue-cases.ts';

const findings = residueFindings('txt');

const listedNames: Case[] = [
  { text: 'Two-factor login\n\nCodes are checked by a RADIUS server. We support HelioRadius, Microsoft NPS and other RADIUS servers.', lang: 'en' },
  { text: 'Provisioning\n\nAccounts from the identity provider are created in TorqueSearch and added to their groups. Search results respect the groups.', lang: 'en' },
  { text: 'Audit\n\nEvents go to the SIEM tools we support: GreyLog; Splunk; Elastic. Every log line carries the tenant id.', lang: 'en' },
  { text: 'Logowanie dwuskładnikowe\n\nKody sprawdza serwer RADIUS. Obsługujemy HelioRadius, Microsoft NPS i inne serwery RADIUS.', lang: 'pl' },
  { text: 'Konta\n\nKonta użytkowników trafiają do ArkaDesk oraz do ich grup; Desk to nazwa modułu zgłoszeń.', lang: 'pl' },
];
const runOnJoins: Fires[] = [
  { text: 'Hosting\n\nServers run in the data centre in GravelinesBackups are copied each night to a second site. We keep backups for 30 days.', lang: 'en', kind: 'joined-words', excerpt: 'GravelinesBackups' },
  { text: 'Hosting\n\nProduction runs in ViennaAll backups are kept for 20 days, and all copies are encrypted.', lang: 'en', kind: 'joined-words', excerpt: 'ViennaAll' },
  { text: 'Hosting\n\nSerwery działają w SztokholmieKopie zapasowe trafiają co noc do Irlandii. Kopie przechowujemy 30 dni.', lang: 'pl', kind: 'joined-words', excerpt: 'SztokholmieKopie' },
];

const gluedAfterStop: Fires[] = [
  { text: 'Release 8.2\n\nNightly backups now go to a region apart from production.Backups are kept for 28 days.', lang: 'en', kind: 'joined-words', excerpt: 'production.Backups' },
  { text: 'Wersja 8.2\n\nKopie trafiają do regionu oddalonego od serwerowni.Kopie przechowujemy 28 dni.', lang: 'pl', kind: 'joined-words', excerpt: 'serwerowni.Kopie' },
];
const dottedNames: Case[] = [
  { text: 'Settings\n\nThe value is read from cfg.Backups at start; backups follow it.', lang: 'en' },
  { text: 'Eksport\n\nWybierz format, np.Kopie zapasowe w CSV; kopie mają nagłówek.', lang: 'pl' },
  { text: 'Policies\n\nThe signed copy is policy.Docx in the portal; the policy is public.', lang: 'en' },
];

describe('joined-words: a name listed beside others is no run-on join', () => {
  itStaysQuiet(listedNames, ['joined-words'], findings);
  itFires(runOnJoins, findings);
});

describe('joined-words: two sentences glued at a full stop, the first ending on a word used only there', () => {
  itFires(gluedAfterStop, findings);
  itStaysQuiet(dottedNames, ['joined-words'], findings);
});

const dir = mkdtempSync(path.join(tmpdir(), 'seckb-r14-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function htmlJoins(name: string, body: string): Promise<string[]> {
  const file = path.join(dir, name);
  writeFileSync(file, `<!DOCTYPE html><html lang="en"><head><title>Trust centre</title></head><body><main>${body}</main></body></html>`);
  const doc = await loadDocument(file);
  return checkDocument(doc, { now: new Date('2026-11-23T00:00:00Z') }).filter((f) => f.kind === 'joined-words').map((f) => f.excerpt);
}

describe('joined-words: an html page whose reader put two elements side by side', () => {
  it('leaves a card label and its value alone, and finds the same words typed together', async () => {
    const prose = '<p>Copies of every backup are kept in Norway for 30 days.</p>';
    expect(await htmlJoins('card.html', `${prose}<div class="tile"><span class="tile-label">Backup copies</span><strong class="tile-value">Norway</strong></div>`)).toEqual([]);
    expect(await htmlJoins('typed.html', `${prose}<p>Backup copiesNorway is where the second site is.</p>`)).toEqual(['copiesNorway']);
  });
  it('leaves two spans of one paragraph alone, and finds a stop typed without its space', async () => {
    const prose = '<p>Every key is a hardware key.</p>';
    expect(await htmlJoins('spans.html', `${prose}<p><span class="line">Access needs a hardware key.</span><span class="line">Access sessions are recorded.</span></p>`)).toEqual([]);
    expect(await htmlJoins('stop.html', `${prose}<p>Access needs a hardware key.Access sessions are recorded.</p>`)).toEqual(['key.Access']);
  });
});

const effectiveDates: Case[] = [
  { text: 'Regulamin usługi Skrzynka\n\nRegulamin obowiązuje od 1 marca 2019 r.\n\nUsługodawca świadczy usługę przez przeglądarkę.', lang: 'pl' },
  { text: 'Regulamin usługi Skrzynka\n\nData wejścia w życie: 01.03.2019\n\nUsługodawca świadczy usługę przez przeglądarkę.', lang: 'pl' },
  { text: 'Terms of service\n\nEffective date: 1 March 2019\n\nThe provider runs the service in the browser.', lang: 'en' },
  { text: 'Terms of service\n\nValid from 1 March 2019.\n\nThe provider runs the service in the browser.', lang: 'en' },
];
const updateDates: Fires[] = [
  { text: 'Regulamin usługi Skrzynka\n\nOstatnia aktualizacja: 01.03.2019\n\nUsługodawca świadczy usługę przez przeglądarkę.', lang: 'pl', kind: 'stale-document', excerpt: '01.03.2019' },
  { text: 'Terms of service\n\nEffective date: 1 March 2019. Last reviewed: 2 May 2020.\n\nThe provider runs the service in the browser.', lang: 'en', kind: 'stale-document', excerpt: '2 May 2020' },
  { text: 'Security overview\n\nDate: 4 June 2019\n\nThe provider runs the service in the browser.', lang: 'en', kind: 'stale-document', excerpt: '4 June 2019' },
];

describe('stale-document: the date a document took effect is no update date', () => {
  itStaysQuiet(effectiveDates, ['stale-document'], findings);
  itFires(updateDates, findings);
});

const definitions: Case[] = [
  { text: 'Regulamin\n\n4. Cennik wykaz opłat za usługę. 5. Umowa umowa dostępu do usługi, zawierana na czas nieokreślony.', lang: 'pl' },
  { text: 'Definicje\n\n3. Przeglądarka program do przeglądania stron.\n4. Abonament abonament miesięczny za jedno konto.', lang: 'pl' },
  { text: 'Terms\n\n2. Price list the list of fees. 3. Subscription subscription of one account for a month.', lang: 'en' },
];
const slips: Fires[] = [
  { text: 'Regulamin\n\n2. Usługodawca Usługodawca wykonuje kopię raz na dobę.', lang: 'pl', kind: 'duplicated-phrase', excerpt: 'Usługodawca Usługodawca' },
  { text: 'Terms\n\nBackups are kept for for 30 days.', lang: 'en', kind: 'duplicated-phrase', excerpt: 'for for' },
  { text: 'Kopie\n\nKopie są przechowywane przez przez 30 dni.', lang: 'pl', kind: 'duplicated-phrase', excerpt: 'przez przez' },
];

describe('duplicated-phrase: a term opening its own definition', () => {
  itStaysQuiet(definitions, ['duplicated-phrase'], findings);
  itFires(slips, findings);
});

const titles: Case[] = [
  { text: 'ODPOWIEDZI NA PYTANIA 3 i 4 DO SPECYFIKACJI\n\nw postępowaniu na dostawę systemu do planowania przeglądów.\n\nZamawiający odpowiada na pytania wykonawców.', lang: 'pl' },
  { text: 'ANSWERS TO QUESTIONS 3 and 4 ON THE TENDER\n\nfor the supply of a maintenance planning system.\n\nThe buyer answers the bidders.', lang: 'en' },
];
const cuts: Fires[] = [
  { text: 'Backups\n\nEvery night the database is copied to a second site and\n\nkept there for thirty days.', lang: 'en', kind: 'broken-paragraph', excerpt: 'second site and' },
  { text: 'Kopie zapasowe\n\nCo noc baza jest kopiowana do drugiej lokalizacji i\n\nprzechowywana tam przez trzydzieści dni.', lang: 'pl', kind: 'broken-paragraph', excerpt: 'drugiej lokalizacji i' },
];

describe('broken-paragraph: a title in capitals with a lower-case joining word', () => {
  itStaysQuiet(titles, ['broken-paragraph'], findings);
  itFires(cuts, findings);
});

const slotNotes: Case[] = [
  { text: 'Changes\n\nPlanned – effective [DATE TBC]: a second mail relay.', lang: 'en' },
  { text: 'Zmiany\n\nPlanowane – od [DATA TBD]: drugi serwer poczty.', lang: 'pl' },
];
const looseNotes: Fires[] = [
  { text: 'Changes\n\nThe second mail relay starts on a date TBC with the provider.', lang: 'en', kind: 'editorial-note', excerpt: 'TBC' },
  { text: 'Zmiany\n\nDrugi serwer poczty: termin TBD.', lang: 'pl', kind: 'editorial-note', excerpt: 'TBD' },
];

describe('editorial-note: a "TBC" inside a template slot is the slot', () => {
  it('reports the slot once, as a placeholder', () => {
    for (const c of slotNotes) {
      const kinds = findings(c).map((f) => f.kind);
      expect(kinds).toContain('placeholder');
      expect(kinds).not.toContain('editorial-note');
    }
  });
  itFires(looseNotes, findings);
});

const sheet = (answer: string, comment: string, lang: 'en' | 'pl') =>
  lang === 'en'
    ? `Questionnaire\n\n| ID | Question | Answer | Comment |\n|---|---|---|---|\n| A-1 | Is data encrypted at rest? | Yes | AES-256. |\n| A-2 | Is MFA required for staff with admin access? | ${answer} | ${comment} |\n| A-3 | Are backups tested? | Yes | Quarterly. |\n`
    : `Kwestionariusz\n\n| ID | Pytanie | Odpowiedź | Komentarz |\n|---|---|---|---|\n| A-1 | Czy dane są szyfrowane? | Tak | AES-256. |\n| A-2 | Czy MFA jest wymagane dla administratorów? | ${answer} | ${comment} |\n| A-3 | Czy kopie są testowane? | Tak | Co kwartał. |\n`;
const hedged = (text: string) => findings({ text, format: 'md' }).filter((f) => f.rule === 'hedged-answer').map((f) => f.excerpt);

describe('hedged-answer: an exception denied takes no "yes" back', () => {
  it('reads "without exception" and "bez wyjątku" as part of the yes', () => {
    expect(hedged(sheet('Yes', 'Required for all staff, without exception.', 'en'))).toEqual([]);
    expect(hedged(sheet('Yes', 'All admins, with no exceptions.', 'en'))).toEqual([]);
    expect(hedged(sheet('Tak', 'Wymagane dla wszystkich, bez wyjątku.', 'pl'))).toEqual([]);
  });
  it('still reads an exception named as taking it back', () => {
    expect(hedged(sheet('Yes', 'Except the legacy support account.', 'en'))).toHaveLength(1);
    expect(hedged(sheet('Tak', 'Z wyjątkiem starego konta serwisowego.', 'pl'))).toHaveLength(1);
  });
});

const contradictions = (text: string, lang: string) =>
  documentFindings(makeDoc(text, { lang }), { now: new Date('2026-11-23T00:00:00Z') }).filter((f) => f.kind === 'inconsistency');
const deletion = (rest: string) => `Closing your account\n\nWhen is my data deleted? Not at once – account data is erased from our servers within 7 days of closing the account.\n\n${rest}`;
const usuniecie = (rest: string) => `Usunięcie konta\n\nKiedy dane są usuwane? Nie od razu – dane konta są usuwane z naszych serwerów w ciągu 7 dni od usunięcia konta.\n\n${rest}`;

describe('inconsistency: a tip to the reader states nothing the vendor does', () => {
  it('compares no deletion period with a tip', () => {
    expect(contradictions(deletion('Tip: before you close the account, download the logs of the last five years – auditors may ask for them.'), 'en')).toEqual([]);
    expect(contradictions(usuniecie('Wskazówka: zanim usuniesz konto, pobierz dzienniki z ostatnich pięciu lat – mogą być potrzebne przy kontroli.'), 'pl')).toEqual([]);
  });
  it('still finds two periods the vendor states', () => {
    expect(contradictions(deletion('Account data is erased from our servers within 30 days of closing the account.'), 'en')).toHaveLength(1);
    expect(contradictions(usuniecie('Dane konta są usuwane z naszych serwerów w ciągu 30 dni od usunięcia konta.'), 'pl')).toHaveLength(1);
  });
});
