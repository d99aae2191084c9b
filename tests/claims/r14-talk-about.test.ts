/**
 * Round 14 (claims-access), from a fresh wild set of real pages: text that talks about recovery
 * targets, uptime figures, breach deadlines and standards in general states nothing of the
 * vendor. Typical figures ("the RTO is typically ..."), figures a few words after an example cue
 * or inside quoted sample wording, a formula's "* 100%", a term's meaning asked as an FAQ
 * question, notices to an authority only, the law restated, standards defined. Our own wording,
 * EN and PL, with look-alikes where the vendor states its own.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const values = (text: string, attribute: string) =>
  claimsOf(text)
    .claims.filter((c) => c.attribute === attribute)
    .map((c) => c.value);

describe('typical figures of an industry, not the vendor', () => {
  it('EN and PL: "typically", "common figures", "zwykle", "najczęściej"', () => {
    expect(values('# Tiers\n\nFor a back-office reporting tool the RTO is typically eight hours.\n', 'availability.rto')).toEqual([]);
    expect(values('# Tiers\n\nCommon figures for a payroll system include an RPO of 5 minutes.\n', 'availability.rpo')).toEqual([]);
    expect(values('# Tiers\n\nA typical RTO for a ticketing desk is 12 hours.\n', 'availability.rto')).toEqual([]);
    expect(values('# Hosting\n\nShared hosting usually promises an uptime of 99.5%.\n', 'availability.sla')).toEqual([]);
    expect(values('# Poziomy\n\nDla systemów magazynowych RTO wynosi zwykle 6 godzin.\n', 'availability.rto')).toEqual([]);
    expect(values('# Poziomy\n\nHostingi współdzielone najczęściej deklarują dostępność 99,5%.\n', 'availability.sla')).toEqual([]);
    expect(values('# Poziomy\n\nWarto wiedzieć, co w praktyce oznacza 99,95 procent dostępności.\n', 'availability.sla')).toEqual([]);
  });
  it('look-alikes: the vendor\'s own figure, hedged or not (EN, PL)', () => {
    expect(values('# DR\n\nOur RTO is typically 3 hours.\n', 'availability.rto')).toEqual(['PT3H']);
    expect(values('# DR\n\nWe usually meet an RTO of 2 hours.\n', 'availability.rto')).toEqual(['PT2H']);
    expect(values('# DR\n\nNasze RTO wynosi zwykle 5 godzin.\n', 'availability.rto')).toEqual(['PT5H']);
    expect(values('# SLA\n\nGwarantujemy dostępność 99,8% w skali miesiąca.\n', 'availability.sla')).toEqual([99.8]);
  });
});

describe('figures that illustrate: example cues a few words before, quoted sample wording, formulas', () => {
  it('EN and PL', () => {
    expect(values('# Contracts\n\nA good SLA names measurable targets, e.g. an uptime of 99.9% per month.\n', 'availability.sla')).toEqual([]);
    expect(values('# Umowy\n\nStrony ustalają konkretne parametry, np. miesięczną dostępność 99,9% i czas reakcji.\n', 'availability.sla')).toEqual([]);
    expect(values('# Contracts\n\nHere is sample wording: “the platform will be available 99.7% of each month”.\n', 'availability.sla')).toEqual([]);
    expect(values('# Umowy\n\nOto przykładowe sformułowanie: „system będzie dostępny przez 99,7% czasu w miesiącu”.\n', 'availability.sla')).toEqual([]);
    expect(values('# SLA\n\nMonthly availability is computed as (total minutes - downtime minutes) / total minutes * 100%.\n', 'availability.sla')).toEqual([]);
  });
  it('look-alikes: the promise itself, a quoted commitment without a sample cue, 100% promised', () => {
    expect(values('# SLA\n\nWe commit to an uptime of 99.9% per month, for example during month-end closing too.\n', 'availability.sla')).toEqual([99.9]);
    expect(values('# SLA\n\nOur contract says: “the platform will be available 99.7% of each month”.\n', 'availability.sla')).toEqual([99.7]);
    expect(values('# SLA\n\nWe guarantee 100% network uptime. Planned work is announced a week ahead.\n', 'availability.sla')).toEqual([100]);
  });
});

describe('an FAQ question asking what a term means lends its words to no answer', () => {
  it('EN and PL', () => {
    const en = '# FAQ\n\n## What do RTO and RPO mean?\n\nThe standby service delivers an RPO for each workstation, with data at most 6 hours old.\n';
    expect(values(en, 'availability.rto')).toEqual([]);
    expect(values(en, 'availability.rpo')).toEqual(['PT6H']);
    const pl = '# FAQ\n\n## Co oznaczają RTO i RPO?\n\nUsługa zapasowa zapewnia RPO dla każdego stanowiska, z danymi sprzed najwyżej 6 godzin.\n';
    expect(values(pl, 'availability.rto')).toEqual([]);
    expect(values(pl, 'availability.rpo')).toEqual(['PT6H']);
  });
  it('look-alike: a question about the vendor\'s own targets is answered', () => {
    expect(values('# FAQ\n\n## What is your recovery time objective?\n\nFour hours.\n', 'availability.rto')).toEqual(['PT4H']);
  });
});

describe('breach notices: an authority alone, the law restated', () => {
  it('a notification row for a competent authority alone gives nothing; with the customer it counts', () => {
    expect(values('# Commitments\n\nMajor payment incident notification: 6h, to the national competent authority\n', 'incident.notification')).toEqual([]);
    expect(values('# Commitments\n\nBreach notification: 48h, to the competent authority and the customer\n', 'incident.notification')).toEqual(['PT48H']);
  });
  it('EN and PL: the law restated, or what the controller should agree, is no notice', () => {
    expect(values('# Q&A\n\nA processor has to tell the controller about a breach without undue delay — Article 33(2) GDPR.\n', 'incident.notification')).toEqual([]);
    expect(values('# Q&A\n\nSo the controller should specify in the contract how fast the processor must report a breach.\n', 'incident.notification')).toEqual([]);
    expect(values('# Pytania\n\nAdministrator powinien określić w umowie, jak szybko procesor zgłasza naruszenie.\n', 'incident.notification')).toEqual([]);
  });
  it('look-alike: a DPA clause citing the article in brackets', () => {
    expect(values('# DPA\n\nThe Processor shall notify the Controller within 30 hours of becoming aware of a breach (Article 33(2) GDPR).\n', 'incident.notification')).toEqual(['PT30H']);
  });
});

describe('standards defined or compared, and a cloud platform\'s certificates', () => {
  const certs = (text: string) => claimsOf(text).claims.filter((c) => c.attribute.startsWith('cert.')).map((c) => [c.attribute, c.value]);
  it('EN and PL: "certifies that", "unlike", a page that lists certificates', () => {
    expect(certs('# Guide\n\nISO 27001 certifies that the operator runs a managed ISMS.\n')).toEqual([]);
    expect(certs('# Guide\n\nUnlike SOC 2, the outcome is a certificate with a scope statement.\n')).toEqual([]);
    expect(certs('# Guide\n\nA good trust page lists current certifications (ISO 27001, ISO 27018) with their dates.\n')).toEqual([]);
    expect(certs('# Poradnik\n\nW przeciwieństwie do SOC 2 wynikiem jest certyfikat z zakresem.\n')).toEqual([]);
    expect(certs('# Poradnik\n\nISO 27001 certyfikuje, że organizacja prowadzi system zarządzania.\n')).toEqual([]);
  });
  it('a cloud platform is the infrastructure; a denied own data centre names no holder', () => {
    expect(certs('# Hosting\n\nThe service runs on a third-party cloud platform accredited with FedRAMP.\n')).toEqual([['cert.infrastructure', 'fedramp']]);
    const denied = claimsOf('# Hosting\n\nWe run no own data centres; the Azure facilities we use are audited against ISO 27017.\n').claims.filter((c) => c.attribute === 'cert.infrastructure');
    expect(denied.map((c) => c.qualifiers)).toEqual([{ holder: 'azure' }]);
  });
  it('look-alikes: the vendor\'s own certificate (EN, PL)', () => {
    expect(certs('# Compliance\n\nUnlike many peers, we are certified to ISO 27001.\n')).toEqual([['cert.vendor', 'iso27001']]);
    expect(certs('# Zgodność\n\nPosiadamy certyfikat ISO 27001.\n')).toEqual([['cert.vendor', 'iso27001']]);
  });
});
