/**
 * Round 18, web text: words a page's extraction ran together where no part recurs. A breadcrumb
 * glued to the next link ("Docs & tutorialsService health"), a heading glued to its paragraph in
 * Polish (a letter outside ASCII: no identifier is spelt so), a timeline whose lines ran together
 * ("failover09:12 - ..."). Look-alikes: camel-case product and plan names, identifiers written
 * with a hyphen or a digit, region ids, IPv6 addresses, hash prefixes, a product name in the
 * title. Our own sentences, invented vendors.
 */
import { describe } from 'vitest';
import { itFires, itStaysQuiet, residueFindings, type ResidueCase as Case, type ResidueFires as Fires } from './residue-cases.ts';

const findings = residueFindings('txt');

const glued: Fires[] = [
  {
    text: 'Docs & tutorialsService health › Incident report\n\nOn Monday the service health page showed an outage of the sync engine for twenty minutes.',
    lang: 'en',
    kind: 'joined-words',
    excerpt: 'tutorialsService',
  },
  {
    text: 'Ochrona danych w chmurze\n\n- Szyfrowanie w spoczynkuŻaden plik nie trafia na dysk bez szyfrowania.\n- Kontrola dostępu dla administratorów i serwisantów.',
    lang: 'pl',
    kind: 'joined-words',
    excerpt: 'spoczynkuŻaden',
  },
  {
    text: 'Bezpieczeństwo usługi\n\n- ŁącznośćWszystkie połączenia z aplikacją idą przez szyfrowany kanał.\n- Dostęp mają tylko upoważnieni pracownicy.',
    lang: 'pl',
    kind: 'joined-words',
    excerpt: 'ŁącznośćWszystkie',
  },
  {
    text: 'Incident timeline\n\n09:04 - The primary node stops answering health checks09:12 - Traffic moves to the standby node09:30 - Engineers confirm the standby serves all requests.',
    lang: 'en',
    kind: 'joined-words',
    excerpt: 'checks09:12',
  },
];

const lookAlikes: Case[] = [
  { text: 'Apps\n\nThe mobile app runs on iPhone and iPad; files sync to OneDrive or SharePoint, and reports load from PostgreSQL.', lang: 'en' },
  { text: 'Hosting\n\nProduction runs in eu-central-1 and backups go to eu-west-1; the admin console listens on 2001:db8::1 over IPv6.', lang: 'en' },
  { text: 'Integrity\n\nEach release is signed and its digest is published as sha256:9f2c41aa07 beside the download.', lang: 'en' },
  { text: 'Plans\n\nThe ProPlus plan adds single sign-on; the TeamStart plan does not. Both run on Windows10 and macOS.', lang: 'en' },
  { text: 'Maintenance\n\nThe maintenance window opens at 02:00 and closes at 04:30 UTC every second Sunday.', lang: 'en' },
  { text: 'Aplikacje\n\nAplikacja działa na iPhone i Android; pliki można zapisać w OneDrive albo w SharePoint.', lang: 'pl' },
];

describe('round 18: web text run together where no part recurs', () => {
  itFires(glued, findings);
  itStaysQuiet(lookAlikes, ['joined-words'], findings);
});

// Identifiers of an SSO help page: the join rule reads them as names, not as glued words.
const identifiers: Case[] = [
  { text: 'Attribute mapping\n\nMap the "givenName" attribute to the first name field and the "familyName" attribute to the last name field.', lang: 'en' },
  { text: 'Attribute mapping\n\nFirst name\ngivenName\nLast name\nfamilyName\nThe name fields are filled at the first sign-in.', lang: 'en' },
  { text: 'Attribute mapping\n\nSet user_email to the mail claim and map givenName to the first name of the user.', lang: 'en' },
];

describe('round 18: identifiers are no joins', () => {
  itStaysQuiet(identifiers, ['joined-words'], findings);
});
