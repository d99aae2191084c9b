/**
 * A certificate said of another named company is that company's: a payment processor in an
 * appositive or a bracket after its name, a sub-processor's possessive, a payment partner as the
 * subject. The vendor's own certificate, and its hosting provider's (cert.infrastructure), stand.
 */
import { describe, it } from 'vitest';
import { claimsOf, expectClaim, expectNoClaim } from './helpers.ts';

const certsOf = (heading: string, sentence: string) => claimsOf(`# ${heading}\n\n${sentence}\n`).claims;

describe("another company's certificate is not the vendor's", () => {
  it.each([
    'Card payments go through Stripe, a PCI DSS Level 1 certified payment provider.',
    'Checkout is run by Mollie B.V., a PCI DSS compliant processor, so card numbers never reach us.',
    'Payments: Braintree (PCI DSS Level 1 certified; card data never touches our servers).',
    'Database: Neon (managed Postgres, SOC 2 Type 2 audited).',
    "Adyen's controls include tokenisation, fraud screening and SOC 1 and SOC 2 reports.",
    'Our payment partner PayU holds a PCI DSS certificate.',
    'Billing is handled through Paddle, which is SOC 2 Type II audited and PCI compliant.',
    'Płatności kartą obsługuje PayU, operator posiadający certyfikat PCI DSS.',
    'Nasz operator płatności posiada certyfikat PCI DSS.',
    'Faktury wysyłamy przez Fakturownię (ISO 27001).',
    "Before you sign, get your software vendor's SOC 2 report and read its exceptions.",
    'Poproś swojego dostawcę o raport SOC 2.',
  ])('%s', (sentence) => {
    const claims = certsOf('Payments and providers', sentence);
    expectNoClaim(claims, 'cert.vendor');
  });
});

describe("the vendor's and its host's certificates stand", () => {
  it('a capitalised common noun after "our" is the vendor’s', () => {
    expectClaim(certsOf('Compliance', 'Our Platform, certified to ISO 27001 since 2021, runs in two regions.'), { attribute: 'cert.vendor', value: 'iso27001' });
  });
  it('a bracket after "the" names no company', () => {
    expectClaim(certsOf('Compliance', 'The Service (ISO 27001 certified) is audited every year.'), { attribute: 'cert.vendor', value: 'iso27001' });
  });
  it('the vendor opening its own sentence', () => {
    expectClaim(certsOf('Compliance', 'Acme, an ISO 27001 certified company, runs the service.'), { attribute: 'cert.vendor', value: 'iso27001' });
  });
  it('a bracket after the standard itself', () => {
    expectClaim(certsOf('Compliance', 'Our team holds ISO 27001 (certificate no. 1234).'), { attribute: 'cert.vendor', value: 'iso27001' });
  });
  it('the hosting provider in an appositive is infrastructure', () => {
    expectClaim(certsOf('Hosting', 'Data is hosted by Hetzner, an ISO 27001 certified provider.'), { attribute: 'cert.infrastructure', value: 'iso27001', qualifiers: { holder: 'hetzner' } });
  });
  it("a provider's possessive of two words is the provider's", () => {
    expectClaim(certsOf('Hosting', "Google Cloud's own SOC 2 and ISO 27001 reports cover the data centres we use."), { attribute: 'cert.infrastructure', value: 'soc2', qualifiers: { holder: 'gcp' } });
  });
  it('a provider of two words in an appositive is infrastructure', () => {
    expectClaim(certsOf('Hosting', 'The service runs on Google Cloud, an ISO 27001 certified platform.'), { attribute: 'cert.infrastructure', value: 'iso27001', qualifiers: { holder: 'gcp' } });
  });
  it('a place before the appositive is no company: the host named earlier holds the certificate', () => {
    expectClaim(certsOf('Hosting', 'Our servers are leased from Hetzner in Falkenstein, Germany, which is certified to ISO/IEC 27001.'), { attribute: 'cert.infrastructure', value: 'iso27001', qualifiers: { holder: 'hetzner' } });
  });
  it('PL: własny certyfikat dostawcy', () => {
    expectClaim(certsOf('Zgodność', 'Posiadamy certyfikat ISO 27001, potwierdzany corocznym audytem.'), { attribute: 'cert.vendor', value: 'iso27001' });
  });
});
