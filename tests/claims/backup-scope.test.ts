/**
 * Backup retention told for one kind of backup (`scope` database / files, README "retention
 * schedules and scoped backup retention") is another statement than the general one: different
 * lengths are a `general-scoped-difference` warning for a reviewer, never a `contradiction`.
 * Sentences written for these tests in our own words.
 */
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../ingest/load.ts';
import { documentFindings } from '../../src/findings/document-findings.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { claimsOf, expectClaim } from './helpers.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'seckb-backup-scope-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function inconsistencyRules(name: string, text: string): Promise<string[]> {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return documentFindings(await loadDocument(file)).filter((f) => f.kind === 'inconsistency').map((f) => f.rule);
}

describe('backup retention for one kind of backup', () => {
  const cases = {
    en: '# Backups\n\nBackups are kept for 30 days.\n\nSnapshots of the reporting database are retained for 7 days.\n',
    pl: '# Kopie zapasowe\n\nKopie zapasowe przechowujemy przez 30 dni.\n\nKopie zapasowe bazy danych raportowej przechowujemy przez 7 dni.\n',
  };
  for (const [lang, text] of Object.entries(cases)) {
    it(`is scoped, and differs from the general length without contradicting it (${lang})`, async () => {
      const { claims } = claimsOf(text);
      expectClaim(claims, { attribute: 'backup.retention', value: 'P30D', qualifiers: {} });
      expectClaim(claims, { attribute: 'backup.retention', value: 'P7D', qualifiers: { scope: 'database' } });
      const rules = await inconsistencyRules(`scope-${lang}.md`, text);
      expect(rules).not.toContain('contradiction');
      expect(rules).toContain('general-scoped-difference');
    });
  }

  it('two kinds named together stay general (EN, PL)', () => {
    expectClaim(claimsOf('Backups of the database and of uploaded files are kept for 30 days.').claims, { attribute: 'backup.retention', value: 'P30D', qualifiers: {} });
    expectClaim(claimsOf('Kopie zapasowe bazy danych i plików przechowujemy przez 30 dni.').claims, { attribute: 'backup.retention', value: 'P30D', qualifiers: {} });
  });
});
