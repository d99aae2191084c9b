/**
 * Session 9 dev material, written in our own words after reading real pages per class (trust and
 * people-security pages, TOM annexes with checklists, SoC/monitoring pages, help articles on
 * export and account closure, sub-processor lists, questionnaire answers, Polish RODO annexes):
 * staff training, round-the-clock monitoring and its limits, endpoint protection, log retention,
 * staff access on the customer's consent, export, sub-processors named by legal entity, and
 * encryption in transit only. Each class has look-alikes that must give nothing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimsOf, expectClaim, expectNoClaim } from './helpers.ts';
import type { Claim } from '../../src/claims/types.ts';

const dev = (name: string) => claimsOf(readFileSync(new URL(`./dev9/${name}`, import.meta.url), 'utf8')).claims;
const values = (claims: Claim[], attribute: string) => claims.filter((c) => c.attribute === attribute).map((c) => c.value);
const valuesOf = (text: string, attribute: string) => values(claimsOf(text).claims, attribute);

/** Each text must give exactly these values of the attribute ([] for a look-alike). */
function table(attribute: string, cases: Array<[string, unknown[]]>) {
  for (const [text, want] of cases) it(`${want.length ? want.join(',') : 'none'}: ${text.slice(0, 70)}`, () => expect([...new Set(valuesOf(text, attribute))].sort()).toEqual(want));
}

describe('staff security training', () => {
  table('training.security_awareness', [
    ['Every new starter completes a security awareness module in the first week, and the module is repeated every year.', [true]],
    ['Security awareness training at induction and annually; phishing simulations every quarter.', [true]],
    ['All engineers take secure development training each year.', [true]],
    ['Employees are made aware of their data protection duties at least once a year.', [true]],
    ['Osoby upoważnione do przetwarzania danych przeszły szkolenie z ochrony danych osobowych, powtarzane co roku.', [true]],
    ['Szkolenia z cyberbezpieczeństwa i symulacje phishingu prowadzimy raz na kwartał.', [true]],
    ['Programiści co roku odbywają szkolenie z bezpiecznego programowania.', [true]],
    // Look-alikes: training of the customer's people, product courses, training of AI models.
    ['Customers can book on-site product training for their technicians.', []],
    ['Your staff are trained by our consultants during the go-live week.', []],
    ['Security training for your administrators is available on request.', []],
    ['We never use customer data to train machine learning models.', []],
    ['Training videos for administrators are in the help centre.', []],
    ['About our security programme: the service is hosted in the Netherlands.', []],
    ['Pracownicy Klienta są szkoleni przez naszych wdrożeniowców z obsługi aplikacji.', []],
    ['Nie wykorzystujemy danych klientów do trenowania modeli AI.', []],
  ]);
  it('a questionnaire row: "Are staff trained in information security?" | Yes', () => {
    const text = '| ID | Question | Answer | Comment |\n|---|---|---|---|\n| OPS-06 | Are staff trained in information security? | Yes | At induction and every year. |\n';
    expectClaim(claimsOf(text).claims, { attribute: 'training.security_awareness', value: true });
  });
});

describe('round-the-clock monitoring, and monitoring limited to working hours', () => {
  table('monitoring.continuous', [
    ['The production environment is monitored twenty-four (24) hours a day, seven (7) days a week.', [true]],
    ['Alerts from the intrusion detection system reach the on-call engineer at any hour.', [true]],
    ['Our on-call team responds to security alerts around the clock, every day of the year.', [true]],
    ['Zespół dyżurny reaguje na alerty całą dobę, 7 dni w tygodniu.', [true]],
    ['Infrastrukturę monitorujemy całą dobę przez 7 dni w tygodniu.', [true]],
    ['Alerts reach the administrator on weekdays between 8:00 and 18:00; outside these hours the service is not monitored.', [false]],
    ['The platform is monitored during business hours only.', [false]],
    ['Systemy są monitorowane wyłącznie w dni robocze w godzinach 8–16.', [false]],
    // Look-alikes: the product's own monitoring of machines, a support desk's hours.
    ['Technicians can monitor the condition of their machines in real time.', []],
    ['Technicy mogą monitorować stan maszyn w czasie rzeczywistym.', []],
    ['Our support desk answers calls on weekdays from 8:00 to 17:00.', []],
  ]);
});

describe('endpoint protection', () => {
  table('endpoint.antivirus', [
    ['Microsoft Defender for Endpoint runs on every laptop and server.', [true]],
    ['All workstations have virus protection that updates itself.', [true]],
    ['Serwery i komputery pracowników chroni oprogramowanie wykrywające złośliwe oprogramowanie.', [true]],
    // Look-alike: advice to the reader.
    ['Customers should keep antivirus software on their own computers up to date.', []],
  ]);
});

describe('a TOM annex checklist: X in place, a dash not in place (EN, PL)', () => {
  for (const file of ['tom-checklist-en.md', 'tom-checklist-pl.md']) {
    it(file, () => {
      const claims = dev(file);
      expect(values(claims, 'endpoint.antivirus')).toEqual([true]);
      expect(values(claims, 'network.firewall')).toEqual([true]);
      expect(values(claims, 'network.ids')).toEqual([true]);
      expect([...new Set(values(claims, 'monitoring.continuous'))]).toEqual([false]);
      expect(values(claims, 'access.review')).toEqual(['P6M']);
      expect(values(claims, 'training.security_awareness')).toEqual([true]);
    });
  }
});

describe('log retention', () => {
  table('logging.retention', [
    ['Security events are kept for 12 months.', ['P12M']],
    ['Security logs go to Microsoft Sentinel and are retained 24 months.', ['P24M']],
    ['Zdarzenia bezpieczeństwa przechowujemy przez 2 lata.', ['P2Y']],
    // Look-alike: the history of a work order is no log.
    ['The history of every work order is kept for five years.', []],
  ]);
});

describe('closing a workspace: export first, what is kept after (EN, PL)', () => {
  it('closure-help-en.md', () => {
    const claims = dev('closure-help-en.md');
    expect([...new Set(values(claims, 'data.export.self_service'))]).toEqual([true]);
    expect(values(claims, 'data.export.formats')).toEqual(['csv']);
    expect(values(claims, 'logging.retention')).toEqual(['P12M']);
    // The audit log downloaded as CSV is no export of the customer's data.
    expect(claims.filter((c) => c.attribute.startsWith('data.export') && c.quote.includes('audit log'))).toEqual([]);
  });
  it('closure-help-pl.md', () => {
    const claims = dev('closure-help-pl.md');
    expect([...new Set(values(claims, 'data.export.self_service'))]).toEqual([true]);
    expect([...new Set(values(claims, 'data.export.formats'))].sort()).toEqual(['csv', 'pdf', 'xlsx']);
    expect(values(claims, 'logging.retention')).toEqual(['P12M']);
    expect(claims.filter((c) => c.attribute.startsWith('data.export') && c.quote.includes('dziennik'))).toEqual([]);
  });
  table('data.export.self_service', [
    ['Can we export our data ourselves? Yes, every register can be exported as CSV.', [true]],
    ['Exports are available to account owners on every plan; there is no need to contact us.', [true]],
  ]);
});

describe("staff access to customer data on the customer's consent", () => {
  table('access.staff_conditions', [
    ['Our support staff can view a customer account only after the customer grants time-limited access from the Settings page.', ['customer-request']],
    ['Support can open a session as a customer user only after the customer\'s administrator has approved the request in the application.', ['customer-request']],
    ['Our staff never see your data unless you open a support ticket and grant them access.', ['customer-request', 'support-case']],
    ['Serwis uzyskuje dostęp do konta wyłącznie po zatwierdzeniu prośby przez administratora klienta.', ['customer-request']],
  ]);
});

describe('sub-processors named by legal entity', () => {
  // A legal name with a brand in brackets keeps the legal name (the open splits' labels take either).
  it('subprocessor-entities-en.md: the company behind the hosting provider is the provider, not a sub-processor', () => {
    const claims = dev('subprocessor-entities-en.md');
    expect(values(claims, 'hosting.provider')).toEqual(['azure']);
    expect(values(claims, 'subprocessor').sort()).toEqual(['microsoft', 'parcelwing-messaging', 'trellis-diagnostics']);
  });
  it('subprocessor-entities-pl.md', () => {
    const claims = dev('subprocessor-entities-pl.md');
    expect(values(claims, 'hosting.provider')).toEqual(['aws']);
    expect(values(claims, 'subprocessor').sort()).toEqual(['wiadomix-polska', 'zgloszak']);
  });
});

describe('encryption in transit only is no encryption at rest', () => {
  table('encryption.at_rest', [
    ['Data is encrypted in transit.', []],
    ['Dane są szyfrowane podczas przesyłania.', []],
    ['Data is transferred to the customer only over encrypted connections.', []],
    ['Data is encrypted in transit and at rest.', [true]],
    ['Dane są szyfrowane podczas przesyłania i przechowywania.', [true]],
  ]);
  it('the transit claim stays', () => {
    expectClaim(claimsOf('Dane są szyfrowane podczas przesyłania.').claims, { attribute: 'encryption.in_transit', value: true });
    expectNoClaim(claimsOf('Company laptops use full-disk encryption.').claims, 'encryption.at_rest');
  });
});

describe('secure development: code review and dependency scanning in more words', () => {
  table('sdlc.code_review', [
    ['All code changes go through pull-request review before they are merged.', [true]],
    ['Our developers review each other\'s code before every release.', [true]],
    ['Każda zmiana kodu jest przeglądana przez drugiego programistę.', [true]],
    ['Każda zmiana kodu przechodzi przegląd drugiej osoby.', [true]],
    ['Kod źródłowy jest poddawany przeglądowi przed każdym wdrożeniem.', [true]],
    // Look-alikes: inspections of machines (PL "przegląd"), a customer reviewing its records.
    ['Kody QR na urządzeniach ułatwiają techników przeglądy okresowe.', []],
    ['Administrators can review every change to a work order.', []],
  ]);
  table('sdlc.dependency_scanning', [
    ['Every build is scanned for vulnerable open-source libraries.', [true]],
    ['Każda kompilacja jest sprawdzana pod kątem podatnych bibliotek open source.', [true]],
    ['The libraries we use are listed in the licence notice.', []],
  ]);
});

describe('security events logged: staff sessions, logs of security events', () => {
  table('logging.security_events', [
    ['Actions taken by staff in customer tenants are logged.', [true]],
    ['Every support session is recorded.', [true]],
    ['Dostęp jest możliwy wyłącznie na wniosek klienta i jest rejestrowany.', [true]],
    ['Logi zdarzeń bezpieczeństwa przechowujemy przez 2 lata.', [true]],
    // Look-alikes: a technician's working hours, access to a building's log book.
    ['Technicians log their working hours against each work order.', []],
    ['Access to the plant is granted by the site manager.', []],
  ]);
});

describe("a chat assistant's offer left in a draft states nothing", () => {
  table('training.security_awareness', [
    ['Jeśli chcesz, mogę dopisać jeszcze paragraf o szkoleniach pracowników.', []],
    ['If you would like, I can add a paragraph on staff security training.', []],
  ]);
});

describe("a buyer's quoted request, and a test not yet commissioned", () => {
  it('a quoted request in a reply states nothing; the answer after it does', () => {
    const text = 'Dzień dobry,\n\n> Prosimy o informacje: 1) gdzie przechowywane są dane, 2) czy kopie zapasowe są szyfrowane.\n\nDane przechowujemy w centrum danych w Polsce.\n';
    const { claims } = claimsOf(text);
    expect(claims.filter((c) => c.quote.includes('Prosimy'))).toEqual([]);
  });
  table('pentest', [['We have not yet commissioned an external penetration test; the application is scanned monthly.', [false]]]);
});
