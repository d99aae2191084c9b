/**
 * Round 12 (claims-access): a condition of staff access ("only at the customer's request", "po
 * zgłoszeniu serwisowym") is read where staff access is the subject: in its own sentence, the
 * sentence right before it, its section heading or its question. A condition words away, about
 * something else (keeping data after the contract "unless you ask us"), is no access condition.
 * Our own wording, EN and PL, several layouts.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const conditions = (text: string) =>
  claimsOf(text)
    .claims.filter((c) => c.attribute === 'access.staff_conditions')
    .map((c) => c.value);

describe('a staff access condition with its subject near', () => {
  it('the subject in the same sentence (EN, PL)', () => {
    expect(conditions('# Access\n\nSupport engineers open a tenant’s data only after the customer grants access.\n')).toEqual(['customer-request']);
    expect(conditions('# Dostęp\n\nNasi konsultanci mają wgląd w dane klienta wyłącznie na jego pisemną prośbę.\n')).toEqual(['customer-request']);
  });
  it('the subject in the sentence before (EN, PL)', () => {
    expect(conditions('# Our team\n\nTwo engineers have production access. They look at customer records only when a support ticket is opened.\n')).toContain('support-case');
    expect(conditions('# Zespół\n\nDostęp do środowiska produkcyjnego mają dwaj administratorzy. Korzystają z niego tylko na pisemną prośbę klienta.\n')).toContain('customer-request');
  });
  it('the subject in the heading, a list item, a questionnaire row', () => {
    expect(conditions('# Support access\n\nOnly at the customer’s written request, and every session is logged.\n')).toEqual(['customer-request']);
    expect(conditions('# Support access\n\nOur staff follow two rules:\n\n- only with the customer’s explicit consent,\n- always through the audited console.\n')).toEqual(['customer-request']);
    expect(conditions('| Question | Answer |\n|---|---|\n| Can your staff access customer data? | Only at the customer’s request. |\n')).toEqual(['customer-request']);
  });
});

describe('look-alikes: a condition about something else, words away from any staff access', () => {
  const access = 'Two engineers have production access for maintenance.';
  const filler = 'The platform is monitored around the clock by an on-call rota.';
  it('keeping data after the contract "unless you ask us" (EN)', () => {
    const text = `# Security\n\n${access}\n\n${filler}\n\nWe delete everything within 30 days of the contract ending, unless you ask us to keep it longer.\n`;
    expect(conditions(text)).toEqual([]);
  });
  it('an export sent at the customer’s request; PL: przechowanie na prośbę klienta', () => {
    expect(conditions(`# Security\n\n${access}\n\n${filler}\n\nA full export is sent at the customer’s request.\n`)).toEqual([]);
    const pl = '# Bezpieczeństwo\n\nDostęp do produkcji mają dwaj administratorzy.\n\nSystem jest monitorowany całą dobę przez dyżurnych.\n\nPo zakończeniu umowy usuwamy dane w ciągu 30 dni, chyba że klient poprosi o dłuższe przechowanie.\n';
    expect(conditions(pl)).toEqual([]);
  });
});
