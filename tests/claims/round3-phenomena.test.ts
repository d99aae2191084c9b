/**
 * Phenomena of the round-2 causes that need a whole document (tables, questions with answers);
 * written for these tests in our own words. Single-sentence cases are rule examples in
 * rules/claims/patterns.json.
 */
import { describe, it } from 'vitest';
import { claimsOf, expectClaim, expectNoClaim } from './helpers.ts';

describe('questionnaire answers that are neither yes nor no', () => {
  it('"In progress" and "Partially" state nothing the question asks; Yes and No still do (EN)', () => {
    const { claims } = claimsOf(
      [
        '| # | Question | Answer | Comment |',
        '|---|---|---|---|',
        '| 1 | Do you run a web application firewall (WAF)? | In progress | |',
        '| 2 | Is the service monitored 24/7? | Partially | Business hours only. |',
        '| 3 | Do you use antivirus on servers? | Yes | |',
        '| 4 | Is data encrypted at rest? | No | |',
      ].join('\n'),
    );
    expectNoClaim(claims, 'network.firewall');
    expectNoClaim(claims, 'monitoring.continuous');
    expectClaim(claims, { attribute: 'endpoint.antivirus', value: true });
    expectClaim(claims, { attribute: 'encryption.at_rest', value: false });
  });
  it('"W trakcie wdrożenia" and "Częściowo" state nothing the question asks (PL)', () => {
    const { claims } = claimsOf(
      [
        '| Lp. | Pytanie | Odpowiedź | Komentarz |',
        '|---|---|---|---|',
        '| 1 | Czy stosujecie zaporę sieciową aplikacji (WAF)? | W trakcie wdrożenia | |',
        '| 2 | Czy usługa jest monitorowana całodobowo (24/7)? | Częściowo | |',
        '| 3 | Czy serwery mają oprogramowanie antywirusowe? | Tak | |',
      ].join('\n'),
    );
    expectNoClaim(claims, 'network.firewall');
    expectNoClaim(claims, 'monitoring.continuous');
    expectClaim(claims, { attribute: 'endpoint.antivirus', value: true });
  });
});

describe('label/value lines under a section heading', () => {
  const cases = {
    en: ['# Trust centre', '', 'This page explains how we protect the data of our customers.', '', '## Infrastructure', '', 'Hosting provider', '', 'Microsoft Azure', '', 'Backup location', '', 'Amsterdam, Netherlands', '', 'Uptime target', '', '99.95% each month'],
    pl: ['# Centrum zaufania', '', 'Ta strona wyjaśnia, jak chronimy dane naszych klientów.', '', '## Infrastruktura', '', 'Dostawca chmury', '', 'Microsoft Azure', '', 'Lokalizacja kopii zapasowych', '', 'Amsterdam, Holandia', '', 'Gwarantowana dostępność', '', '99,95% w miesiącu'],
  };
  for (const [lang, lines] of Object.entries(cases)) {
    it(`an even run of short lines pairs among itself, not with the heading (${lang})`, () => {
      const { claims } = claimsOf(lines.join('\n'));
      expectClaim(claims, { attribute: 'hosting.provider', value: 'azure' });
      expectClaim(claims, { attribute: 'hosting.location', value: 'NL', qualifiers: { region: 'azure:westeurope', role: 'backup' } });
      expectClaim(claims, { attribute: 'availability.sla', value: 99.95 });
    });
  }
});
