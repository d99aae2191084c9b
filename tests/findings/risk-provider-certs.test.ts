/**
 * Rule risk-only-provider-certs on hand-built claims (the claims may read the vendor's own
 * certificate as the provider's when the provider is named nearby): the vendor's own certificate
 * stated in first person or under its name, and a list of sub-processors, report nothing; a
 * certificate of the data centres alone does. Round 9, after world-test7/8 look-alikes (read as classes).
 */
import { describe, expect, it } from 'vitest';
import { riskFindings } from '../../src/findings/risks.ts';
import { listsSubprocessors, ownCertificate } from '../../src/findings/risk-frames.ts';
import { claimOn } from './claim-helpers.ts';
import { makeDoc } from './make-doc.ts';

const rulesOf = (text: string, snippet: string, vendor?: string) => {
  const base = makeDoc(text, { format: 'md', lang: 'en' });
  const doc = vendor ? { ...base, vendor: { id: vendor.toLowerCase(), name: vendor } } : base;
  return riskFindings(doc, [claimOn(doc, snippet, 'cert.infrastructure', 'iso27001', { holder: 'hetzner' })]).map((f) => f.rule);
};

describe('only the provider certified', () => {
  it('fires on the data centres certificate alone', () => {
    expect(rulesOf('# Hosting\n\nThe service runs on Hetzner servers; their data centres are certified to ISO/IEC 27001.\n', 'data centres are certified')).toEqual(['risk-only-provider-certs']);
  });

  it('stays quiet on the vendor certificate the claim gave the provider', () => {
    expect(rulesOf('# Governance\n\nOur information security management system is certified to ISO/IEC 27001:2022; the scope covers the whole service.\n', 'management system')).toEqual([]);
    expect(rulesOf('# Certificates\n\nRivetline Software GmbH holds an ISO/IEC 27001 certificate.\n', 'holds an', 'Rivetline')).toEqual([]);
    // The vendor named beside its data centres: the certificate is the provider's.
    expect(rulesOf('# Hosting\n\nRivetline runs in Hetzner data centres, which are certified to ISO/IEC 27001.\n', 'data centres', 'Rivetline')).toEqual(['risk-only-provider-certs']);
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
