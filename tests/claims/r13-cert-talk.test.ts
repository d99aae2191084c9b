/**
 * Round 13 (claims-access): talk about a standard that is no certificate of the vendor's. A
 * standard defined by a participle after it ("SOC 2, defined by the AICPA, ..."), kinds of a
 * report, a product designed against criteria, a certification journey, an observation period the
 * vendor expects to start, certificates its sub-processors hold, a question's list of examples
 * ("e.g., SOC 2 Type II, ISO 27001"), and what the vendor "benefits from" (the host's). Our own
 * wording, EN and PL; look-alikes where the vendor holds the certificate.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const certs = (text: string, attribute = 'cert.vendor') =>
  claimsOf(text)
    .claims.filter((c) => c.attribute === attribute)
    .map((c) => c.value);

describe('a standard talked about, not held', () => {
  it('EN: definitions, kinds, criteria, journeys, expected starts', () => {
    expect(certs('# Standards\n\nISO 27001, published by ISO and IEC, sets requirements for an information security management system.\n')).toEqual([]);
    expect(certs('# SOC 2\n\nSOC 2 Type II, defined by the AICPA, evaluates whether controls operated over a period.\n')).toEqual([]);
    expect(certs('# SOC 2\n\nThere are two kinds of SOC 2 report, Type I and Type II.\n')).toEqual([]);
    expect(certs('# Security\n\nOur product is designed against the SOC 2 Trust Services Criteria.\n')).toEqual([]);
    expect(certs('# Compliance\n\nHere is where we stand on our ISO 27001 journey.\n')).toEqual([]);
    expect(certs('# Compliance\n\nWe anticipate beginning our SOC 2 Type II observation window in 2028.\n')).toEqual([]);
    expect(certs('# Compliance\n\nWe expect to start a SOC 2 Type II observation period next year.\n')).toEqual([]);
  });
  it('PL: definicja, rodzaje raportu, droga do certyfikacji', () => {
    expect(certs('# Normy\n\nISO 27001, opracowana przez ISO, określa wymagania dla systemu zarządzania bezpieczeństwem informacji.\n')).toEqual([]);
    expect(certs('# SOC 2\n\nIstnieją dwa rodzaje raportu SOC 2: typu I i typu II.\n')).toEqual([]);
    expect(certs('# Zgodność\n\nJesteśmy na drodze do ISO 27001 i opisujemy tu kolejne kroki.\n')).toEqual([]);
  });
});

describe("another party's certificates and a question's examples", () => {
  it("sub-processors' and suppliers' reports are no certificate of the vendor's (EN, PL)", () => {
    expect(certs('# Vendors\n\nSeveral of our suppliers, including our e-mail and payments providers, hold SOC 2 reports.\n')).toEqual([]);
    expect(certs('# Dostawcy\n\nNasi podwykonawcy (dostawcy poczty i płatności) posiadają raporty SOC 2.\n')).toEqual([]);
  });
  it('a blank questionnaire row listing examples gives nothing', () => {
    const sheet = '| ID | Question | Answer (Y / N / NA) | Comments |\n|---|---|---|---|\n| 2.3 | Do you hold a current certification (e.g., SOC 2 Type II, ISO 27001)? Attach it if so. | | |\n';
    expect(certs(sheet)).toEqual([]);
  });
  it("certificates the vendor benefits from are its host's (EN, PL)", () => {
    expect(certs('# Hosting\n\nThanks to our cloud partners, we benefit from their ISO 27001 and SOC 2 certifications.\n')).toEqual([]);
    expect(certs('# Hosting\n\nThanks to our cloud partners, we benefit from their ISO 27001 and SOC 2 certifications.\n', 'cert.infrastructure')).toEqual(['iso27001', 'soc2']);
    expect(certs('# Hosting\n\nDzięki naszemu partnerowi hostingowemu korzystamy z jego certyfikatów ISO 27001.\n')).toEqual([]);
  });
});

describe('look-alikes: the vendor holds it', () => {
  it('a participle after the held certificate, kinds of assurance, a later clause of our own (EN, PL)', () => {
    expect(certs('# C\n\nWe hold ISO 27001, issued by an accredited certification body in 2024.\n')).toEqual(['iso27001']);
    expect(certs('# C\n\nOur SOC 2 Type II report, issued by an independent CPA firm, is available under NDA.\n')).toEqual(['soc2']);
    expect(certs('# C\n\nPosiadamy certyfikat ISO 27001 wydany przez akredytowaną jednostkę.\n')).toEqual(['iso27001']);
    expect(certs('# C\n\nWe hold two kinds of assurance: ISO 27001 certification and a SOC 2 Type II report.\n')).toEqual(['iso27001', 'soc2']);
    expect(certs('# C\n\nWe vet all suppliers once a year; we are ISO 27001 certified.\n')).toEqual(['iso27001']);
    expect(certs('# C\n\nAcme Systems B.V. has completed a SOC 2 Type II examination covering the Security criteria for the twelve months ending June.\n')).toEqual(['soc2']);
    expect(certs('# C\n\nPodwykonawców sprawdzamy co roku; sami posiadamy certyfikat ISO 27001.\n')).toEqual(['iso27001']);
  });
});
