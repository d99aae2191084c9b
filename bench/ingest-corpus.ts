/**
 * Deterministic benchmark corpus for bench/ingest.ts: fictional CMMS vendors' security papers in
 * English and Polish, as .md, .txt, .html, .docx (docx package) and .pdf (pdfkit). A seeded PRNG
 * picks facts and sentences, so the same `count` gives the same files on every run. Written to a
 * temporary folder by the bench, never committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import PDFDocument from 'pdfkit';

type Lang = 'en' | 'pl';
type Format = 'md' | 'txt' | 'html' | 'docx' | 'pdf';

/** One fact, rendered in either language from the same numbers. */
interface Facts {
  vendor: string;
  product: string;
  city: string;
  version: string;
  date: string;
  cipher: string;
  tls: string;
  backupDays: number;
  logDays: number;
  rtoHours: number;
  rpoHours: number;
  lockout: number;
  deletionDays: number;
  breachHours: number;
  region: { en: string; pl: string };
  iso: boolean;
  soc2: boolean;
  pentest: { en: string; pl: string };
}

/** mulberry32: small, fast, seeded; enough for picking words. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STEMS = ['Varto', 'Lumeq', 'Ostrel', 'Mekano', 'Driftel', 'Kovalo', 'Trennix', 'Palvio', 'Zumeko', 'Ferrox', 'Quindel', 'Brastor'];
const CITIES = ['Poznań', 'Kraków', 'Wrocław', 'Leipzig', 'Vienna', 'Łódź', 'Brno', 'Lyon', 'Gdynia', 'Turin'];
const REGIONS = [
  { en: 'the EU (Frankfurt)', pl: 'UE (Frankfurt)' },
  { en: 'Poland (Warsaw)', pl: 'Polsce (Warszawa)' },
  { en: 'the Netherlands (Amsterdam)', pl: 'Holandii (Amsterdam)' },
  { en: 'Ireland (Dublin)', pl: 'Irlandii (Dublin)' },
];
const PENTEST = [
  { en: 'every year', pl: 'raz w roku' },
  { en: 'twice a year', pl: 'dwa razy w roku' },
  { en: 'every quarter', pl: 'co kwartał' },
];

const SYLLABLES = ['ra', 'ko', 'mi', 'te', 'su', 'lo', 'ne', 'va', 'di', 'po', 'ze', 'gu'];

/** A name of its own for every vendor index ("Varto", ..., "Vartora", "Lumeqra", ..., "Vartokomi"). */
export function vendorName(index: number): string {
  let name = STEMS[index % STEMS.length];
  for (let rest = Math.floor(index / STEMS.length); rest > 0; rest = Math.floor((rest - 1) / SYLLABLES.length)) {
    name += SYLLABLES[(rest - 1) % SYLLABLES.length];
  }
  return name;
}

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)];
}

function factsFor(vendorIndex: number, docVersion: number): Facts {
  const rnd = prng(1000 + vendorIndex);
  const vendor = vendorName(vendorIndex);
  const base: Facts = {
    vendor,
    product: `${vendor} CMMS`,
    city: pick(rnd, CITIES),
    version: `${1 + docVersion}.${vendorIndex % 4}`,
    date: `202${4 + docVersion}-0${1 + (vendorIndex % 9)}-1${vendorIndex % 10}`,
    cipher: pick(rnd, ['AES-256', 'AES-128', 'AES-256-GCM']),
    tls: pick(rnd, ['TLS 1.2', 'TLS 1.2 or TLS 1.3', 'TLS 1.3']),
    backupDays: pick(rnd, [7, 14, 30, 35, 90]),
    logDays: pick(rnd, [30, 90, 180, 365]),
    rtoHours: pick(rnd, [4, 8, 24, 48]),
    rpoHours: pick(rnd, [1, 4, 12, 24]),
    lockout: pick(rnd, [3, 5, 10]),
    deletionDays: pick(rnd, [30, 60, 90]),
    breachHours: pick(rnd, [24, 48, 72]),
    region: pick(rnd, REGIONS),
    iso: rnd() < 0.6,
    soc2: rnd() < 0.4,
    pentest: pick(rnd, PENTEST),
  };
  // A later version changes a few commitments, so version diffs have something to report.
  if (docVersion > 0) {
    base.backupDays *= 2;
    base.tls = 'TLS 1.3';
    base.iso = true;
  }
  return base;
}

interface Section {
  heading: string;
  paragraphs: string[];
  bullets?: string[];
  table?: string[][];
}

const EN_FILLER = [
  'The controls described here apply to every customer environment without exception.',
  'Changes to these controls are reviewed by the security team before they take effect.',
  'Customers can request further detail from their account manager under a non-disclosure agreement.',
  'Responsibilities are split between the vendor, its hosting provider and the customer.',
  'Operational staff are trained on these procedures when they join and every year after that.',
  'Evidence of each control is kept so that auditors can verify it on request.',
];
const PL_FILLER = [
  'Opisane tu zabezpieczenia obowiązują w każdym środowisku klienta bez wyjątku.',
  'Zmiany tych zabezpieczeń są zatwierdzane przez zespół bezpieczeństwa przed wdrożeniem.',
  'Klienci mogą poprosić opiekuna handlowego o dodatkowe informacje na podstawie umowy o poufności.',
  'Obowiązki są podzielone między dostawcę, dostawcę hostingu i klienta.',
  'Pracownicy operacyjni przechodzą szkolenie z tych procedur przy zatrudnieniu, a potem co roku.',
  'Dowody działania każdego zabezpieczenia są przechowywane, aby audytor mógł je sprawdzić.',
];

function sections(f: Facts, lang: Lang, rnd: () => number, padding: number): Section[] {
  const pad = (): string[] => Array.from({ length: padding }, () => pick(rnd, lang === 'en' ? EN_FILLER : PL_FILLER));
  if (lang === 'en') {
    return [
      { heading: 'Introduction', paragraphs: [`${f.product} is a maintenance management service run by ${f.vendor} from ${f.city}. This paper explains how customer data is hosted, protected and deleted.`, ...pad()] },
      { heading: '1. Hosting and data location', paragraphs: [`Production data is stored in ${f.region.en}. Backups are kept in a second data centre in the same region.`, ...pad()] },
      { heading: '2. Certifications', paragraphs: [f.iso ? `${f.vendor} holds an ISO/IEC 27001:2022 certificate, renewed every three years.` : `${f.vendor} is not certified to ISO/IEC 27001 at present.`, f.soc2 ? 'A SOC 2 Type II report is available to customers on request.' : 'No SOC 2 report is available.', ...pad()] },
      { heading: '3. Encryption', paragraphs: [`Data at rest is encrypted with ${f.cipher}. All connections are encrypted with ${f.tls}.`, 'Encryption keys are rotated every year.', ...pad()] },
      { heading: '4. Access control', paragraphs: [`Multi-factor authentication is required for all administrators. After ${f.lockout} failed sign-in attempts the account is locked for 15 minutes.`, ...pad()], bullets: ['Single sign-on with SAML 2.0', 'Role-based permissions', 'Access reviews every six months'] },
      { heading: '5. Backups and recovery', paragraphs: [`Backups are taken daily and retained for ${f.backupDays} days. The recovery time objective (RTO) is ${f.rtoHours} hours and the recovery point objective (RPO) is ${f.rpoHours} hours.`, ...pad()], table: [['Item', 'Value'], ['Backup retention', `${f.backupDays} days`], ['RTO', `${f.rtoHours} hours`], ['RPO', `${f.rpoHours} hours`]] },
      { heading: '6. Logging and monitoring', paragraphs: [`Security logs are retained for ${f.logDays} days. Alerts are reviewed around the clock.`, ...pad()] },
      { heading: '7. Incident response', paragraphs: [`Customers are notified of a personal data breach within ${f.breachHours} hours. Penetration tests by an independent firm are carried out ${f.pentest.en}.`, ...pad()] },
      { heading: '8. Data deletion', paragraphs: [`After the contract ends, customer data is deleted within ${f.deletionDays} days, including backups.`, ...pad()] },
    ];
  }
  return [
    { heading: 'Wstęp', paragraphs: [`${f.product} to usługa do zarządzania utrzymaniem ruchu prowadzona przez ${f.vendor} z siedzibą w mieście ${f.city}. Dokument opisuje, jak przechowujemy, chronimy i usuwamy dane klientów.`, ...pad()] },
    { heading: '1. Hosting i lokalizacja danych', paragraphs: [`Dane produkcyjne są przechowywane w ${f.region.pl}. Kopie zapasowe trafiają do drugiego centrum danych w tym samym regionie.`, ...pad()] },
    { heading: '2. Certyfikaty', paragraphs: [f.iso ? `${f.vendor} posiada certyfikat ISO/IEC 27001:2022 odnawiany co trzy lata.` : `${f.vendor} nie posiada obecnie certyfikatu ISO/IEC 27001.`, f.soc2 ? 'Raport SOC 2 Type II jest dostępny dla klientów na żądanie.' : 'Raport SOC 2 nie jest dostępny.', ...pad()] },
    { heading: '3. Szyfrowanie', paragraphs: [`Dane w spoczynku są szyfrowane algorytmem ${f.cipher}. Wszystkie połączenia są szyfrowane protokołem ${f.tls.replace(' or ', ' lub ')}.`, 'Klucze szyfrujące są wymieniane co roku.', ...pad()] },
    { heading: '4. Kontrola dostępu', paragraphs: [`Uwierzytelnianie wieloskładnikowe jest obowiązkowe dla wszystkich administratorów. Po ${f.lockout} nieudanych próbach logowania konto zostaje zablokowane na 15 minut.`, ...pad()], bullets: ['Logowanie jednokrotne SAML 2.0', 'Uprawnienia oparte na rolach', 'Przegląd uprawnień co pół roku'] },
    { heading: '5. Kopie zapasowe i odtwarzanie', paragraphs: [`Kopie zapasowe są wykonywane codziennie i przechowywane przez ${f.backupDays} dni. Docelowy czas odtworzenia (RTO) wynosi ${f.rtoHours} godzin, a docelowy punkt odtworzenia (RPO) ${f.rpoHours} godzin.`, ...pad()], table: [['Pozycja', 'Wartość'], ['Przechowywanie kopii', `${f.backupDays} dni`], ['RTO', `${f.rtoHours} godzin`], ['RPO', `${f.rpoHours} godzin`]] },
    { heading: '6. Rejestrowanie i monitorowanie', paragraphs: [`Logi bezpieczeństwa są przechowywane przez ${f.logDays} dni. Alerty są analizowane przez całą dobę.`, ...pad()] },
    { heading: '7. Reagowanie na incydenty', paragraphs: [`Klienci są powiadamiani o naruszeniu ochrony danych osobowych w ciągu ${f.breachHours} godzin. Testy penetracyjne wykonuje niezależna firma ${f.pentest.pl}.`, ...pad()] },
    { heading: '8. Usuwanie danych', paragraphs: [`Po zakończeniu umowy dane klienta są usuwane w ciągu ${f.deletionDays} dni, łącznie z kopiami zapasowymi.`, ...pad()] },
  ];
}

function title(f: Facts, lang: Lang): string {
  return lang === 'en' ? `${f.product} — Security White Paper` : `${f.product} — Bezpieczeństwo danych`;
}

function header(f: Facts, lang: Lang): string[] {
  return lang === 'en' ? [`${f.vendor}, ${f.city}`, `Version ${f.version}`, `Date: ${f.date}`] : [`${f.vendor} Sp. z o.o., ${f.city}`, `Wersja ${f.version}`, `Data: ${f.date}`];
}

function toMarkdown(f: Facts, lang: Lang, secs: Section[]): string {
  const out = [`# ${title(f, lang)}`, '', ...header(f, lang).flatMap((l) => [l, '']).slice(0, -1), ''];
  for (const s of secs) {
    out.push(`## ${s.heading}`, '');
    for (const p of s.paragraphs) out.push(p, '');
    if (s.bullets) out.push(...s.bullets.map((b) => `- ${b}`), '');
    if (s.table) out.push(`| ${s.table[0].join(' | ')} |`, `|${s.table[0].map(() => '---').join('|')}|`, ...s.table.slice(1).map((r) => `| ${r.join(' | ')} |`), '');
  }
  return out.join('\n');
}

function toText(f: Facts, lang: Lang, secs: Section[]): string {
  const out = [title(f, lang), '', ...header(f, lang), ''];
  for (const s of secs) {
    out.push(s.heading, '');
    for (const p of s.paragraphs) out.push(p, '');
    if (s.bullets) out.push(...s.bullets.map((b) => `- ${b}`), '');
    if (s.table) out.push(...s.table.map((r) => r.join('\t')), '');
  }
  return out.join('\n');
}

/** The plain text of vendor `vendorIndex`'s paper in `lang` (the size series' varied prose). */
export function paperText(vendorIndex: number, lang: Lang, padding = 4): string {
  const f = factsFor(vendorIndex, 1);
  return toText(f, lang, sections(f, lang, prng(vendorIndex + 1), padding));
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function toHtml(f: Facts, lang: Lang, secs: Section[]): string {
  const body = secs.map((s) => [
    `<h2>${esc(s.heading)}</h2>`,
    ...s.paragraphs.map((p) => `<p>${esc(p)}</p>`),
    s.bullets ? `<ul>${s.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul>` : '',
    s.table ? `<table>${s.table.map((r, i) => `<tr>${r.map((c) => (i === 0 ? `<th>${esc(c)}</th>` : `<td>${esc(c)}</td>`)).join('')}</tr>`).join('')}</table>` : '',
  ].join('\n')).join('\n');
  return `<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title(f, lang))}</title></head>\n<body><h1>${esc(title(f, lang))}</h1>\n${header(f, lang).map((l) => `<p>${esc(l)}</p>`).join('\n')}\n${body}\n</body></html>\n`;
}

async function toDocx(f: Facts, lang: Lang, secs: Section[]): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [new Paragraph({ text: title(f, lang), heading: HeadingLevel.TITLE }), ...header(f, lang).map((l) => new Paragraph(l))];
  for (const s of secs) {
    children.push(new Paragraph({ text: s.heading, heading: HeadingLevel.HEADING_1 }), ...s.paragraphs.map((p) => new Paragraph(p)));
    if (s.bullets) children.push(...s.bullets.map((b) => new Paragraph({ text: b, bullet: { level: 0 } })));
    if (s.table) children.push(new Table({ rows: s.table.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) })) }));
  }
  const doc = new Document({ title: title(f, lang), creator: f.vendor, sections: [{ children }] });
  return Packer.toBuffer(doc);
}

function toPdf(f: Facts, lang: Lang, secs: Section[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 72, info: { Title: title(f, lang), Author: f.vendor, CreationDate: new Date(0) } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    // pdfkit's standard fonts cannot encode Polish letters; a system TrueType font can.
    doc.font(PDF_FONT);
    doc.fontSize(18).text(title(f, lang)).moveDown();
    doc.fontSize(10);
    for (const l of header(f, lang)) doc.text(l);
    for (const s of secs) {
      doc.moveDown().fontSize(14).text(s.heading).fontSize(10).moveDown(0.5);
      for (const p of s.paragraphs) doc.text(p).moveDown(0.5);
      for (const b of s.bullets ?? []) doc.text(`• ${b}`);
      for (const r of s.table ?? []) doc.text(r.join('    '));
    }
    doc.end();
  });
}

const PDF_FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

export interface CorpusFile {
  file: string;
  format: Format;
  lang: Lang;
  bytes: number;
}

const FORMATS: Format[] = ['md', 'txt', 'html', 'docx', 'pdf'];

/**
 * Writes `count` documents to `dir`: vendors of four documents each (English 1.x and 2.x, Polish
 * 2.x, and a second English product paper), formats in rotation. `padding` filler sentences per
 * section set the size (4 gives ~5-8 KB of text per document).
 */
export async function writeCorpus(dir: string, count = 40, padding = 4): Promise<CorpusFile[]> {
  mkdirSync(dir, { recursive: true });
  const out: CorpusFile[] = [];
  for (let i = 0; i < count; i++) {
    const vendorIndex = Math.floor(i / 4);
    const slot = i % 4;
    const lang: Lang = slot === 2 ? 'pl' : 'en';
    const version = slot === 0 ? 0 : 1;
    const f = factsFor(vendorIndex, version);
    if (slot === 3) f.product = `${f.vendor} Mobile`;
    const secs = sections(f, lang, prng(i + 1), padding);
    const format = FORMATS[i % FORMATS.length];
    const name = `${f.vendor.toLowerCase().replace(/\s+/g, '-')}-${slot === 3 ? 'mobile' : lang === 'pl' ? 'bezpieczenstwo' : `security-v${version + 1}`}.${format}`;
    let content: string | Buffer;
    if (format === 'md') content = toMarkdown(f, lang, secs);
    else if (format === 'txt') content = toText(f, lang, secs);
    else if (format === 'html') content = toHtml(f, lang, secs);
    else if (format === 'docx') content = await toDocx(f, lang, secs);
    else content = await toPdf(f, lang, secs);
    const file = path.join(dir, name);
    writeFileSync(file, content);
    out.push({ file, format, lang, bytes: Buffer.byteLength(content) });
  }
  return out;
}
