/**
 * Rule risk-only-provider-certs on hand-built claims (the claims may read the vendor's own
 * certificate as the provider's when the provider is named nearby): the vendor's own certificate
 * stated in first person or under its name, and a list of sub-processors, report nothing. Round 18
 * (provider-certs.ts): it fires only where the document raises the vendor's own certification (a
 * heading, question or row label about certification; or the vendor saying it holds none yet); a
 * data centre's certificate told in a hosting, location or physical-security description, as real
 * pages, TOM annexes and questionnaires tell it, reports nothing.
 */
import { describe, expect, it } from 'vitest';
import { riskFindings } from '../../src/findings/risks.ts';
import { listsSubprocessors, ownCertificate } from '../../src/findings/risk-frames.ts';
import { ownCertificationPending } from '../../src/findings/provider-certs.ts';
import { documentFromText } from '../../src/model/from-text.ts';
import { claimOn } from './claim-helpers.ts';
import { makeDoc } from './make-doc.ts';

const rulesOf = (text: string, snippet: string, vendor?: string) => {
  const base = makeDoc(text, { format: 'md', lang: 'en' });
  const doc = vendor ? { ...base, vendor: { id: vendor.toLowerCase(), name: vendor } } : base;
  return riskFindings(doc, [claimOn(doc, snippet, 'cert.infrastructure', 'iso27001', { holder: 'hetzner' })]).map((f) => f.rule);
};
const pending = (text: string) => ownCertificationPending(documentFromText(text));

describe('only the provider certified', () => {
  it('fires where the provider certificate answers a question about certification', () => {
    expect(rulesOf('# Certifications\n\nThe service runs on Hetzner servers; their data centres are certified to ISO/IEC 27001.\n', 'data centres are certified')).toEqual(['risk-only-provider-certs']);
    expect(rulesOf('# FAQ\n\n## Do you hold ISO 27001 or SOC 2?\n\nThe Hetzner data centres we rent are certified to ISO/IEC 27001.\n', 'data centres we rent')).toEqual(['risk-only-provider-certs']);
    expect(rulesOf('# Questions\n\nIs the supplier certified?\n\nOur servers sit in Hetzner data centres holding ISO/IEC 27001.\n', 'Our servers')).toEqual(['risk-only-provider-certs']);
    expect(rulesOf('# Pytania\n\n| Pytanie | Odpowiedź |\n|---|---|\n| Jakie certyfikaty posiadacie? | Centra danych Hetzner mają ISO/IEC 27001. |\n', 'Centra danych')).toEqual(['risk-only-provider-certs']);
  });

  it('fires where the vendor says it holds no certificate yet', () => {
    expect(rulesOf('# Hosting\n\nRivetline runs in Hetzner data centres, which are certified to ISO/IEC 27001. Rivetline itself is not certified yet.\n', 'data centres', 'Rivetline')).toEqual(['risk-only-provider-certs']);
    expect(rulesOf('# Hosting\n\nWe rent servers from Hetzner; its data centres hold ISO/IEC 27001.\n\n# Roadmap\n\nWe are working towards an ISO 27001 certificate next year.\n', 'its data centres')).toEqual(['risk-only-provider-certs']);
    expect(pending('Nie posiadamy jeszcze własnego certyfikatu ISO/IEC 27001.')).toBe(true);
    expect(pending('Audyt certyfikujący planujemy na przyszły rok.')).toBe(true);
  });

  it('stays quiet on a data centre certificate told as a fact about hosting or physical security', () => {
    expect(rulesOf('# Hosting\n\nThe service runs on Hetzner servers; their data centres are certified to ISO/IEC 27001.\n', 'data centres are certified')).toEqual([]);
    expect(rulesOf('# Measures\n\n- Physical security: Hetzner data centres (ISO 27001), badge access, video surveillance.\n', 'Physical security')).toEqual([]);
    expect(rulesOf('# Questions\n\nData centre compliance: every data centre we use holds ISO 27001.\n', 'every data centre')).toEqual([]);
    expect(rulesOf('# Gdzie są dane\n\nSerwery stoją w centrum danych Hetzner w Falkenstein, które posiada certyfikat ISO/IEC 27001 (stan na 2025 r.).\n', 'Serwery')).toEqual([]);
    // A denial about the facility, not about the vendor.
    expect(pending('Data is never stored outside ISO 27001 certified data centres.')).toBe(false);
  });

  it('stays quiet on the vendor certificate the claim gave the provider', () => {
    expect(rulesOf('# Governance\n\nOur information security management system is certified to ISO/IEC 27001:2022; the scope covers the whole service.\n', 'management system')).toEqual([]);
    expect(rulesOf('# Certificates\n\nRivetline Software GmbH holds an ISO/IEC 27001 certificate.\n', 'holds an', 'Rivetline')).toEqual([]);
  });

  it('stays quiet on a sentence telling the two certificates apart', () => {
    expect(rulesOf('# Checklist\n\nA data centre ISO/IEC 27001 certificate is not the same as the software vendor certificate.\n', 'data centre')).toEqual([]);
  });

  it('stays quiet in a list of sub-processors', () => {
    const doc = makeDoc('# Sub-processors\n\nHetzner hosts the service; its data centres are certified to ISO/IEC 27001.\n', { format: 'md', lang: 'en' });
    expect(riskFindings({ ...doc, title: 'Sub-processors' }, [claimOn(doc, 'data centres', 'cert.infrastructure', 'iso27001')])).toEqual([]);
    expect(listsSubprocessors('Lista podmiotów przetwarzających')).toBe(true);
    expect(listsSubprocessors('Security White Paper')).toBe(false);
    expect(ownCertificate('Posiadamy certyfikat ISO/IEC 27001.')).toBe(true);
    // A denied own certificate, and a company name holding a word of the data-centre list.
    expect(ownCertificate('Hetzner posiada certyfikat dla swoich centrów danych, natomiast my sami nie jesteśmy certyfikowani.')).toBe(false);
    expect(ownCertificate('Rivetline Facilities Ltd holds an ISO/IEC 27001 certificate.', 'Rivetline')).toBe(true);
  });
});
