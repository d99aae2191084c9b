/**
 * A labelled set outside the repository (bench/quality.ts --dir): real vendor texts may not be
 * committed, so the sealed sets live beside the checkout and are scored from there.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runFolder, score, total } from '../../eval/score.ts';

const dir = await mkdtemp(path.join(tmpdir(), 'seckb-folder-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('runFolder', () => {
  it('scores DIR/docs against DIR/labels, claims and findings', async () => {
    await mkdir(path.join(dir, 'docs'));
    await mkdir(path.join(dir, 'labels'));
    const text = '# Security at Ferrowick\n\nCustomer data is hosted in Germany.\n\nBackups are kept for 30 days. TODO: check this with ops.\n';
    await writeFile(path.join(dir, 'docs', 'ferrowick.md'), text);
    const labels = {
      claims: [
        { attribute: 'hosting.location', value: 'DE' },
        { attribute: 'backup.retention', value: 'P30D' },
        { attribute: 'auth.mfa', value: true },
      ],
      findings: [{ kind: 'editorial-note', excerpt: 'TODO: check this with ops.' }],
      mustNotFlag: ['Security at Ferrowick'],
    };
    await writeFile(path.join(dir, 'labels', 'ferrowick.md.json'), JSON.stringify(labels));
    const runs = await runFolder(dir);
    expect(runs.map((r) => [r.split, r.file, r.findingsScored])).toEqual([['folder', 'ferrowick.md', true]]);
    const s = score(runs);
    // Two of three claims are in the text; the MFA label is not, so recall counts it missed.
    expect(total(s.claims)).toMatchObject({ tp: 2, fp: 0, found: 2, fn: 1 });
    expect(total(s.findings).found).toBe(1);
    expect(s.traps).toEqual({ total: 1, fired: 0 });
  });

  it('scores an attribute added after the older sets only where the folder\'s labels name it', async () => {
    const text = '# Sessions at Ferrowick\n\nIdle sessions are signed out after 30 minutes of inactivity.\n';
    const folder = async (name: string, claims: object[]) => {
      const at = path.join(dir, name);
      await mkdir(path.join(at, 'docs'), { recursive: true });
      await mkdir(path.join(at, 'labels'), { recursive: true });
      await writeFile(path.join(at, 'docs', 'sessions.md'), text);
      await writeFile(path.join(at, 'labels', 'sessions.md.json'), JSON.stringify({ claims, findings: [], mustNotFlag: [] }));
      return score(await runFolder(at));
    };
    const knows = await folder('knows', [{ attribute: 'auth.session_timeout', value: 'PT30M' }]);
    expect(knows.claims.get('auth')).toMatchObject({ tp: 1, fp: 0, found: 1 });
    const older = await folder('older', []);
    expect(older.claims.get('auth')).toBeUndefined();
  });
});
