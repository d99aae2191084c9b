/**
 * Round 10 (cdel): access, incident, data, backup, logging and review statements in our own words
 * (EN and PL), each with look-alikes that must not fire.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

/** Claims whose attribute starts with `prefix`, as `attribute=value {qualifiers}`, sorted. */
const shown = (text: string, prefix: string) =>
  [
    ...new Set(
      claimsOf(text)
        .claims.filter((c) => c.attribute.startsWith(prefix))
        .map((c) => `${c.attribute}=${c.value}${Object.keys(c.qualifiers).length ? ` ${JSON.stringify(c.qualifiers)}` : ''}`),
    ),
  ].sort();

describe('staff access on the customer\'s request: a documented request, "na Państwa prośbę"', () => {
  it('EN and PL give customer-request', () => {
    expect(shown("Our engineers may view customer data only at the customer's signed instruction.", 'access.staff')).toEqual(['access.staff_conditions=customer-request']);
    expect(shown('### Czy wasi konsultanci widzą nasze zlecenia?\n\nWyłącznie na Państwa wyraźną prośbę, przekazaną przez administratora konta.', 'access.staff')).toEqual([
      'access.staff_conditions=customer-request',
    ]);
  });
  it('look-alikes: a request with no access to data', () => {
    expect(shown('Support answers every documented request within one business day.', 'access.')).toEqual([]);
    expect(shown('Na Państwa prośbę wystawiamy fakturę VAT.', 'access.')).toEqual([]);
  });
});

describe('incident notice: a bidder asked how fast it reports, and a notice told as done', () => {
  it('PL question "W jakim czasie Wykonawca zgłasza incydenty?" and EN "How quickly does the supplier report incidents?"', () => {
    expect(shown('Pytanie 5: W jakim czasie Wykonawca zgłasza incydenty bezpieczeństwa?\nOdpowiedź: Najpóźniej w ciągu 8 godzin od ich wykrycia.', 'incident.')).toEqual([
      'incident.notification=PT8H',
    ]);
    expect(shown('Q7: How quickly does the supplier report security incidents?\nA: Within 16 hours of detection.', 'incident.')).toEqual(['incident.notification=PT16H']);
  });
  it('look-alikes: the supervisory authority\'s deadline', () => {
    expect(shown('Pytanie 6: W jakim terminie Wykonawca zgłasza naruszenia Prezesowi UODO?\nOdpowiedź: W ciągu 72 godzin.', 'incident.')).toEqual([]);
    expect(shown('Q8: How quickly do you report breaches to the supervisory authority?\nA: Within 72 hours.', 'incident.')).toEqual([]);
  });
  it('EN and PL: a notice told as done is what happened; the commitment beside it is the claim', () => {
    expect(shown('We told affected customers of the incident within 9 hours, well inside our commitment to notify within 36 hours.', 'incident.')).toEqual([
      'incident.notification=PT36H',
    ]);
    expect(shown('Poinformowaliśmy klientów o incydencie w ciągu 10 godzin, choć umowa zobowiązuje nas do powiadomienia w ciągu 36 godzin.', 'incident.')).toEqual([
      'incident.notification=PT36H',
    ]);
  });
  it('look-alikes: only what happened gives nothing; a commitment alone still counts', () => {
    expect(shown('Klienci, których dotyczył incydent, zostali poinformowani w ciągu 6 godzin.', 'incident.')).toEqual([]);
    expect(shown('Klientów informujemy o incydencie w ciągu 36 godzin.', 'incident.')).toEqual(['incident.notification=PT36H']);
  });
});

describe('export formats: "przekaże" (ż) and SQL in a list of formats', () => {
  it('PL: the vendor hands over CSV and SQL', () => {
    expect(shown('Po rozwiązaniu umowy Dostawca przekaże Klientowi dane w formacie JSON oraz SQL.', 'data.export.formats')).toEqual([
      'data.export.formats=json',
      'data.export.formats=sql',
    ]);
  });
  it('look-alike: SQL Server is a product, not a format', () => {
    expect(shown('Customers can export their data in formats CSV and SQL Server tables.', 'data.export.formats')).toEqual(['data.export.formats=csv']);
  });
});

describe('backup frequency: a Polish adverb after the noun still tells how often', () => {
  it('PL: "Pełna kopia raz w tygodniu, przyrostowa codziennie" beside a retention', () => {
    expect(shown('Pełna kopia raz w tygodniu, różnicowa codziennie; wszystkie kopie przechowujemy przez 6 tygodni.', 'backup.frequency')).toEqual([
      'backup.frequency=P1D {"type":"differential"}',
      'backup.frequency=P1W {"type":"full"}',
    ]);
  });
  it('look-alike: "kopie miesięczne przechowujemy rok" names a kind of copy', () => {
    expect(shown('Kopie miesięczne przechowujemy przez rok.', 'backup.frequency')).toEqual([]);
  });
});

describe('logging: access to customer data logged; Polish "logowanie" is a sign-in', () => {
  it('EN: "We log all access to customer data", "Access to customer records is always logged"', () => {
    expect(shown('We log all access to customer data and check those logs every week.', 'logging.security')).toEqual(['logging.security_events=true']);
    expect(shown('Access to customer records is always logged.', 'logging.security')).toEqual(['logging.security_events=true']);
  });
  it('look-alikes: access and logs in separate statements; a sign-in confirmed with a code', () => {
    expect(shown('All access requires MFA, and logs are encrypted at rest.', 'logging.')).toEqual([]);
    expect(shown('Użytkownicy potwierdzają każde logowanie kodem z aplikacji.', 'logging.')).toEqual([]);
    expect(shown('Wszystkie zmiany uprawnień są logowane.', 'logging.security')).toEqual(['logging.security_events=true']);
  });
});

describe('point in time "z dowolnej chwili" and a yearly test of the measures', () => {
  it('PL: restore "z dowolnej chwili w ciągu ostatnich N dni" is PITR', () => {
    expect(shown('Bazę kopiujemy bez przerwy, z możliwością odtworzenia stanu z dowolnej chwili w ciągu ostatnich 10 dni.', 'backup.')).toEqual([
      'backup.point_in_time_restore=true',
      'backup.retention=P10D {"type":"point-in-time"}',
    ]);
    expect(shown('Klient może w dowolnej chwili pobrać kopię danych.', 'backup.point')).toEqual([]);
  });
  it('EN: "test the effectiveness of these measures once a year" is a review; testing releases is not', () => {
    expect(shown('We test the effectiveness of our security controls every quarter.', 'review.')).toEqual(['review.frequency=P3M']);
    expect(shown('We test new releases every week.', 'review.')).toEqual([]);
  });
});
