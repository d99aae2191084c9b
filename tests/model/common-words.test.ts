/**
 * A common word of the language is not taken for the vendor because it is capitalised where any
 * word is (a title, a line's first word, a list label); a name that is also a word still is the
 * vendor where the text names it as a company or keeps capitalising it inside sentences.
 * Documents written for these tests, with invented names.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUTPUT, commonWordsFile } from '../../scripts/common-words.mjs';
import { isCommonWord } from '../../src/model/common-words.ts';
import { documentFromText } from '../../src/model/from-text.ts';

const vendorOf = (text: string, source = 'page.md') => documentFromText(text, { format: 'md', source }).vendor.id;

describe('common words are words before they are vendors', () => {
  it('keeps the word lists as the packages give them', () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(commonWordsFile());
    expect(isCommonWord('Priority')).toBe(true);
    expect(isCommonWord('aktywny')).toBe(true);
    expect(isCommonWord('Quenby')).toBe(false);
  });

  it('takes no vendor from a category title, a polite first word or a list of labels', () => {
    expect(vendorOf('Category FAQ\n\nHow often are backups made?\n\nBackups run every night and are kept for 14 days.\n', 'backups-faq.txt')).toBe('backups-faq');
    expect(vendorOf('# How do I turn on single sign-on?\n\nPlease open the admin settings first. Please choose SAML and upload the metadata.\n', 'sso-help.md')).toBe('sso-help');
    const sla = '# Support response times\n\n- Urgent Priority: 1 hour\n- High Priority: 4 hours\n- Low Priority: 2 days\n';
    expect(vendorOf(sla, 'support-times.md')).toBe('support-times');
  });

  it('takes no vendor from a month or a time zone of a status page', () => {
    const incident = '# Incident report\n\nResolved. Feb 12, 14:02 UTC. Feb 12, 13:40 UTC: we are looking into slow logins. Feb 12, 13:10 UTC: first reports of errors.\n';
    expect(vendorOf(incident, 'incident-feb.md')).toBe('incident-feb');
  });

  it('still takes a vendor whose name is a common word, named as a company or written inside sentences', () => {
    expect(vendorOf('# Security overview\n\nHarbor keeps all data in Frankfurt. Staff of Harbor use hardware keys. Backups of Harbor run nightly, and customers of Harbor may export data.\n', 'overview.md')).toBe('harbor');
    expect(vendorOf('# Security overview\n\nAll data is encrypted at rest.\n\n© 2026 Lantern Ltd. All rights reserved.\n', 'overview.md')).toBe('lantern');
  });

  it('reads "Azure Key Vault" as the provider\'s service, not a name of the vendor', () => {
    const text = '# Szyfrowanie danych\n\nKlucze są przechowywane w usłudze Azure Key Vault. Dostęp do Azure Key Vault mają tylko administratorzy. Azure Key Vault rotuje klucze co rok.\n';
    expect(vendorOf(text, 'szyfrowanie.md')).toBe('szyfrowanie');
  });
});
