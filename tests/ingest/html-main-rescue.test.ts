/**
 * What Readability's main-content choice used to leave out of a saved vendor page, though a
 * reader of the page takes it as the vendor's text: a card of a grid dropped for its links, the
 * tab panels a page hides until clicked, an accordion's questions (buttons), the text of a page
 * builder's widget, a footer's own sentence. Page chrome beside them stays out. Pages written here
 * in the shapes real ones use, EN and PL.
 */
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../ingest/readers/html.ts';
import { MAIN_CONTENT } from '../../ingest/readers/main-content.ts';

const read = (html: string) => readHtml(html, { mainContent: MAIN_CONTENT }).blocks;
const texts = (html: string) => read(html).map((b) => b.text);

const NAV = '<header><nav><a href="/">Home</a><a href="/pricing">Pricing</a><a href="/blog">Blog</a><a href="/login">Log in</a></nav><a class="btn" href="/demo">Get a demo</a></header>';
const FOOT = '<footer class="site-footer"><ul><li><a href="/about">About us</a></li><li><a href="/jobs">Careers</a></li></ul><p>© 2026 Example Ltd. All rights reserved.</p></footer>';
const page = (main: string, footer = FOOT) => `<!DOCTYPE html><html><head><title>Security</title></head><body>${NAV}<main>${main}</main>${footer}</body></html>`;
const card = (title: string, body: string) => `<div class="tile tile--feature"><h3>${title}</h3><p>${body}</p></div>`;

describe('a grid of cards', () => {
  const grid = (cards: string) => page(`<h1>How we protect your data</h1><p>Every control below applies to all customers of the cloud edition, whatever their plan.</p><section class="tiles">${cards}</section>`);
  it('keeps a card whose text links to guides beside its kept neighbours (EN)', () => {
    const html = grid(
      card('Data location', 'Production databases run in the Stockholm region and never leave the European Union.') +
        card('Encryption', 'Stored files and databases are encrypted with AES-256; connections use TLS 1.3.') +
        card('Sign-in', 'Single sign-on with <a href="/sso/a">Okta</a>, <a href="/sso/b">Entra ID</a> or <a href="/sso/c">OneLogin</a> comes with every paid plan. <a href="/sso">See how to set it up</a>.') +
        card('Backups', 'Snapshots are taken every two hours and kept for four weeks in a second zone.'),
    );
    expect(texts(html)).toContain('Single sign-on with Okta, Entra ID or OneLogin comes with every paid plan. See how to set it up.');
  });
  it('keeps a Polish card with a link to the help centre', () => {
    const html = grid(
      card('Serwery', 'Dane klientów przechowujemy w dwóch serwerowniach w Krakowie i w Gdańsku.') +
        card('Kopie', 'Kopię całej bazy wykonujemy co sześć godzin i trzymamy ją przez dwa tygodnie.') +
        card('Weryfikacja dwuetapowa', 'Każdy pracownik może włączyć drugi składnik logowania. <a href="/pomoc/2fa">Zobacz, jak to zrobić</a> w <a href="/pomoc">bazie wiedzy</a>.'),
    );
    expect(texts(html).join('\n')).toContain('Każdy pracownik może włączyć drugi składnik logowania.');
  });
  it('leaves out a card of links only, and a list of related posts of another kind', () => {
    const html = grid(
      card('Data location', 'Production databases run in the Stockholm region and never leave the European Union.') +
        card('Encryption', 'Stored files and databases are encrypted with AES-256; connections use TLS 1.3.') +
        '<div class="tile tile--feature"><h3>Resources</h3><p><a href="/a">Whitepaper</a> · <a href="/b">Status page</a> · <a href="/c">Changelog</a> · <a href="/d">API reference</a></p></div>',
    ) + '';
    const withRelated = html.replace('</main>', '</main><div class="related"><h3>Read next</h3><p>Our team wrote more on these topics for plant managers and engineers. <a href="/x">Five signs your maintenance backlog is growing</a></p></div>');
    const all = texts(withRelated).join('\n');
    expect(all).toContain('encrypted with AES-256');
    expect(all).not.toContain('Changelog');
    expect(all).not.toContain('maintenance backlog');
  });
});

describe('tab panels', () => {
  const tabs = (hidden: string) =>
    page(
      '<h1>Recovery targets</h1><p>What we restore and how fast depends on the plan you subscribe to; pick a plan to see its figures.</p>' +
        '<div role="tablist"><button role="tab" id="t-a" aria-controls="p-a" aria-selected="true">Team</button><button role="tab" id="t-b" aria-controls="p-b">Business</button><button role="tab" id="t-c" aria-controls="p-c">Corporate</button></div>' +
        '<div role="tabpanel" id="p-a" aria-labelledby="t-a"><p>We restore the service within one working day and lose at most a day of changes.</p></div>' +
        `<div role="tabpanel" id="p-b" aria-labelledby="t-b" ${hidden}><p>We restore the service within six hours and lose at most one hour of changes.</p></div>` +
        `<div id="p-c" class="panel" ${hidden}><p>Plan Corporate: a standby copy takes over within thirty minutes of an outage.</p></div>`,
    );
  it('reads every panel, hidden or not, each under its tab label as a heading', () => {
    for (const hidden of ['hidden', 'aria-hidden="true"', 'style="display: none"']) {
      const blocks = read(tabs(hidden)).map((b) => `${b.type}:${b.text}`);
      expect(blocks, hidden).toEqual(
        expect.arrayContaining(['heading:Team', 'paragraph:We restore the service within six hours and lose at most one hour of changes.', 'heading:Business', 'paragraph:Plan Corporate: a standby copy takes over within thirty minutes of an outage.']),
      );
      const at = blocks.indexOf('heading:Business');
      expect(blocks[at + 1]).toMatch(/^paragraph:We restore the service within six hours/);
    }
  });
  it('still leaves out a hidden element no control opens (a cookie settings dialog)', () => {
    const html = tabs('').replace('</main>', '</main><div class="consent-settings" hidden><p>Choose which cookies we may store on your device for statistics and advertising.</p><button>Save</button></div>');
    expect(texts(html).join('\n')).not.toContain('cookies we may store');
  });
});

describe('accordion questions and page-builder text', () => {
  it('keeps the question of each accordion item (Readability drops buttons)', () => {
    const item = (q: string, a: string, i: number) =>
      `<div class="faq-item"><h3 class="faq-q"><button type="button" aria-expanded="false" aria-controls="a${i}">${q}</button></h3><div id="a${i}" class="faq-a"><p>${a}</p></div></div>`;
    const html = page(
      '<h1>Najczęstsze pytania</h1><p>Odpowiedzi na pytania, które zadają nam działy IT i zakupów przed podpisaniem umowy.</p>' +
        item('Czy dane opuszczają Polskę?', 'Nie. Wszystkie kopie i serwery pozostają w kraju, u jednego operatora.', 1) +
        item('Can we export everything when we leave?', 'Yes, as CSV files and a full database dump, for thirty days after the end of the contract.', 2),
    );
    const t = texts(html);
    expect(t.indexOf('Czy dane opuszczają Polskę?')).toBeGreaterThan(-1);
    expect(t[t.indexOf('Czy dane opuszczają Polskę?') + 1]).toMatch(/^Nie\. Wszystkie kopie/);
    expect(t).toContain('Can we export everything when we leave?');
  });
  const box = (t: string, d: string) => `<div class="col"><div class="box"><div class="box-content"><h3 class="box-title">${t}</h3><p class="box-text">${d}</p></div></div></div>`;
  it('keeps a widget\'s text written straight into its <div>, beside a kept heading', () => {
    const html = page(
      '<div class="builder"><section class="band"><div class="band-inner"><div class="col"><div class="col-wrap">' +
        '<div class="widget widget-heading"><div class="widget-inner"><h2 class="title">Built for regulated plants</h2></div></div>' +
        '<div class="widget widget-text"><div class="widget-inner">The application is hosted by a Dutch provider in Amsterdam.<span> </span>Weekly restore drills check that every backup can be read back.</div></div>' +
        `</div></div></div></section><section class="band"><div class="band-inner">${box('Roles', 'Each role sees only the sites and assets it is responsible for, and nothing else.')}${box('History', 'Every edit to an order is stored with its author and time, and kept for two years.')}</div></section></div>`,
    );
    expect(texts(html)).toContain('The application is hosted by a Dutch provider in Amsterdam. Weekly restore drills check that every backup can be read back.');
  });
  it('parts kept text around a dropped block instead of running it together', () => {
    const html = page(
      '<div class="wrap"><article class="article"><header class="article-header"><h1 class="article-title">Where is my data?</h1></header><section class="article-info"><div class="article-content"><div class="article-body">' +
        '<p>Your workspace data lives in the region you chose at sign-up, and it stays there for the life of the account.</p><p>Moving a workspace to another region is possible on request and takes one maintenance window, announced a week before.</p></div></div>' +
        '<div class="article-votes"><span class="article-votes-question">Did this answer your question?</span><div class="article-votes-controls"><button class="vote">Yes</button><button class="vote">No</button></div><small class="article-votes-count">8 of 9 found it useful</small></div></section></article></div>',
    );
    expect(texts(html).join('\n')).not.toContain('question?8');
  });
});

describe('a footer\'s own sentences', () => {
  const body = '<h1>Security</h1><p>We run the service on our own servers in two data centres in Warsaw, operated by our staff around the clock.</p><p>Each night the databases are copied to the second site, and a restore from that copy is rehearsed every quarter by the operations team.</p><p>Access to production needs a personal account, a hardware key and a ticket that names the customer who asked for help.</p>';
  it('keeps a footer sentence stating a certificate (EN, PL), not its links, address or copyright', () => {
    const en = texts(page(body, '<footer class="site-footer"><div class="badges"><img src="/b.png" alt="badge"><span>Example Ltd holds an ISO/IEC 27001 certificate for the whole service.</span></div><ul><li><a href="/terms">Terms</a></li></ul><p>12 Mill Road, Leeds LS1 4AB</p><p>© 2026 Example Ltd. All rights reserved.</p></footer>')).join('\n');
    expect(en).toContain('Example Ltd holds an ISO/IEC 27001 certificate for the whole service.');
    for (const chrome of ['Terms', 'Mill Road', 'All rights reserved']) expect(en).not.toContain(chrome);
    const pl = texts(page(body, '<div class="footer-wrap"><p class="cert">Nasz system zarządzania bezpieczeństwem informacji ma certyfikat ISO 27001.</p><p>Copyright © 2026 Przykład sp. z o.o. Wszelkie prawa zastrzeżone.</p></div>')).join('\n');
    expect(pl).toContain('Nasz system zarządzania bezpieczeństwem informacji ma certyfikat ISO 27001.');
    expect(pl).not.toContain('Wszelkie prawa');
  });
  it('leaves out a footer of links and short labels only', () => {
    const t = texts(page(body, '<footer><div><h4>Company</h4><a href="/a">About</a> <a href="/b">Partners</a></div><div class="badge-text">SOC 2</div><p>Follow us on social media</p></footer>')).join('\n');
    for (const chrome of ['Company', 'Partners', 'SOC 2', 'Follow us']) expect(t).not.toContain(chrome);
  });
});
