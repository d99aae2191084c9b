/**
 * Round 9: word boundaries that text extraction broke. Two sentences glued where a line or
 * paragraph break was lost after the full stop ("danych.Kopie", "data.Backups"), and a word
 * hyphenated at a PDF line end whose line break became a space ("szyfro- wane", "encryp- ted").
 * Look-alikes that must stay quiet: domain and file names, namespaces and versions, abbreviations
 * before a capital ("np.", "e.g.", "ul."), real compounds and ranges ("end-to-end", "e-mail",
 * "PL-EN"), suspended hyphens ("pre- and post-processing", "krótko- i długoterminowe") and a
 * dash typed as a hyphen ("backups- they"). Our own sentences, invented vendors.
 */
import { describe } from 'vitest';
import { checkDocument } from '../../src/findings/engine.ts';
import type { Format } from '../../src/model/types.ts';
import { makeDoc } from './make-doc.ts';
import { itFires, itStaysQuiet } from './residue-cases.ts';

interface Case {
  text: string;
  lang: string;
  format?: Format;
}
type Fires = Case & { kind: string; excerpt: string };

const findings = (c: Case) => checkDocument(makeDoc(c.text, { format: c.format ?? 'txt', lang: c.lang }), { now: new Date('2026-11-23T00:00:00Z') });
const KIND = 'joined-words';

const glued: Fires[] = [
  {
    text: 'Serwis przechowuje kopie danych w dwóch regionach. Szyfrujemy wszystkie kopie danych.Kopie są przechowywane przez 30 dni, a potem usuwane.',
    lang: 'pl',
    kind: KIND,
    excerpt: 'danych.Kopie',
  },
  {
    text: 'We back up customer data every night. All copies of customer data.Backups are kept for 35 days in a second region and then deleted.',
    lang: 'en',
    kind: KIND,
    excerpt: 'data.Backups',
  },
  {
    text: 'Access to production needs a second factor and a named account; the audit log records it. Every sign-in is written to the audit log.Logs are kept for a year and reviewed each month.',
    lang: 'en',
    kind: KIND,
    excerpt: 'log.Logs',
  },
];

/** Dots inside names, numbers and abbreviations before a capital. */
const gluedQuiet: Case[] = [
  { text: 'Files are uploaded to storage.Example.com and listed in policy.Docx; see example.org/Trust for the report. Backups are kept for 35 days.', lang: 'en' },
  { text: 'The client library Azure.Identity and the namespace System.Security handle keys; version 2.Beta is not supported. Data is encrypted.', lang: 'en' },
  { text: 'Dane są szyfrowane, np.AES-256, a siedziba mieści się przy ul.Kwiatowej 7; dr.Nowak odpowiada za kopie danych. Kopie są sprawdzane co miesiąc.', lang: 'pl' },
  { text: 'We use common tools, e.g.Terraform, and i.e.Ansible for servers; data is encrypted. Backups run nightly.', lang: 'en' },
  { text: 'The firmware v1.2.Final was signed and the data export is called export.Json by the admin tool. Data is exported nightly.', lang: 'en' },
];

const hyphenated: Fires[] = [
  {
    text: 'Wszystkie dane są szyfrowane w spoczynku. Kopie zapasowe również są szyfro- wane kluczem, który przechowujemy w osobnym sejfie.',
    lang: 'pl',
    kind: KIND,
    excerpt: 'szyfro- wane',
  },
  {
    text: 'All data is encrypted at rest. Backups are encryp- ted with a key that is kept in a separate vault, and the vault is encrypted too.',
    lang: 'en',
    kind: KIND,
    excerpt: 'encryp- ted',
  },
];

const hyphenQuiet: Case[] = [
  { text: 'We support pre- and post-processing of uploads, end-to-end encryption, e-mail alerts and PL-EN translation of every notice.', lang: 'en' },
  { text: 'Stosujemy krótko- i długoterminowe kopie zapasowe, szyfrowanie end-to-end oraz powiadomienia e-mail w parze PL-EN.', lang: 'pl' },
  { text: 'Backups are taken every night- they are kept for 35 days. We offer 2- or 3-year contracts and first- and second-line support.', lang: 'en' },
  { text: 'Dane są kopiowane co noc- kopie przechowujemy 35 dni. Oferujemy umowy 2- lub 3-letnie oraz wsparcie pierwszej- i drugiej linii.', lang: 'pl' },
];

describe('joined-words: sentences glued after a full stop', () => {
  itFires(glued, findings);
  itStaysQuiet(gluedQuiet, [KIND], findings);
});

describe('joined-words: a word hyphenated at a lost line end', () => {
  itFires(hyphenated, findings);
  itStaysQuiet(hyphenQuiet, [KIND], findings);
});
