/**
 * Must-match and must-not-match examples of every structure rule, EN and PL: the table that
 * rules.test.ts runs and labelled.test.ts scores. `expect` lists the excerpts the rule must
 * report (empty for a clean example); a case passes when the rule reports exactly those.
 */
export interface Example {
  rule: string;
  lang: 'en' | 'pl';
  format?: 'md' | 'txt';
  text: string;
  expect: string[];
}

export const examples: Example[] = [
  // missing-figure
  { rule: 'missing-figure', lang: 'en', text: '# Overview\n\nThe service runs in two regions.\n\nFig 1. Network diagram\n\nAll traffic is encrypted.', expect: ['Fig 1. Network diagram'] },
  { rule: 'missing-figure', lang: 'en', text: '# Overview\n\nFigure 2: Deployment pipeline\n\nReleases are signed.', expect: ['Figure 2: Deployment pipeline'] },
  { rule: 'missing-figure', lang: 'pl', text: '# Przegląd\n\nUsługa działa w dwóch regionach.\n\nRysunek 1: Architektura systemu\n\nRuch jest szyfrowany.', expect: ['Rysunek 1: Architektura systemu'] },
  { rule: 'missing-figure', lang: 'pl', text: '# Przegląd\n\nRys. 3. Schemat kopii zapasowych\n\nKopie są codzienne.', expect: ['Rys. 3. Schemat kopii zapasowych'] },
  { rule: 'missing-figure', lang: 'en', text: '# Overview\n\n![Network](net.png)\n\nFigure 1: Network diagram\n\nText.', expect: [] },
  { rule: 'missing-figure', lang: 'en', text: '# Overview\n\nFigure 3 shows how the data flows between the two regions.', expect: [] },
  { rule: 'missing-figure', lang: 'en', text: '# Overview\n\nTable 1: Retention periods\n\n| Plan | Days |\n|---|---|\n| Basic | 7 |', expect: [] },
  { rule: 'missing-figure', lang: 'pl', text: '# Przegląd\n\nRysunek 1: Architektura\n\n![architektura](a.png)\n\nTekst dalej.', expect: [] },
  { rule: 'missing-figure', lang: 'pl', text: '# Przegląd\n\nRysunek 2 przedstawia przepływ danych między regionami.', expect: [] },

  // unbalanced-quote
  { rule: 'unbalanced-quote', lang: 'en', text: 'Microsoft deletes all data on contract termination”. Disks are wiped.', expect: ['”'] },
  { rule: 'unbalanced-quote', lang: 'en', text: 'Backups are kept for a month (see section 7. Restores are tested.', expect: ['('] },
  { rule: 'unbalanced-quote', lang: 'en', text: 'The team calls it the "Shield programme. It runs every year.', expect: ['"'] },
  { rule: 'unbalanced-quote', lang: 'pl', text: 'Dane są usuwane „na żądanie klienta. Kopie wygasają same.', expect: ['„'] },
  { rule: 'unbalanced-quote', lang: 'pl', text: 'Kopie są szyfrowane (zob. punkt 4. Klucze trzymamy osobno.', expect: ['('] },
  { rule: 'unbalanced-quote', lang: 'pl', text: 'Wszystkie dane są usuwane po zakończeniu umowy”. To wszystko.', expect: ['”'] },
  { rule: 'unbalanced-quote', lang: 'en', text: "We don't share the customer’s data with anyone, and the vendors' staff cannot see it.", expect: [] },
  { rule: 'unbalanced-quote', lang: 'en', text: 'Customers often ask: “Where is our data stored?” We answer in section 2.', expect: [] },
  { rule: 'unbalanced-quote', lang: 'en', text: 'Backups run a) daily, b) weekly and c) monthly.', expect: [] },
  { rule: 'unbalanced-quote', lang: 'en', text: 'Controls follow the standard (ISO/IEC 27001:2022, A.8.13) and the 12" rack layout.', expect: [] },
  { rule: 'unbalanced-quote', lang: 'en', text: 'Background reading is available (https://example.org/cloud-risks?a=1).', expect: [] },
  { rule: 'unbalanced-quote', lang: 'pl', text: 'Klienci pytają: „Gdzie są nasze dane i kto ma do nich dostęp?” Odpowiadamy poniżej.', expect: [] },
  { rule: 'unbalanced-quote', lang: 'pl', text: 'Stosujemy zasadę »najmniejszych uprawnień« oraz kopie: a) dzienne, b) tygodniowe.', expect: [] },
  { rule: 'unbalanced-quote', lang: 'pl', format: 'txt', text: 'Tryby pracy:\n\n1) produkcja\n\n2) test', expect: [] },
  // A help page's menu path: » between spaces separates, it does not quote; a stray one still fires.
  { rule: 'unbalanced-quote', lang: 'pl', text: 'Wybierz USTAWIENIA » DANE » EKSPORT i kliknij POBIERZ.', expect: [] },
  { rule: 'unbalanced-quote', lang: 'en', text: 'Open Settings » Security » Sessions to sign out everywhere.', expect: [] },
  { rule: 'unbalanced-quote', lang: 'pl', text: 'Stosujemy zasadę najmniejszych uprawnień« w całej firmie.', expect: ['«'] },

  // split-across-paragraph
  { rule: 'split-across-paragraph', lang: 'en', text: 'Every release is tested by hand and\n\nwith automated tools before it ships.', expect: ['is tested by hand and\n\nwith automated tools before it'] },
  { rule: 'split-across-paragraph', lang: 'en', text: 'Access to production is strictly\n\ncontrolled by the operations team.', expect: ['Access to production is strictly\n\ncontrolled by the operations team.'] },
  { rule: 'split-across-paragraph', lang: 'pl', text: 'Wszystkie dane są szyfrowane oraz\n\nprzechowywane w centrum danych w Polsce.', expect: ['Wszystkie dane są szyfrowane oraz\n\nprzechowywane w centrum danych w'] },
  { rule: 'split-across-paragraph', lang: 'pl', text: 'Dostęp do systemów jest ściśle\n\nkontrolowany.', expect: ['Dostęp do systemów jest ściśle\n\nkontrolowany.'] },
  { rule: 'split-across-paragraph', lang: 'en', text: 'All data is encrypted at rest.\n\nBackups are taken every day.', expect: [] },
  { rule: 'split-across-paragraph', lang: 'en', text: 'We offer the following options:\n\n- daily backups\n- weekly backups', expect: [] },
  { rule: 'split-across-paragraph', lang: 'en', text: '# Summary\n\nthe platform is hosted in the EU.', expect: [] },
  { rule: 'split-across-paragraph', lang: 'en', text: '# Apps\n\n## Mobile\n\nWe ship two apps. Our mobile app runs on\n\niPhone and Android devices.', expect: ['Our mobile app runs on\n\niPhone and Android devices.'] },
  { rule: 'split-across-paragraph', lang: 'pl', text: 'Dane są szyfrowane.\n\nKopie zapasowe wykonujemy codziennie.', expect: [] },
  { rule: 'split-across-paragraph', lang: 'pl', text: 'Lokalizacja: Warszawa\n\nCentrum zapasowe działa w Poznaniu.', expect: [] },
  // A label over its value ('Single sign-on' ends on a compound, not on 'on') and a title in capitals over a date line.
  { rule: 'split-across-paragraph', lang: 'en', format: 'txt', text: 'Backups\n\nEvery night, kept for 30 days.\n\nSingle sign-on\n\nMicrosoft Entra ID, Okta\n\nAdd-on\n\nAudit log export', expect: [] },
  { rule: 'split-across-paragraph', lang: 'pl', format: 'txt', text: 'SERWISIX – PYTANIA I ODPOWIEDZI O BEZPIECZEŃSTWO\n\nstan na 1 października 2026 r.\n\nP: Gdzie są dane?\n\nO: W Gdańsku.', expect: [] },
  { rule: 'split-across-paragraph', lang: 'en', format: 'txt', text: 'ACME FIELD SERVICE – SECURITY QUESTIONS AND ANSWERS\n\nas of 1 October 2026\n\nQ: Where is data stored?\n\nA: In Dublin.', expect: [] },

  // joined-words
  { rule: 'joined-words', lang: 'en', text: 'Production runs in one region. Data is replicated nightly.\n\nLocation: AWS region FrankfurtData backup: AWS region Stockholm.', expect: ['FrankfurtData'] },
  { rule: 'joined-words', lang: 'en', text: 'Our data centre is certified. The centre has two power feeds.\n\nSites: DublinData centre operations are audited.', expect: ['DublinData'] },
  { rule: 'joined-words', lang: 'pl', text: 'Dane są szyfrowane. Kopie zapasowe przechowujemy osobno.\n\nLokalizacja: region WarszawaKopie zapasowe w Poznaniu.', expect: ['WarszawaKopie'] },
  { rule: 'joined-words', lang: 'en', text: 'We use SharePoint, PostgreSQL and McAfee on every iPhone; code lives in Azure DevOps.', expect: [] },
  { rule: 'joined-words', lang: 'en', text: 'SafeTrack stores work orders. SafeTrack is hosted in the EU. Only staff can open SafeTrack logs.', expect: [] },
  { rule: 'joined-words', lang: 'pl', text: 'Kod przechowujemy w GitHub, a hasła w LastPass. Dokumenty trzymamy w SharePoint.', expect: [] },
  { rule: 'joined-words', lang: 'pl', text: 'Serwery stoją w regionie PolskaCentralna według opisu dostawcy.', expect: [] },
  // The document's own name in its title is a name, however rarely the text repeats it.
  { rule: 'joined-words', lang: 'en', text: '# DepotPilot listing\n\nDepotPilot keeps records for every depot and every pilot site.', expect: [] },
  { rule: 'joined-words', lang: 'pl', text: '# SerwisPlus – bezpieczeństwo\n\nSerwisPlus obsługuje serwis maszyn w wariancie plus.', expect: [] },

  { rule: 'joined-words', lang: 'en', text: 'Our data centres are audited every year. All records stay in one dataCentre near Dublin.', expect: ['dataCentre'] },
  { rule: 'joined-words', lang: 'en', text: 'Each team owns its security. We review access monthly securityThe results go to the board.', expect: ['securityThe'] },
  { rule: 'joined-words', lang: 'pl', text: 'Dane klientów są szyfrowane. Kopie danychKlienta przechowujemy w Polsce.', expect: ['danychKlienta'] },
  { rule: 'joined-words', lang: 'pl', text: 'Serwery stoją w Gdańsku. Kopie trzymamy w GdańskuKopie zapasowe są szyfrowane.', expect: ['GdańskuKopie'] },
  { rule: 'joined-words', lang: 'en', text: 'Field staff use the eDocs portal and an iOS app; the WiFi network is separate from production.', expect: [] },
  { rule: 'joined-words', lang: 'pl', text: 'Aplikacja działa na iPhone, a faktury wysyłamy przez eFaktura oraz portal mObywatel.', expect: [] },

  // wording-contradiction
  { rule: 'wording-contradiction', lang: 'en', text: 'Two-step login is mandatory for every support engineer.\n\nLogs are kept for a year.\n\nFor support engineers, two-step login is optional.', expect: ['For support engineers, two-step login is optional.'] },
  { rule: 'wording-contradiction', lang: 'en', text: 'Encryption of exported reports is required.\n\nEncryption of exported reports is not required for internal users.', expect: ['Encryption of exported reports is not required for internal users.'] },
  { rule: 'wording-contradiction', lang: 'pl', text: 'Logowanie dwuetapowe jest obowiązkowe dla serwisantów.\n\nKopie trzymamy rok.\n\nDla serwisantów logowanie dwuetapowe jest opcjonalne.', expect: ['Dla serwisantów logowanie dwuetapowe jest opcjonalne.'] },
  { rule: 'wording-contradiction', lang: 'en', text: 'Security training is mandatory for all staff.\n\nCustomers may optionally attend our yearly conference; attendance is voluntary.', expect: [] },
  { rule: 'wording-contradiction', lang: 'en', text: '## Is two-step login required for engineers?\n\nTwo-step login is optional for engineers with hardware keys.', expect: [] },
  { rule: 'wording-contradiction', lang: 'pl', text: 'Szkolenie z bezpieczeństwa jest obowiązkowe dla pracowników.\n\nUdział klientów w konferencji jest dobrowolny.', expect: [] },
  // Statements binding different groups (vendor staff / customer users) do not contradict; the same group does.
  { rule: 'wording-contradiction', lang: 'en', text: 'Multi-factor authentication is mandatory for vendor staff.\n\nMulti-factor authentication is optional for users.', expect: [] },
  { rule: 'wording-contradiction', lang: 'pl', text: 'Uwierzytelnianie wieloskładnikowe jest obowiązkowe dla personelu dostawcy.\n\nUwierzytelnianie wieloskładnikowe jest opcjonalne dla użytkowników.', expect: [] },
  { rule: 'wording-contradiction', lang: 'pl', text: 'Uwierzytelnianie wieloskładnikowe jest obowiązkowe dla wszystkich użytkowników.\n\nUwierzytelnianie wieloskładnikowe jest opcjonalne dla użytkowników planu Basic.', expect: ['Uwierzytelnianie wieloskładnikowe jest opcjonalne dla użytkowników planu Basic.'] },

  // untranslated-segment
  { rule: 'untranslated-segment', lang: 'pl', text: '# Bezpieczeństwo\n\nDane klientów są szyfrowane i przechowywane w Polsce. All administrative access is logged and reviewed monthly by the team. Kopie zapasowe wykonujemy codziennie.', expect: ['All administrative access is logged and reviewed monthly by the team.'] },
  { rule: 'untranslated-segment', lang: 'en', text: '# Security\n\nCustomer data is encrypted and stored in the EU. Wszystkie dane są usuwane w ciągu 30 dni od zakończenia umowy. Backups are taken every day.', expect: ['Wszystkie dane są usuwane w ciągu 30 dni od zakończenia umowy.'] },
  { rule: 'untranslated-segment', lang: 'pl', text: '# Bezpieczeństwo\n\nDane klientów są szyfrowane i przechowywane w Polsce. Dostęp do danych mają tylko uprawnieni pracownicy, a każde logowanie jest rejestrowane w dzienniku. Hasła są przechowywane w postaci skrótów i nigdy nie są wysyłane pocztą. The data is encrypted at rest with strong keys. All access to the data is logged and reviewed. Kopie zapasowe wykonujemy codziennie.', expect: ['The data is encrypted at rest with strong keys. All access to the data is logged and reviewed.'] },
  { rule: 'untranslated-segment', lang: 'pl', text: '# Bezpieczeństwo\n\nOferujemy logowanie Single Sign-On (SSO) oraz cel Recovery Time Objective na poziomie 4 godzin. Dane są szyfrowane.', expect: [] },
  { rule: 'untranslated-segment', lang: 'en', text: '# Security\n\nOur office is at ul. Długa 5, Kraków. Microsoft Azure Blob Storage, Azure SQL Database, Azure Key Vault. Data is encrypted.', expect: [] },
  { rule: 'untranslated-segment', lang: 'pl', text: '# Bezpieczeństwo\n\nDane są szyfrowane w spoczynku i podczas przesyłania. Data Processing Agreement.', expect: [] },

  { rule: 'untranslated-segment', lang: 'pl', text: '# Podwykonawcy\n\nPoniżej podajemy podmioty, które przetwarzają dane naszych klientów w ramach usługi.\n\n| Nazwa | Cel | Kraj |\n|---|---|---|\n| Postmark | Delivery of the notification e-mails to users | USA |\n| Grafana Cloud | Monitorowanie wydajności aplikacji | UE |', expect: ['Delivery of the notification e-mails to users'] },
  { rule: 'untranslated-segment', lang: 'en', text: '# Subprocessors\n\nWe list below the companies that process the data of our customers for the service.\n\n| Name | Purpose | Country |\n|---|---|---|\n| Postmark | Wysyłka powiadomień do użytkowników | USA |\n| Grafana Cloud | Application performance monitoring | EU |', expect: ['Wysyłka powiadomień do użytkowników'] },
  { rule: 'untranslated-segment', lang: 'pl', text: '# Podwykonawcy\n\nPoniżej podajemy podmioty, które przetwarzają dane naszych klientów w ramach usługi.\n\n| Nazwa | Cel | Kraj |\n|---|---|---|\n| Amazon Web Services | Hosting (AWS EC2, Amazon RDS) | Irlandia |\n| Cloudflare | CDN i ochrona przed DDoS | UE |\n| Microsoft | ISO/IEC 27001, SOC 2 Type II | UE |', expect: [] },
  { rule: 'untranslated-segment', lang: 'pl', text: '# Bezpieczeństwo\n\nStosujemy następujące zabezpieczenia:\n\n- Single Sign-On (SAML 2.0)\n- szyfrowanie AES-256 w spoczynku\n- Web Application Firewall', expect: [] },

  // stale-document (now = 2025-06-01, max age 2 years)
  { rule: 'stale-document', lang: 'en', text: '# Cloud Security\n\nLast updated: 03.02.2020\n\nData is encrypted.', expect: ['Last updated: 03.02.2020'] },
  { rule: 'stale-document', lang: 'en', text: '# Cloud Security\n\nUpdated on 1 June 2021. Data is encrypted.', expect: ['Updated on 1 June 2021'] },
  { rule: 'stale-document', lang: 'pl', text: '# Bezpieczeństwo\n\nData aktualizacji: 3 lutego 2020\n\nDane są szyfrowane.', expect: ['Data aktualizacji: 3 lutego 2020'] },
  { rule: 'stale-document', lang: 'pl', text: '# Bezpieczeństwo\n\nOstatnia aktualizacja: 2021-01-15\n\nDane są szyfrowane.', expect: ['Ostatnia aktualizacja: 2021-01-15'] },
  { rule: 'stale-document', lang: 'en', text: '# Cloud Security\n\nLast updated: 14 October 2024\n\nFounded in 2010.', expect: [] },
  { rule: 'stale-document', lang: 'en', text: '# Cloud Security\n\nThe company was founded in 2012 and moved to the cloud in 2015.', expect: [] },
  { rule: 'stale-document', lang: 'pl', text: '# Bezpieczeństwo\n\nData aktualizacji: 1.03.2025\n\nFirma działa od 2017 roku.', expect: [] },
  { rule: 'stale-document', lang: 'pl', text: '# Bezpieczeństwo\n\nJesteśmy firmą z Krakowa, która rozpoczęła działalność w 2017 roku.', expect: [] },

  // TOC (plain text: numbered TOC lines with page numbers after a tab)
  { rule: 'toc-missing-entry', lang: 'en', format: 'txt', text: 'Security overview\n\nContents\n\n1. Hosting\t2\n2. Backups\t3\n3. Access\t4\n\n1. Hosting\n\nWe host in Germany.\n\n2. Backups\n\nBackups are daily.\n\n3. Access\n\nOnly staff.\n\n4. Privacy\n\nWe keep data private.', expect: ['4. Privacy'] },
  { rule: 'toc-missing-entry', lang: 'pl', format: 'txt', text: 'Polityka bezpieczeństwa\n\nSpis treści\n\n1. Hosting\t2\n2. Kopie zapasowe\t3\n3. Dostęp\t4\n\n1. Hosting\n\nSerwery są w Polsce.\n\n2. Kopie zapasowe\n\nKopie są codzienne.\n\n3. Dostęp\n\nTylko personel.\n\n4. Audyt\n\nAudyt raz w roku.', expect: ['4. Audyt'] },
  { rule: 'toc-missing-heading', lang: 'en', format: 'txt', text: 'Security overview\n\nContents\n\n1. Hosting\t2\n2. Backups\t3\n3. Access\t4\n4. Deletion\t5\n\n1. Hosting\n\nWe host in Germany.\n\n2. Backups\n\nBackups are daily.\n\n3. Access\n\nOnly staff.', expect: ['4. Deletion'] },
  { rule: 'toc-missing-heading', lang: 'pl', format: 'txt', text: 'Polityka bezpieczeństwa\n\nSpis treści\n\n1. Hosting\t2\n2. Kopie zapasowe\t3\n3. Dostęp\t4\n4. Usuwanie danych\t5\n\n1. Hosting\n\nSerwery są w Polsce.\n\n2. Kopie zapasowe\n\nKopie są codzienne.\n\n3. Dostęp\n\nTylko personel.', expect: ['4. Usuwanie danych'] },
  { rule: 'toc-renumbered', lang: 'en', format: 'txt', text: 'Security overview\n\nContents\n\n1. Hosting\t2\n2. Backups\t3\n3. Access\t4\n\n1. Hosting\n\nWe host in Germany.\n\n2. Backups\n\nBackups are daily.\n\n4. Access\n\nOnly staff.', expect: ['3. Access'] },
  { rule: 'toc-renumbered', lang: 'pl', format: 'txt', text: 'Polityka bezpieczeństwa\n\nSpis treści\n\n1. Hosting\t2\n2. Kopie zapasowe\t3\n2.1 Retencja\t3\n3. Dostęp\t4\n\n1. Hosting\n\nSerwery są w Polsce.\n\n2. Kopie zapasowe\n\nKopie są codzienne.\n\n2.2 Retencja\n\nTrzydzieści dni.\n\n3. Dostęp\n\nTylko personel.', expect: ['2.1 Retencja'] },
  { rule: 'toc-missing-entry', lang: 'en', format: 'txt', text: 'Security overview\n\nContents\n\n1. Hosting\t2\n2. Backups\t3\n3. Access:\t4\n\n1. Hosting\n\nWe host in Germany.\n\n2. Backups\n\nBackups are daily.\n\n3. ACCESS\n\nOnly staff.', expect: [] },
  // A contract's contents list gives page ranges ("– s. 2-3"): the range is not part of the title.
  { rule: 'toc-missing-heading', lang: 'pl', text: '# Umowa\n\nSpis treści:\n\n- § 1. Definicje – s. 2\n- § 2. Przedmiot umowy – s. 2-3\n- § 3. Środki bezpieczeństwa – s. 3–4\n\n## § 1. Definicje\n\nPojęcia.\n\n## § 2. Przedmiot umowy\n\nUmowa dotyczy usług.\n\n## § 3. Środki bezpieczeństwa\n\nKopie są codzienne.', expect: [] },
  { rule: 'toc-missing-heading', lang: 'pl', text: '# Umowa\n\nSpis treści:\n\n- § 1. Definicje – s. 2\n- § 2. Przedmiot umowy – s. 2-3\n- § 3. Środki bezpieczeństwa – s. 3–4\n\n## § 1. Definicje\n\nPojęcia.\n\n## § 3. Środki bezpieczeństwa\n\nKopie są codzienne.', expect: ['§ 2. Przedmiot umowy'] },
  { rule: 'toc-missing-heading', lang: 'en', format: 'txt', text: 'Security overview\n\nContents\n\n1. Hosting\t2\n2. Backups\t3\n3. Access:\t4\n\n1. Hosting\n\nWe host in Germany.\n\n2. Backups\n\nBackups are daily.\n\n3. ACCESS\n\nOnly staff.', expect: [] },
  { rule: 'toc-renumbered', lang: 'pl', format: 'txt', text: 'Polityka bezpieczeństwa\n\nSpis treści\n\n1. Hosting\t2\n2. Kopie zapasowe\t3\n3. Dostęp\t4\n\n1. Hosting\n\nSerwery są w Polsce.\n\n2.Kopie zapasowe\n\nKopie są codzienne.\n\n3 Dostęp\n\nTylko personel.', expect: [] },
  { rule: 'toc-missing-entry', lang: 'pl', text: '# Polityka\n\n## Spis treści\n\nHosting ..... 2\n\nKopie zapasowe ..... 3\n\nDostęp ..... 4\n\n## Hosting\n\nSerwery są w Polsce.\n\n## Kopie zapasowe\n\nKopie są codzienne.\n\n### Szczegóły kopii\n\nTrzydzieści dni.\n\n## Dostęp\n\nTylko personel.', expect: [] },
  // a markdown heading marker leaked into a plain-text export: the TOC still matches the heading
  { rule: 'toc-missing-heading', lang: 'en', format: 'txt', text: 'Plant security\n\nContents\n\n1. Hosting\t2\n2. Backups\t3\n3. Access\t4\n\n1. Hosting\n\nWe host in Ireland.\n\n## 2. Backups\n\nBackups run nightly.\n\n3. Access\n\nOnly named staff.', expect: [] },
  { rule: 'toc-missing-entry', lang: 'en', format: 'txt', text: 'Plant security\n\nContents\n\n1. Hosting\t2\n2. Backups\t3\n3. Access\t4\n\n1. Hosting\n\nWe host in Ireland.\n\n## 2. Backups\n\nBackups run nightly.\n\n3. Access\n\nOnly named staff.', expect: [] },
  { rule: 'toc-missing-heading', lang: 'pl', format: 'txt', text: 'Zasady ochrony\n\nSpis treści\n\n1. Serwery\t2\n2. Kopie\t3\n3. Uprawnienia\t4\n\n1. Serwery\n\nSerwery stoją w Gdańsku.\n\n### 2. Kopie\n\nKopie robimy co noc.\n\n3. Uprawnienia\n\nTylko wskazane osoby.', expect: [] },

  // title-block lines at the top of a text export are not a cut sentence; a real cut still is
  { rule: 'split-across-paragraph', lang: 'en', format: 'txt', text: 'GEARLINE - PLANT SECURITY SUMMARY\nGearline Systems AS\nRelease 4.2\n\n1. Scope\n\nThis summary describes how Gearline keeps the records of its plant maintenance customers safe and private.', expect: [] },
  { rule: 'split-across-paragraph', lang: 'pl', format: 'txt', text: 'ZASADY OCHRONY DANYCH SERWISU\nTurbox Spółka z o.o.\nul. Polna 7, Opole\nWersja 3\n\n1. Zakres\n\nNiniejszy dokument opisuje, jak chronimy dane klientów korzystających z naszego serwisu przeglądów.', expect: [] },
  { rule: 'split-across-paragraph', lang: 'en', format: 'txt', text: 'GEARLINE - PLANT SECURITY SUMMARY\nGearline Systems AS\n\n1. Scope\n\nThis summary describes how Gearline keeps the records of its plant maintenance customers safe and\n\nprivate in every region we serve today.', expect: ['plant maintenance customers safe and\n\nprivate in every region we'] },

  // stale-document without an update phrase: the date line, not a title holding a number
  { rule: 'stale-document', lang: 'pl', format: 'txt', text: 'WARUNKI SERWISU TX 2000\nTurbox Spółka z o.o.\nData: 4 kwietnia 2021\n\n1. Zakres\n\nDokument opisuje zasady bezpieczeństwa usługi serwisowej.', expect: ['Data: 4 kwietnia 2021'] },
  { rule: 'stale-document', lang: 'en', format: 'txt', text: 'GEARLINE 360 SECURITY TERMS\nGearline Systems Ltd\nDate: 9 May 2021\n\n1. Scope\n\nThis document describes the security terms of the service.', expect: ['Date: 9 May 2021'] },

  // questionnaire rows (a table with a Yes/No/NA answer column; .xlsx/.csv read the same way)
  { rule: 'unanswered-question', lang: 'en', text: '# CAIQ\n\n| Question ID | Question | Answer | Comment |\n|---|---|---|---|\n| IAM-14.1 | Is MFA offered to customers? | Yes | TOTP |\n| LOG-05.1 | Are security events monitored? | | |\n| CEK-03.1 | Is data encrypted at rest? | No | |\n', expect: ['LOG-05.1 | Are security events monitored? |  |'] },
  { rule: 'unanswered-question', lang: 'pl', text: '# Ankieta\n\n| Pytanie | Odpowiedź | Komentarz |\n|---|---|---|\n| Czy oferujecie MFA? | Tak | |\n| Czy szyfrujecie kopie zapasowe? | | |\n| Czy macie ISO 27001? | Nie | |\n', expect: ['Czy szyfrujecie kopie zapasowe? |  |'] },
  { rule: 'unanswered-question', lang: 'en', text: '# Vendor form\n\n| Question | Answer | Comment |\n|---|---|---|\n| Access control | | |\n| Is MFA offered? | Yes | |\n| Is data encrypted? | N/A | |\n| Is there a WAF? | No | |\n', expect: [] },
  { rule: 'unanswered-question', lang: 'en', text: '# FAQ\n\n| Question | Answer |\n|---|---|\n| How soon are customers told? | Within 3 days. |\n| Where is data hosted? | |\n', expect: [] },
  { rule: 'hedged-answer', lang: 'en', text: '# CAIQ\n\n| Question ID | Question | Answer | Comment |\n|---|---|---|---|\n| IAM-14.1 | Is MFA offered to customers? | Yes, planned for next year | |\n| CEK-03.1 | Is data encrypted at rest? | Yes | No, only the database volumes. |\n| IAM-16.1 | Is RBAC available? | Yes | Roles per site. |\n', expect: ['IAM-14.1 | Is MFA offered to customers? | Yes, planned for next year |', 'CEK-03.1 | Is data encrypted at rest? | Yes | No, only the database volumes.'] },
  { rule: 'hedged-answer', lang: 'pl', text: '# Ankieta\n\n| Pytanie | Odpowiedź | Komentarz |\n|---|---|---|\n| Czy oferujecie MFA? | Tak | Planowane na przyszły rok. |\n| Czy szyfrujecie kopie? | Tak, częściowo | |\n| Czy macie role? | Tak | Role per zakład. |\n', expect: ['Czy oferujecie MFA? | Tak | Planowane na przyszły rok.', 'Czy szyfrujecie kopie? | Tak, częściowo |'] },
  { rule: 'hedged-answer', lang: 'en', text: '# CAIQ\n\n| Question | Answer | Comment |\n|---|---|---|\n| Is MFA offered? | Yes | Enforced for every user since 2024. |\n| Is data encrypted at rest? | No | Planned for next year. |\n| Is there a WAF? | Yes | |\n', expect: [] },
  // A hedge in a later sentence of the comment is news about something else, not a take-back of the 'yes'.
  { rule: 'hedged-answer', lang: 'en', text: '# SIG\n\n| Ref | Question | Response | Additional information |\n|---|---|---|---|\n| A.2 | Has a SOC 2 examination been completed? | Yes | SOC 2 Type I, as of 31 March. A Type II period is under way. |\n| A.3 | Is there a WAF? | Yes | |\n| A.4 | Is data encrypted? | Yes | AES-256. |\n', expect: [] },
  { rule: 'hedged-answer', lang: 'pl', text: '# Ankieta\n\n| Pytanie | Odpowiedź | Komentarz |\n|---|---|---|\n| Czy macie raport SOC 2? | Tak | Typ I z marca. Audyt typu II jest w trakcie. |\n| Czy szyfrujecie kopie? | Tak | AES-256. |\n| Czy macie role? | Tak | Role per zakład. |\n', expect: [] },
  // A later clause of the comment (after ';') that hedges something the question does not ask about adds news; one about what was asked takes the yes back.
  { rule: 'hedged-answer', lang: 'en', text: '# CAIQ\n\n| Question ID | Question | Answer | Comment |\n|---|---|---|---|\n| ISM-02 | Do you hold an ISO 27001 certificate? | Yes | Certified since 2023 by an accredited body; adding ISO/IEC 27701 to the scope is planned for 2027. |\n| BCR-03 | Is there a tested disaster recovery plan? | Yes | Last full failover exercise in April; a second site in Frankfurt is being implemented. |\n| IAM-02 | Is MFA enforced for all users? | Yes | For administrators; enforcement for the other users is planned. |\n', expect: ['IAM-02 | Is MFA enforced for all users? | Yes | For administrators; enforcement for the other users is planned.'] },
  { rule: 'hedged-answer', lang: 'pl', text: '# Ankieta\n\n| Pytanie | Odpowiedź | Komentarz |\n|---|---|---|\n| Czy posiadacie certyfikat ISO 27001? | Tak | Certyfikat od 2023 r.; rozszerzenie zakresu o ISO 27701 jest planowane. |\n| Czy MFA jest wymagane dla wszystkich użytkowników? | Tak | Dla administratorów; dla pozostałych użytkowników planowane w 2027 r. |\n| Czy szyfrujecie kopie? | Tak | Częściowo; reszta w 2027 r. |\n', expect: ['Czy MFA jest wymagane dla wszystkich użytkowników? | Tak | Dla administratorów; dla pozostałych użytkowników planowane w 2027 r.', 'Czy szyfrujecie kopie? | Tak | Częściowo; reszta w 2027 r.'] },
  // unfilled-field: one blank line among filled fields; a blank form and a signature block stay quiet.
  { rule: 'unfilled-field', lang: 'en', format: 'txt', text: 'Access Policy\n\nOwner: IT Manager\n\nVersion: 1.4\n\nEffective from: 1 March 2026\n\nApproved by: __________\n\n1. Scope\n\nAll staff.', expect: ['Approved by: __________'] },
  { rule: 'unfilled-field', lang: 'pl', format: 'txt', text: 'Procedura kopii zapasowych\n\nWłaściciel: Kierownik IT\n\nWersja: 2.0\n\nObowiązuje od: 1 marca 2026 r.\n\nZatwierdził: ..........\n\n1. Zakres\n\nWszystkie systemy.', expect: ['Zatwierdził: ..........'] },
  { rule: 'unfilled-field', lang: 'en', format: 'txt', text: 'Visitor form\n\nName: __________\n\nCompany: __________\n\nHost: __________\n\nDate: __________', expect: [] },
  { rule: 'unfilled-field', lang: 'pl', format: 'txt', text: 'Za Zamawiającego\n\nImię i nazwisko: Anna Kowalska\n\nStanowisko: Dyrektor\n\nPodpis: ..........\n\nData: ..........', expect: [] },
  // stray-bold-marker: an unpaired '**' left by a converter; footnote asterisks stay quiet.
  { rule: 'stray-bold-marker', lang: 'en', format: 'txt', text: '1. Availability**\n\nThe service is available 99.9% of the month.', expect: ['**'] },
  { rule: 'stray-bold-marker', lang: 'pl', format: 'txt', text: '§ 2. Kopie zapasowe**\n\nKopie wykonujemy codziennie.', expect: ['**'] },
  { rule: 'stray-bold-marker', lang: 'en', format: 'txt', text: 'Available on the Enterprise plan**\n\n** Billed annually.', expect: [] },
  { rule: 'stray-bold-marker', lang: 'pl', format: 'txt', text: 'Cena planu Enterprise**\n\n** Rozliczenie roczne.', expect: [] },
];
