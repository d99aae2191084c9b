/**
 * The vendor is the company whose document it is: never a title word, a questionnaire's domain
 * code, a provider the vendor uses or a place in its address. Documents written for these tests,
 * with invented names.
 */
import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../src/model/from-text.ts';

const vendorOf = (text: string, source = 'page.md') => documentFromText(text, { format: 'md', source }).vendor.id;

describe('the vendor is the maker, not a word or a provider', () => {
  it('takes no vendor from the words of a service-level title', () => {
    expect(vendorOf('# Service Level Agreement\n\nWe commit to 99.9% monthly Uptime. Downtime excludes planned maintenance. Credits are applied to the next invoice.\n', 'sla-page.md')).toBe('sla-page');
  });

  it('takes the name that a title puts apart from its topic, before or after it', () => {
    expect(vendorOf('# Service Level Agreement – Pellmoor Works\n\nWe commit to 99.9% monthly Uptime.\n')).toBe('pellmoor');
    expect(vendorOf('# Quenby Tools - Security Fact Sheet\n\nAll data is encrypted at rest. Backups run nightly.\n')).toBe('quenby');
  });

  it('takes the vendor from a copyright line over a payment processor named with its legal form', () => {
    const text = '# Paying for your plan\n\nCard payments are processed by Tallowpay, Inc. and Tallowpay keeps the card data. Tallowpay is certified to PCI DSS.\n\n© 2026 Brindlecote Ltd. All rights reserved.\n';
    expect(vendorOf(text)).toBe('brindlecote');
  });

  it('takes the company that calls itself "we" over its hosting provider', () => {
    const text = '# Where your data lives\n\nOrrisdale Systems ("we", "us") runs the service. Production is hosted on Cirrowave in Frankfurt; Cirrowave Cloud GmbH holds ISO 27001. Cirrowave replicates volumes across zones.\n';
    expect(vendorOf(text)).toBe('orrisdale');
  });

  it('reads a Polish terms page: the service provider named with its written-out legal form, not the city of its seat', () => {
    const text = '# Regulamin\n\n1. Usługodawca – Wiklinex spółka z ograniczoną odpowiedzialnością z siedzibą w Krośnie, ul. Polna 3, 38-400 Krosno.\n2. Usługodawca świadczy usługę w Krośnie i w Rzeszowie.\n';
    expect(vendorOf(text)).toBe('wiklinex');
  });

  it('takes no vendor from a questionnaire domain code or a roman numeral', () => {
    expect(vendorOf('| ID | Question | Answer |\n|---|---|---|\n| AIS-01 | Is code reviewed? | Yes |\n| AIS-02 | Is there a SAST tool? | Yes |\n| AIS-03 | Are releases signed? | Yes |\n', 'answers.md')).toBe('answers');
    expect(vendorOf('# Annex II and Annex III\n\nAnnex II lists the measures of Harrowfield. Harrowfield encrypts backups. Annex III lists whom Harrowfield engages.\n')).toBe('harrowfield');
  });

  it('counts a declined Polish name as one name, spelt in its base form', () => {
    const text = '# Co nowego w Kołowrotni 5\n\nKołowrotnia 5 szyfruje kopie. W Kołowrotni 5 logowanie wymaga drugiego składnika. Kołowrotnia przechowuje dane w Polsce.\n';
    expect(vendorOf(text)).toBe('kolowrotnia');
    // A text that only declines it: the base form is the one its address spells.
    expect(vendorOf('# Jak usunąć konto w Szpulowni?\n\nW Szpulowni konto usuwa właściciel. Szpulowni nie trzeba o tym informować. Pytania: pomoc@szpulownia.example\n')).toBe('szpulownia');
  });
});
