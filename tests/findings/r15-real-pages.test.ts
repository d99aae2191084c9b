/**
 * Round 15, classes of real help-centre, trust and explainer pages. Advice ("passwords should never
 * be stored in plain text") and credentials a service keeps to reach other systems (app passwords of
 * a connected mailbox, API keys in a vault) state no password weakness, and advice contradicts
 * nothing. A heading whose last word the next line's sentence opens with is no repeated word. A
 * capitalised word glued after a bracket ("Ireland (EU)Payment"), a heading glued to its list's first
 * number ("Backups1. Our ...", then "2. "), and a documentation platform's tag ("{% hint %}") are
 * residue; a product named before "service" is a name. Our own sentences, invented vendors.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/types.ts';
import { documentFindings } from '../../src/findings/document-findings.ts';
import { extractClaims } from '../../src/claims/extract.ts';
import { makeDoc } from './make-doc.ts';
import { itFires, itStaysQuiet, residueFindings, type ResidueCase as Case, type ResidueFires as Fires } from './residue-cases.ts';

const findings = residueFindings('txt');
/** Findings with the document's claims read first, as ingest and check do. */
const withClaims = (c: Case): Finding[] => {
  const doc = makeDoc(c.text, { format: c.format ?? 'txt', lang: c.lang });
  return documentFindings(doc, { now: new Date('2026-11-23T00:00:00Z') });
};

const advice: Case[] = [
  { text: 'Passwords\n\nPasswords should never be stored in plain text or in a reversible encrypted form.', lang: 'en' },
  { text: 'Storing passwords\n\nStoring passwords in plain text is dangerous: one leaked table exposes every account.', lang: 'en' },
  { text: 'Storing passwords\n\nSystems keep a salted hash of each password. Storing passwords with reversible encryption is a bad idea.', lang: 'en' },
  { text: 'Storing passwords\n\nA good system keeps only a salted bcrypt hash of each password.\n\nPasswords should not be stored in an encrypted form that can be reversed.', lang: 'en' },
  { text: 'Hasła\n\nHasła użytkowników nie powinny być przechowywane w postaci zaszyfrowanej.', lang: 'pl' },
  { text: 'Hasła\n\nDobry system przechowuje tylko skrót hasła z solą.\n\nHasła nie powinny być przechowywane w postaci zaszyfrowanej.', lang: 'pl' },
];

const serviceCredentials: Case[] = [
  { text: 'Integrations\n\nApp passwords of connected mailboxes are stored encrypted on our servers.', lang: 'en' },
  { text: 'Integrations\n\nThird-party API credentials are stored encrypted with AES-256.', lang: 'en' },
  { text: 'Secrets\n\nSecrets and credentials are stored encrypted in a key vault with access scoped per service.', lang: 'en' },
  { text: 'Integracje\n\nHasła aplikacji połączonych skrzynek przechowujemy w postaci zaszyfrowanej.', lang: 'pl' },
];

const weaknesses: Fires[] = [
  { text: 'Accounts\n\nUser passwords are stored encrypted with AES-256, so support can read them back.', lang: 'en', kind: 'risk', excerpt: 'User passwords are stored encrypted' },
  { text: 'Konta\n\nHasła użytkowników przechowujemy w postaci zaszyfrowanej.', lang: 'pl', kind: 'risk', excerpt: 'Hasła użytkowników przechowujemy w postaci zaszyfrowanej' },
];

// Markdown keeps a paragraph's lines: a heading line and its body's first line stand one line apart.
const headings: Case[] = [
  { text: 'Security\n\nLeast-privilege access\nAccess to production is limited to two engineers and is logged.', lang: 'en', format: 'md' },
  { text: 'Our principles\nBackups\nBackups are taken every night and kept for 30 days.', lang: 'en', format: 'md' },
  { text: 'Bezpieczeństwo\n\nKopie\nKopie wykonujemy co noc i przechowujemy przez 30 dni.', lang: 'pl', format: 'md' },
  { text: 'Zasady\nSzyfrowanie\nSzyfrowanie obejmuje bazy danych i wszystkie kopie.', lang: 'pl', format: 'md' },
];

const repeats: Fires[] = [
  { text: 'Hosting\n\nAll customer data is hosted in the the EU region of our provider, with copies in a second zone.', lang: 'en', kind: 'duplicated-phrase', excerpt: 'the the' },
  { text: 'Hosting\n\nWe keep customer data in one region and we keep every copy in the\nthe same country as production.', lang: 'en', format: 'md', kind: 'duplicated-phrase', excerpt: 'the' },
  { text: 'Hosting\n\nData Centre Centre\nOur servers run in two data centres in Leeds.', lang: 'en', format: 'md', kind: 'duplicated-phrase', excerpt: 'Centre' },
  { text: 'Hosting\n\nDane przechowujemy w w Polsce, w dwóch centrach danych.', lang: 'pl', kind: 'duplicated-phrase', excerpt: 'w w' },
];

const joined: Fires[] = [
  { text: 'Sub-processors\n\nNorthmail Ltd\nIreland (EU)Payment processing for paid plans.\nTallyHost Oy\nFinland (EU)Hosting of the application.', lang: 'en', kind: 'joined-words', excerpt: '(EU)Payment' },
  { text: 'Usługi\n\nDostawca Polska (UE)Wysyłka wiadomości e-mail do użytkowników.', lang: 'pl', kind: 'joined-words', excerpt: '(UE)Wysyłka' },
  { text: 'Our servers\n\nServer Backups1. Every night a full copy is taken. 2. Every week a copy goes to a second city.', lang: 'en', kind: 'joined-words', excerpt: 'Backups1.' },
  { text: 'Serwery\n\nKopie zapasowe Kopie1. Co noc wykonujemy pełną kopię. 2. Co tydzień kopia trafia do drugiego miasta.', lang: 'pl', kind: 'joined-words', excerpt: 'Kopie1.' },
];

const notJoined: Case[] = [
  { text: 'Sub-processors\n\nTo run the FleetDesk service, Norvale engages the providers below. Each fleet has a help desk. The FleetDesk data path stays in the EU.', lang: 'en' },
  { text: 'Podmioty\n\nDo świadczenia usługi FleetDesk korzystamy z dostawców poniżej. Dane FleetDesk pozostają w UE.', lang: 'pl' },
  { text: 'Staff\n\nEach member of staff is (s)he who signs the access form; item(s) are listed below.', lang: 'en' },
  { text: 'Licences\n\nWe run Office365. Staff laptops are managed centrally. 2. Updates are automatic.', lang: 'en' },
  { text: 'Backups\n\nNightly copies go to Backups1. They are kept for a week.', lang: 'en' },
];

const tags: Fires[] = [
  { text: 'Two-factor authentication\n\n{% hint style="info" %}\nResetting 2FA may need the app to be set up again.\n{% endhint %}', format: 'md', lang: 'en', kind: 'markup-residue', excerpt: '{% hint' },
  { text: 'Raport\n\nNasz raport jest publiczny.\n\n{% embed url="https://example.com/raport" %}', format: 'md', lang: 'pl', kind: 'markup-residue', excerpt: '{% embed' },
];

describe('round 15: advice and service credentials are no password risk', () => {
  // Each look-alike is read as a password-storage claim: the quiet is the findings' doing.
  it.each([...advice, ...serviceCredentials])('is read as a claim: $text', (c) => {
    const doc = makeDoc(c.text, { lang: c.lang });
    expect(extractClaims(doc).some((x) => x.attribute === 'auth.password_storage')).toBe(true);
  });
  itStaysQuiet(advice, ['risk', 'inconsistency'], withClaims);
  itStaysQuiet(serviceCredentials, ['risk'], withClaims);
  itFires(weaknesses, withClaims);
});

describe('round 15: a heading then its body is no repeated word', () => {
  itStaysQuiet(headings, ['duplicated-phrase'], findings);
  itFires(repeats, findings);
});

describe('round 15: joins after a bracket and before a list number; template tags', () => {
  itFires(joined, findings);
  itStaysQuiet(notJoined, ['joined-words'], findings);
  itFires(tags, findings);
});
