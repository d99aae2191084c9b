/**
 * Round 18: a page whose every heading is plainly Polish and whose prose is English (a Polish
 * site's page left untranslated under its translated heading) is a Polish page: its English prose
 * is an untranslated segment. Look-alikes: English pages with English headings and a language
 * switcher or a Polish place name, a heading that is only a name, mixed headings. Our own words,
 * invented vendors.
 */
import { describe, expect, it } from 'vitest';
import { itFires, itStaysQuiet, residueFindings, type ResidueCase as Case, type ResidueFires as Fires } from './residue-cases.ts';

const findings = residueFindings('txt');

const untranslated: Fires[] = [
  {
    text: 'Jak chronimy dane, które nam powierzasz\n\nWe keep the files you upload on servers in our own rack, and we remove them when you close your account. Only two engineers can reach those servers, and each of their logins is recorded.\n',
    lang: 'en',
    kind: 'untranslated-segment',
    excerpt: 'We keep the files you upload',
  },
];

const lookAlikes: Case[] = [
  { text: 'How we protect your files\n\nWe keep the files you upload on servers in our own rack, and we remove them when you close your account. Only two engineers can reach those servers.\n', lang: 'en' },
  { text: 'Łódź\n\nOur second office is in the city centre, and the files you upload are kept on servers in our own rack there. Only two engineers can reach those servers.\n', lang: 'en' },
];

// One Polish heading among English ones: the heading is the stray passage (as before), not the prose.
const mixed = 'Jak chronimy dane, które nam powierzasz\n\nWe keep the files you upload on servers in our own rack. Only two engineers can reach those servers.\n\nHow we delete them\n\nWe remove the files when you close your account, and the backups expire within thirty days.\n';

describe('round 18: English prose under Polish headings', () => {
  itFires(untranslated, findings);
  itStaysQuiet(lookAlikes, ['untranslated-segment'], findings);
  it('reads English prose under mixed headings as the page language', () => {
    const got = findings({ text: mixed, lang: 'en' }).filter((f) => f.kind === 'untranslated-segment');
    expect(got.map((f) => f.excerpt)).toEqual(['Jak chronimy dane, które nam powierzasz']);
  });
});
