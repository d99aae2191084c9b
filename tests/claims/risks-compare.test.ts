import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../src/model/from-text.ts';
import { extractClaims } from '../../src/claims/extract.ts';
import { riskFindings } from '../../src/findings/risks.ts';
import { buildComparison } from '../../src/claims/compare.ts';
import { formatCsv } from '../../src/claims/reporters/csv.ts';
import { formatXlsx } from '../../src/claims/reporters/xlsx.ts';
import { formatText, TEXT_WIDTH } from '../../src/claims/reporters/text.ts';
import { formatJson } from '../../src/claims/reporters/json.ts';
import { readCsv, readXlsx } from '../helpers/sheets.ts';
import { formatValue } from '../../src/claims/format.ts';
import { ATTRIBUTES, controlsOf } from '../../src/claims/vocabulary.ts';
import enClaims from '../../locales/en/claims.json' with { type: 'json' };
import plClaims from '../../locales/pl/claims.json' with { type: 'json' };

const RISKY_EN = `# Security

The service accepts TLS 1.0, 1.1 and 1.2.
Support staff can log in as a customer user without the password.
Virtual machines are not encrypted.
Backups are not encrypted.
Data deleted in production is never removed from backups.
Multi-factor authentication is not offered.
We inform affected customers of an incident within 7 days.
We do not hold a certification of our own yet.
Microsoft Azure data centres are certified to ISO 27001.
`;

const RISKY_PL = `# Bezpieczeństwo

Połączenia są szyfrowane protokołem TLS 1.1 lub 1.2.
Kopie zapasowe nie są szyfrowane.
Dane usunięte przez klienta nie są aktywnie usuwane z kopii zapasowych.
`;

describe('riskFindings', () => {
  it('flags every risk of the issue in English, citing its source', () => {
    const doc = documentFromText(RISKY_EN, { meta: { vendor: 'Acme' } });
    const findings = riskFindings(doc, extractClaims(doc), 'en');
    const rules = new Set(findings.map((f) => f.rule));
    for (const r of [
      'risk-tls-legacy',
      'risk-impersonation-without-password',
      'risk-unencrypted-vm',
      'risk-unencrypted-backups',
      'risk-backups-never-purged',
      'risk-no-mfa',
      'risk-slow-incident-notice',
      'risk-only-provider-certs',
    ]) {
      expect(rules, r).toContain(r);
    }
    for (const f of findings) {
      expect(f.kind).toBe('risk');
      expect(f.excerpt).toBe(doc.text.slice(f.start, f.end));
      expect(f.severity).not.toBe('error');
    }
    expect(findings.find((f) => f.rule === 'risk-tls-legacy')!.message).toContain('RFC 8996');
    expect(findings.find((f) => f.rule === 'risk-backups-never-purged')!.message).toContain('GDPR Art. 17');
    expect(findings.find((f) => f.rule === 'risk-slow-incident-notice')!.message).toMatch(/7 days.*Art\. 33/);
    expect(riskFindings(doc, extractClaims(doc), 'en')).toEqual(findings);
  });

  it('flags Polish statements with Polish messages', () => {
    const doc = documentFromText(RISKY_PL, { meta: { vendor: 'Acme' } });
    const findings = riskFindings(doc, extractClaims(doc), 'pl');
    const rules = findings.map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['risk-tls-legacy', 'risk-unencrypted-backups', 'risk-backups-never-purged']));
    expect(findings.find((f) => f.rule === 'risk-backups-never-purged')!.message).toContain('RODO art. 17');
  });

  it('stays quiet on a sound document', () => {
    const doc = documentFromText('# S\n\nAll data is encrypted at rest. We support TLS 1.2 or higher. We hold an ISO 27001 certificate.\nMulti-factor authentication is available to all users.\n');
    expect(riskFindings(doc, extractClaims(doc))).toEqual([]);
  });
});

function vendorDoc(vendor: string, id: string, text: string, meta: Record<string, string> = {}) {
  return documentFromText(text, { id, meta: { vendor, ...meta } });
}

describe('buildComparison and reporters', () => {
  const oldA = vendorDoc('Acme', 'acme-old', '# S\n\nBackups are kept for 14 days.\n', { date: '2020-01-01', product: 'Acme CMMS' });
  const newA = vendorDoc('Acme', 'acme-new', '# S\n\nBackups are kept for 30 days. Backups are retained for 60 days.\nOur servers are hosted in Germany.\n', { date: '2024-01-01', product: 'Acme CMMS' });
  const b = vendorDoc('Bolt', 'bolt', '# S\n\nKopie zapasowe przechowujemy przez 5 tygodni.\nSerwery znajdują się w Polsce.\n');
  const docs = [oldA, newA, b];
  const claims = docs.flatMap(extractClaims);

  it('shows the newest document per vendor, the older on request, and marks conflicts', () => {
    const c = buildComparison(docs, claims);
    expect(c.vendors.map((v) => v.id)).toEqual(['acme', 'bolt']);
    expect(c.vendors[0].documentIds).toEqual(['acme-new']);
    const row = c.groups.flatMap((g) => g.rows).find((r) => r.attribute === 'backup.retention')!;
    expect(row.cells[0].values.map((v) => v.value)).toEqual(['P30D', 'P60D']);
    expect(row.cells[0].conflict).toBe(true);
    expect(row.cells[1].values.map((v) => v.value)).toEqual(['P5W']);
    expect(row.cells[1].conflict).toBe(false);
    for (const v of row.cells[0].values) for (const e of v.evidence) expect(e.quote).toBe(newA.text.slice(e.start, e.end));
    const older = buildComparison(docs, claims, { includeOlder: true });
    expect(older.vendors[0].documentIds).toEqual(['acme-new', 'acme-old']);
    expect(buildComparison(docs, claims, { vendors: ['bolt'] }).vendors.map((v) => v.id)).toEqual(['bolt']);
    expect(c.groups[0].id).toBe('hosting');
  });

  it('writes csv with BOM and CRLF, and text within 120 characters', () => {
    const c = buildComparison(docs, claims);
    const csv = formatCsv(c, 'pl');
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv).toContain('\r\n');
    expect(csv).toContain('5 tygodni');
    const text = formatText(c, 'en');
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(TEXT_WIDTH);
    expect(text).toContain('conflicting values');
    expect(JSON.parse(formatJson(c))).toEqual(c);
  });

  it('xlsx read back by SheetJS gives the same cells as csv', async () => {
    const c = buildComparison(docs, claims);
    for (const locale of ['en', 'pl'] as const) {
      const bytes = await formatXlsx(c, locale);
      const sheets = await readXlsx(bytes);
      expect(sheets).toHaveLength(2);
      const sheet = sheets[0]!.rows;
      const csvRows = await readCsv(formatCsv(c, locale));
      expect(sheet.length).toBeGreaterThan(2);
      expect(sheet).toEqual(csvRows);
      const quotes = sheets[1]!.rows;
      expect(quotes.length).toBeGreaterThan(1);
      expect(quotes.slice(1).every((r) => r[6].length > 0)).toBe(true);
    }
  });
});

describe('formatValue and locales', () => {
  it('writes durations in words with Polish plurals', () => {
    expect(formatValue('backup.retention', 'P5W', 'en')).toBe('5 weeks');
    expect(formatValue('backup.retention', 'P5W', 'pl')).toBe('5 tygodni');
    expect(formatValue('backup.retention', 'P2W', 'pl')).toBe('2 tygodnie');
    expect(formatValue('deletion.after_termination', 'P1M', 'pl')).toBe('1 miesiąc');
    expect(formatValue('availability.sla', 99.95, 'pl')).toBe('99,95%');
    expect(formatValue('encryption.at_rest', false, 'pl')).toBe('nie');
    expect(formatValue('hosting.location', 'NL', 'en')).toBe('Netherlands');
    expect(formatValue('incident.notification', 'asap', 'pl')).toBe('niezwłocznie');
  });

  it('labels every attribute in both locales and maps it to controls', () => {
    for (const a of ATTRIBUTES) {
      expect(Object.keys(enClaims)).toContain(`attribute.${a.id}`);
      expect(controlsOf(a.id).length, a.id).toBeGreaterThan(0);
    }
  });

  it('has every claims key in both locales', () => {
    expect(Object.keys(plClaims).sort()).toEqual(Object.keys(enClaims).sort());
  });
});
