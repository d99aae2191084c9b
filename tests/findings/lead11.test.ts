/** Round 11 (lead): classes read on real pages, written in our own words. Each case fails without its fix. */
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/findings/engine.ts';
import { makeDoc } from './make-doc.ts';

const found = (text: string, lang: string) =>
  checkDocument(makeDoc(text, { format: 'txt', lang })).map((f) => `${f.kind}:${f.excerpt}`);

describe('a leaked forum tag is markup residue, not also a placeholder and a stray bracket', () => {
  const cases = [
    { lang: 'en', text: 'Hosting\n\nAll data stays in Frankfurt. [url=https://dc.example.com]Read about the site[/url].\n', tag: '[url=https://dc.example.com]Read about the site[/url]' },
    { lang: 'pl', text: 'Hosting\n\nDane są w Poznaniu. [link=https://dc.example.pl]Opis serwerowni[/link] na naszej stronie.\n', tag: '[link=https://dc.example.pl]Opis serwerowni[/link]' },
  ];
  for (const { lang, text, tag } of cases) {
    it(lang, () => {
      expect(found(text, lang)).toEqual([`markup-residue:${tag}`]);
    });
  }
  it('a template slot inside the tags is still a placeholder', () => {
    const got = found('Contact\n\nWrite to [b][Insert support address][/b] for help.\n', 'en');
    expect(got).toContain('placeholder:[Insert support address]');
    expect(got).toContain('markup-residue:[b][Insert support address][/b]');
  });
});
