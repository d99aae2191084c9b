/**
 * Round 13 (claims-access): an outage named where no staff access is conditioned on it. A defined
 * term ("Outage – a period in which ...", "Awaria – stan, w którym ..."), an incident severity row
 * whose example is someone's unauthorised access, and an editor's bracketed note asking whether
 * emergencies may be listed give no `access.staff_conditions`. Our own wording, EN and PL.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const conditions = (text: string) =>
  claimsOf(text)
    .claims.filter((c) => c.attribute === 'access.staff_conditions')
    .map((c) => c.value);

describe('outages that condition no staff access', () => {
  it('defined terms with a dash under a definitions heading (EN, PL)', () => {
    const en = "# 1. Definitions\n\n- **Account** – the space where support staff can view the customer's records of machines.\n- **Outage** – a period in which the Service cannot be used for reasons on the Provider's side.\n";
    const pl = '# § 2. Definicje\n\n1. **Klient** – przedsiębiorca, który zawarł Umowę;\n2. **Konto** – wydzielona przestrzeń Serwisu, w której Klient gromadzi informacje o urządzeniach, przeglądach i zleceniach;\n3. **Awaria** – stan, w którym Serwis jest niedostępny z przyczyn leżących po stronie Dostawcy.\n';
    expect(conditions(en)).toEqual([]);
    expect(conditions(pl)).toEqual([]);
  });
  it('a severity row whose example is unauthorised access (EN, PL)', () => {
    expect(conditions('# Severity\n\n| Severity | Description | Example |\n|---|---|---|\n| Critical | Active breach or full service outage | Confirmed unauthorized access to customer data; platform down |\n')).toEqual([]);
    expect(conditions('# Poziomy\n\n| Poziom | Opis | Przykład |\n|---|---|---|\n| Krytyczny | Awaria całej usługi | Nieuprawniony dostęp do danych klienta |\n')).toEqual([]);
  });
  it("an editor's bracketed note about emergencies (EN, PL)", () => {
    const en = "# 2. Access\n\n2.5 The Processor's personnel shall not access Customer Personal Data except where this is necessary to answer a support request submitted by the Controller. [LEGAL – confirm with Anna whether we may also list outages here]\n";
    expect(conditions(en)).toEqual(['support-case']);
    const pl = '# 2. Dostęp\n\nPracownicy Procesora nie mają dostępu do danych Klienta, chyba że wymaga tego zgłoszenie serwisowe Klienta. [PRAWNY – sprawdzić z Anną, czy możemy dopisać sytuacje awaryjne]\n';
    expect(conditions(pl)).toEqual(['support-case']);
  });
});

describe('a noun read as a verb of viewing', () => {
  it('PL: "w przeglądach" (inspections) is no staff viewing data', () => {
    expect(conditions('# Przeglądy\n\nW przeglądach okresowych dane urządzeń aktualizujemy w razie awarii.\n')).toEqual([]);
  });
});

describe('look-alikes: staff access conditioned on an emergency', () => {
  it('EN and PL', () => {
    expect(conditions('# Dostęp\n\nKonsultant przegląda dane klienta tylko w sytuacji awaryjnej.\n')).toEqual(['emergency']);
    expect(conditions('# Access\n\nOur engineers access customer data only in an emergency, such as a full outage.\n')).toEqual(['emergency']);
    expect(conditions('# Dostęp\n\nPracownicy mają dostęp do danych klienta wyłącznie w sytuacji awaryjnej.\n')).toEqual(['emergency']);
  });
});
