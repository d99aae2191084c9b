/**
 * One enormous "word" (a hash, base64 pasted into a paper, hostile input) in a document: vendor
 * detection tried a company name from every capital letter in it and read each to the end of the
 * run (quadratic: 80 KB took 4.6 s, 200 KB ~30 s). Runs no name is as long as are left out now.
 */
import { describe, expect, it } from 'vitest';
import { detectVendor } from '../../src/model/metadata.ts';
import { documentFromText } from '../../src/model/from-text.ts';
import { extractClaims } from '../../src/claims/extract.ts';
import { documentFindings } from '../../src/findings/document-findings.ts';
import { scopeWork } from '../../src/regex/registry.ts';

const cpuMs = (work: () => void): number => {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

describe('a document holding a 200 KB run of letters', () => {
  it('is modelled in linear time and still names its vendor', () => {
    const text = `# Security overview\n\nAcme Ltd keeps backups for 30 days. ${'Oy'.repeat(100_000)} Acme Ltd hosts data in Ireland.\n`;
    expect(cpuMs(() => documentFromText(text))).toBeLessThan(3000);
    expect(detectVendor(text, 'Security overview')).toBe('Acme');
    expect(detectVendor(`Acme Ltd ${'x'.repeat(255)}Beta Inc`, 'T')).toBe('Acme');
  });
});

describe('a document holding a run of letters of several MB', () => {
  it('names its vendor without overflowing the regular-expression stack (8 MB: "Maximum call stack size exceeded", reported as nesting)', () => {
    const text = `Acme Ltd keeps backups for 30 days. ${'a'.repeat(8 * 1024 * 1024)} Acme Ltd hosts data in Ireland.`;
    expect(detectVendor(text, 'Security overview')).toBe('Acme');
  });
});

describe('a paragraph that is one run of letters of half a megabyte', () => {
  it('goes through claims and findings, each of its texts scanned a bounded number of times', () => {
    const run = 'x'.repeat(512 * 1024);
    // The run first: a fresh process makes its rule patterns on the first unit it reads.
    const doc = documentFromText(`# Security overview\n\n${run}\n\nAcme Ltd keeps backups for 30 days.\n`);
    const before = scopeWork.scanned;
    const claims = extractClaims(doc);
    // joined-words kept every beginning of every word: for this run, half a million beginnings of up to 512 KB.
    const findings = documentFindings(doc, { claims });
    expect(claims.map((c) => c.attribute)).toContain('backup.retention');
    expect(findings.filter((f) => f.kind === 'joined-words')).toEqual([]);
    // Each pattern made on first use made every scan stale: ~60 scans of the run.
    expect((scopeWork.scanned - before) / run.length).toBeLessThan(12);
  });
});
