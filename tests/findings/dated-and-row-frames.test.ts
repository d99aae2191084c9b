/**
 * Two classes of statements that differ and both hold, found on unseen vendor text: the entries
 * of a change log (release notes tell of before and after), and the rows of a retention schedule
 * (each row is about the data its first cell names). Documents written for these tests.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../../ingest/load.ts';
import { documentFindings } from '../../src/findings/document-findings.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'seckb-frames-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function inconsistencies(name: string, text: string): Promise<string[]> {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  const doc = await loadDocument(file);
  return documentFindings(doc).filter((f) => f.kind === 'inconsistency').map((f) => f.excerpt);
}

const entries = (title: string) => `# ${title}

## Version 9.4

Daily backups of every workspace are kept for 60 days.

## Version 9.1

Daily backups of every workspace are kept for 14 days.
`;

describe('a change log', () => {
  it('compares none of its entries, where the same text under another title is a contradiction', async () => {
    expect(await inconsistencies('overview.md', entries('Tidewell security overview'))).not.toEqual([]);
    expect(await inconsistencies('notes.md', entries('Tidewell release notes'))).toEqual([]);
    expect(await inconsistencies('zmiany.md', entries('Tidewell: lista zmian'))).toEqual([]);
    expect(await inconsistencies('changes.md', entries('Changelog'))).toEqual([]);
  });
});

const schedule = (rows: string) => `# Quillmere data retention

| Data | What we keep | How long after the contract ends |
|---|---|---|
${rows}
`;

describe('rows of a retention schedule', () => {
  it('are about the data each row names, so different periods of different rows agree', async () => {
    const rows = '| Work orders and asset records | job cards, asset register | deleted 90 days after termination |\n| Sign-in and audit logs | sign-ins, exports | deleted 400 days after termination |\n| Backups | nightly copies | 35 days |\n';
    expect(await inconsistencies('schedule.md', schedule(rows))).toEqual([]);
  });

  it('still contradict when one row label is given two periods', async () => {
    const rows = '| Work orders | job cards | deleted 90 days after termination |\n| Work orders | job cards | deleted 30 days after termination |\n';
    expect(await inconsistencies('twice.md', schedule(rows))).not.toEqual([]);
  });

  it('rows whose labels both name the subject are compared (two questions on backups)', async () => {
    const text = '# Hollowfen questionnaire\n\n| Question | Answer |\n|---|---|\n| For how long do you keep backups? | Backups are kept for 60 days. |\n| Backup retention period | 21 days |\n';
    expect(await inconsistencies('questions.md', text)).not.toEqual([]);
  });
});

describe('a tiered backup scheme (grandfather-father-son)', () => {
  it('keeps each tier for its own time without contradicting itself, in English and Polish', async () => {
    const en = `# Backups\n\nSnapshots are retained for 30 days.\nAnnual snapshots are retained for 7 years.\n`;
    const pl = `# Kopie zapasowe\n\nKopie przechowujemy przez 14 dni. Kopie roczne przechowujemy przez 10 lat.\n`;
    expect(await inconsistencies('tiers.md', en)).toEqual([]);
    expect(await inconsistencies('poziomy.md', pl)).toEqual([]);
    // Without the tier word the second sentence is another answer to the same question.
    expect(await inconsistencies('flat.md', en.replace('Annual snapshots', 'Snapshots'))).not.toEqual([]);
  });
});
