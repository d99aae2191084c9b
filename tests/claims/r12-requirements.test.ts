/**
 * Round 12 (claims-access): a tender reply quotes each requirement of the buyer, then answers it.
 * The requirement ("Zamawiający wymaga ...", "The Buyer requires ...") is asked of the vendor, so it
 * states nothing; the response says what the vendor does, and a bare "Yes" takes the requirement's
 * words. Our own invented letters, EN and PL, in several layouts; look-alikes keep their claims.
 */
import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../src/model/from-text.ts';
import { extractClaims } from '../../src/claims/extract.ts';

const read = (text: string, format: 'md' | 'txt' = 'txt') =>
  extractClaims(documentFromText(text, { format, meta: { vendor: 'Acme' } })).map((c) => `${c.attribute}=${c.value}`);
const of = (got: string[], prefix: string) => got.filter((c) => c.startsWith(prefix));

describe("the buyer's requirement states nothing; the response after it does", () => {
  it('PL: "Wymaganie N. Zamawiający wymaga ..." / "Odpowiedź: ..." (availability, RTO, incident)', () => {
    const got = read(
      'ODPOWIEDZI NA WYMAGANIA\n\nWymaganie 1. Zamawiający wymaga dostępności systemu co najmniej 99,3% w miesiącu.\nOdpowiedź: Zapewniamy dostępność 99,8% w skali miesiąca.\n\n' +
        'Wymaganie 2. Zamawiający wymaga, aby czas przywrócenia działania (RTO) nie był dłuższy niż 12 godzin.\nOdpowiedź: RTO wynosi u nas 6 godzin.\n\n' +
        'Wymaganie 3. Zamawiający wymaga zawiadomienia o incydencie w ciągu 48 godzin.\nOdpowiedź: Zawiadamiamy w ciągu 12 godzin od wykrycia.\n',
    );
    expect(of(got, 'availability.sla')).toEqual(['availability.sla=99.8']);
    expect(of(got, 'availability.rto')).toEqual(['availability.rto=PT6H']);
    expect(of(got, 'incident.notification')).toEqual(['incident.notification=PT12H']);
  });
  it('EN: "Requirement 4: The Buyer requires ..." / "Response: ..."', () => {
    const got = read(
      'RESPONSES TO THE SECURITY REQUIREMENTS\n\nRequirement 4: The Buyer requires at least 99.0% monthly availability.\nResponse: We commit to 99.7% per calendar month.\n\n' +
        'Requirement 5: The Contracting Authority requires breach notification within 96 hours.\nResponse: Affected customers are told within 36 hours.\n',
    );
    expect(of(got, 'availability.sla')).toEqual(['availability.sla=99.7']);
    expect(of(got, 'incident.notification')).toEqual(['incident.notification=PT36H']);
  });
  it('PL: an impersonal requirement ("Wymaga się, aby ...") and a markdown layout', () => {
    const got = read('# Wymagania\n\nWymaga się, aby RPO nie przekraczało 24 godzin.\n\nOdpowiedź: RPO wynosi 2 godziny.\n', 'md');
    expect(of(got, 'availability.rpo')).toEqual(['availability.rpo=PT2H']);
  });
  it('a bare "Tak" / "Yes" takes what the requirement names', () => {
    const pl = read('WYMAGANIA\n\nWymaganie 7. Zamawiający wymaga uwierzytelniania dwuskładnikowego dla wszystkich użytkowników.\nOdpowiedź: Tak.\n');
    expect(of(pl, 'auth.mfa')).toEqual(['auth.mfa=true']);
    const en = read('REQUIREMENTS\n\nRequirement 9. The customer requires single sign-on through Okta.\nAnswer: Yes.\n');
    expect(of(en, 'auth.sso')).toEqual(['auth.sso=okta']);
  });
  it('a "No" denies what the requirement names; no answer at all leaves nothing', () => {
    const no = read('REQUIREMENTS\n\nRequirement 2. The Buyer requires an annual penetration test by an independent firm.\nAnswer: No, not at present.\n');
    expect(of(no, 'pentest=true')).toEqual([]);
    const none = read('WYMAGANIA\n\nWymaganie 8. Zamawiający wymaga certyfikatu ISO/IEC 27001.\n\nZ poważaniem\nJan Nowak\n');
    expect(of(none, 'cert.vendor')).toEqual([]);
  });
  it('look-alikes: the vendor’s condition, the customer’s right, "requires no", a requirement met in the reply', () => {
    expect(of(read('EXPORT\n\nIf the customer requires it, we export all data to CSV within 5 days.\n'), 'data.export.formats')).toEqual(['data.export.formats=csv']);
    expect(of(read('HOSTING\n\nThe customer requires no installation: the service runs in Azure West Europe.\n'), 'hosting.provider')).toEqual(['hosting.provider=azure']);
    expect(of(read('DOSTĘPNOŚĆ\n\nKlient może w każdej chwili sprawdzić dostępność; gwarantujemy 99,6% w miesiącu.\n'), 'availability.sla')).toEqual(['availability.sla=99.6']);
    expect(of(read('ODPOWIEDŹ\n\nSpełniamy wymaganie Zamawiającego: dostępność wynosi 99,9% w miesiącu.\n'), 'availability.sla')).toEqual(['availability.sla=99.9']);
  });
});
