/**
 * Round 18 (prose): privacy policies list the categories of data they collect as labelled bullets
 * ("Payment Processors: ...", "Partner APIs: ...", "Service data: files you upload, such as
 * exports and activity logs"). A category names no company, and logs a customer uploads are its
 * content, not the vendor's logging. Our own wording, EN and PL.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const all = (text: string) => claimsOf(text).claims.map((c) => `${c.attribute}=${c.value}`);

describe('data categories of a privacy policy', () => {
  it('EN: sources and categories, uploaded logs', () => {
    expect(all('# Data we receive from others\n\n- Payment Processors: the last four digits of a card, sent to us by third-party payment providers.\n- Calendar Integration: events we read from your calendar via API calls.\n')).toEqual([]);
    expect(all('# Data we collect\n\n- Customer content: files you upload for archiving, such as mailbox exports and user activity logs.\n')).toEqual([]);
  });
  it('PL: przesłane logi klienta', () => {
    expect(all('# Dane, które zbieramy\n\n- Dane usługi: pliki przesyłane przez klienta do archiwizacji, w tym eksporty skrzynek oraz dzienniki audytu i historia logowań użytkowników.\n')).toEqual([]);
  });
});

describe('look-alikes: named parties and the vendor\'s logging stay', () => {
  it('EN and PL', () => {
    expect(all('# Sub-processors\n\nWe use Stripe as our payment processor.\n')).toContain('subprocessor=stripe');
    expect(all('# Logging\n\nAll sign-ins and permission changes are logged.\n')).toContain('logging.security_events=true');
    expect(all('# Logi\n\nWszystkie logowania i zmiany uprawnień są rejestrowane w dzienniku audytu.\n')).toContain('logging.security_events=true');
  });
});
