/** Symbolic links as sources (issue 13 item 7): never followed silently, never out of the working tree. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seckb } from '../helpers/cli.ts';

function allText(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(path.join(e.parentPath, e.name), 'utf8'))
    .join('\n');
}

describe('symbolic links', () => {
  let work: string;
  let project: string;
  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'seckb-links-'));
    const outside = path.join(work, 'outside');
    mkdirSync(outside);
    writeFileSync(path.join(outside, 'secret.md'), '# Private\n\nThe vault code is QUOKKA-4471.\n');
    project = path.join(work, 'project');
    const docs = path.join(project, 'docs');
    mkdirSync(docs, { recursive: true });
    writeFileSync(path.join(docs, 'acme.md'), '# Acme Security\n\nAcme hosts its service in Azure West Europe.\n');
    symlinkSync(path.join(outside, 'secret.md'), path.join(docs, 'linked.md'));
    symlinkSync(outside, path.join(docs, 'linked-folder'));
    symlinkSync(path.join(outside, 'secret.md'), path.join(project, 'direct.md'));
    symlinkSync(path.join(docs, 'acme.md'), path.join(project, 'inside.md'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('a link inside a source folder is skipped with a notice and a manifest entry', () => {
    const r = seckb(['ingest', 'docs', '--out', 'kb'], project);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/docs\/linked\.md: skipped, symbolic link inside a source folder/);
    expect(r.stderr).toMatch(/docs\/linked-folder: skipped/);
    const manifest = JSON.parse(readFileSync(path.join(project, 'kb', 'manifest.json'), 'utf8'));
    const byName = Object.fromEntries(manifest.documents.map((d: { source: string }) => [d.source, d]));
    expect(byName['docs/acme.md'].status).toBe('ok');
    expect(byName['docs/linked.md']).toMatchObject({ status: 'skipped', error: expect.stringMatching(/does not follow links/) });
    expect(byName['docs/linked-folder'].status).toBe('skipped');
    expect(allText(path.join(project, 'kb'))).not.toContain('QUOKKA');
  });

  it('a link named on the command line is read only when it points inside the current folder', () => {
    const refused = seckb(['ingest', 'direct.md', '--out', 'kb2'], project);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim()).toMatch(/^seckb ingest: "direct\.md" is a symbolic link leading outside the current folder/);
    expect(readdirSync(project)).not.toContain('kb2');
    const check = seckb(['check', 'direct.md'], project);
    expect(check.code).toBe(2);
    expect(check.stdout + check.stderr).not.toContain('QUOKKA');
    expect(seckb(['ingest', 'inside.md', '--out', 'kb3'], project).code).toBe(0);
    expect(seckb(['check', 'inside.md'], project).code).not.toBe(2);
  });
});
