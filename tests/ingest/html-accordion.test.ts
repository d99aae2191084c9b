/**
 * FAQ pages open each answer with a `<button>` (an accordion): its question is document text, which
 * the answer under it needs ("Nie.", "30 days."); a cookie or menu button stays page chrome.
 */
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../ingest/readers/html.ts';

const texts = (html: string) => readHtml(html).blocks.map((b) => b.text);

describe('accordion titles in buttons', () => {
  it('keeps a disclosure button\'s question (aria-expanded / aria-controls / data-bs-toggle) before its answer', () => {
    const html =
      '<body><h1>FAQ</h1>' +
      '<button aria-expanded="false" aria-controls="q1">Do you offer two-factor sign-in?</button><div id="q1"><p>No.</p></div>' +
      '<button data-bs-toggle="collapse" data-bs-target="#q2">Jak długo przechowujecie kopie?</button><div id="q2"><p>30 dni.</p></div>' +
      '<button aria-controls="q3">How backups are encrypted</button><div id="q3"><p>With AES-256.</p></div></body>';
    expect(texts(html)).toEqual(['FAQ', 'Do you offer two-factor sign-in?', 'No.', 'Jak długo przechowujecie kopie?', '30 dni.', 'How backups are encrypted', 'With AES-256.']);
  });
  it('drops other buttons: cookie consent, a menu toggle, a submit', () => {
    const html =
      '<body><button class="cookies">Accept all cookies</button><button aria-expanded="false" aria-controls="nav">Menu</button>' +
      '<p>Data is hosted in Frankfurt.</p><form><button type="submit">Send message now</button></form></body>';
    expect(texts(html)).toEqual(['Data is hosted in Frankfurt.']);
  });
});
