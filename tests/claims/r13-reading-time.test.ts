/**
 * Round 13 (claims-data): a help article's reading time ("2 min read", "Reading time: 6 minutes",
 * "Czas czytania: 4 min", "2 min czytania") on a page about closing an account is the page's
 * length, not a deletion bound. Our own pages, EN and PL; look-alikes keep the lengths they state.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const deletion = (text: string) =>
  claimsOf(text)
    .claims.filter((c) => c.attribute.startsWith('deletion.'))
    .map((c) => `${c.attribute}=${String(c.value)}`)
    .sort();

const page = (title: string, meta: string, intro: string, question: string, step: string) => `# ${title}\n\n${meta}\n\n${intro}\n\n## ${question}\n\n1. ${step}\n`;

describe('a reading time on a page about closing an account', () => {
  it('EN', () => {
    expect(deletion(page('How do I cancel and delete my data?', '2 min read', 'You can cancel your subscription and delete all data.', 'Steps', 'Open Settings.'))).toEqual([]);
    expect(deletion(page('How do I cancel and delete my data?', '5 min read', 'Cancel the plan, then delete all data in Settings.', 'Steps', 'Open Settings.'))).toEqual([]);
    expect(deletion(page('Can I end my plan and erase my records?', 'Reading time: 6 minutes', 'You may end your plan and erase every record yourself.', 'Steps', 'Write to support.'))).toEqual([]);
    expect(deletion(page('Cancelling and removing your data', 'Estimated read time: 4 min', 'Owners can cancel the subscription and remove all data.', 'Steps', 'Go to Billing.'))).toEqual([]);
  });

  it('PL', () => {
    expect(deletion(page('Jak usunąć konto?', '2 min czytania', 'Konto usuniesz w dowolnej chwili.', 'Kroki', 'Napisz do nas.'))).toEqual([]);
    expect(deletion(page('Jak zamknąć konto i usunąć dane?', 'Czas lektury: 5 minut', 'Usunięcie konta jest nieodwracalne.', 'Kroki', 'Wyślij nam wiadomość.'))).toEqual([]);
    expect(deletion(page('Usuwanie konta firmy', '*Zaktualizowano: 4.05.2022 · Czas czytania: 4 min*', 'Konto może usunąć tylko właściciel.', 'Jak usunąć konto?', 'Napisz do działu obsługi klienta.'))).toEqual([]);
    expect(deletion(page('Jak usunąć konto?', 'Czas lektury: 5 minut', 'Konto usuniesz w dowolnej chwili.', 'Jak usunąć konto?', 'Wyślij nam wiadomość.'))).toEqual([]);
  });
});

describe('look-alikes: the lengths the page states still count', () => {
  it('EN', () => {
    expect(deletion(page('Closing your account', '3 min read', 'After you close your account, we delete all of its data within 45 days.', 'How do I close my account?', 'Open Settings.'))).toEqual(['deletion.after_termination=P45D']);
  });
  it('PL', () => {
    expect(deletion(page('Zamknięcie konta', 'Czas czytania: 2 min', 'Po zamknięciu konta usuwamy wszystkie dane w ciągu 21 dni.', 'Jak zamknąć konto?', 'Wejdź w Ustawienia.'))).toEqual(['deletion.after_termination=P21D']);
  });
});
