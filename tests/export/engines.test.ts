/**
 * End to end: load an export into a running engine and query it. Runs only when MEILISEARCH_URL
 * (and MEILISEARCH_KEY if the server has one) or OPENSEARCH_URL (user:password@ allowed) points
 * at a server: neither engine is installable from the registries this project uses. Indexes get
 * a unique prefix and are deleted afterwards, so a shared server keeps its own.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { buildExport } from '../../src/export/build.ts';
import { INDEXES, MARKER_FILE } from '../../src/export/formats.ts';
import { stemQuery } from '../../src/export/meilisearch.ts';
import { readKb } from '../../src/kb/read.ts';
import { writeFixtureKb } from './kb-fixture.ts';

const prefix = `seckb-test-${process.pid}-`;
const renamed = (name: string) => prefix + name;

/** fetch with credentials from the URL moved to a header (fetch refuses them in the URL). */
function client(base: string, headers: Record<string, string> = {}) {
  const url = new URL(base);
  const auth: Record<string, string> = url.username ? { authorization: `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}` } : {};
  url.username = url.password = '';
  const root = url.toString().replace(/\/$/, '');
  return async (method: string, path: string, body?: string, type = 'application/json') => {
    const r = await fetch(root + path, { method, body, headers: { ...auth, ...headers, 'content-type': type } });
    const text = await r.text();
    return { status: r.status, json: (text ? JSON.parse(text) : {}) as Record<string, any> };
  };
}

const kb = readKb(writeFixtureKb());
const meiliUrl = process.env.MEILISEARCH_URL;
const openUrl = process.env.OPENSEARCH_URL;

(meiliUrl ? describe : describe.skip)(`Meilisearch end to end${meiliUrl ? '' : ' (skipped: MEILISEARCH_URL not set; no Meilisearch server is installable here)'}`, () => {
  const call = client(meiliUrl ?? 'http://localhost', process.env.MEILISEARCH_KEY ? { authorization: `Bearer ${process.env.MEILISEARCH_KEY}` } : {});
  const files = buildExport(kb, 'meilisearch');
  const waitFor = async (task: { taskUid: number }) => {
    for (let i = 0; i < 600; i++) {
      const { json } = await call('GET', `/tasks/${task.taskUid}`);
      if (json.status === 'succeeded') return;
      if (json.status === 'failed' || json.status === 'canceled') throw new Error(`task ${task.taskUid}: ${JSON.stringify(json.error)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`task ${task.taskUid} did not finish in 60 s`);
  };
  afterAll(async () => {
    for (const plan of INDEXES) await call('DELETE', `/indexes/${renamed(plan.name)}`);
  });

  it('loads every index with its settings and finds Polish passages by glossary and by stems', async () => {
    for (const plan of INDEXES) {
      const uid = renamed(plan.name);
      await waitFor((await call('POST', '/indexes', JSON.stringify({ uid, primaryKey: plan.primaryKey }))).json as { taskUid: number });
      await waitFor((await call('PATCH', `/indexes/${uid}/settings`, files.get(`${plan.name}.settings.json`))).json as { taskUid: number });
      await waitFor((await call('POST', `/indexes/${uid}/documents`, files.get(`${plan.name}.ndjson`), 'application/x-ndjson')).json as { taskUid: number });
      const { json } = await call('GET', `/indexes/${uid}/stats`);
      expect(json.numberOfDocuments).toBe(JSON.parse(files.get(MARKER_FILE)!).indexes.find((i: { name: string }) => i.name === plan.name).records);
    }
    const search = async (body: object) => (await call('POST', `/indexes/${renamed('seckb-passages')}/search`, JSON.stringify(body))).json.hits as Array<{ documentId: string }>;
    expect((await search({ q: 'backup', filter: 'lang = pl' })).map((h) => h.documentId)).toContain('beta-bezpieczenstwo');
    const stemmed = await search({ q: stemQuery('kopiami zapasowymi'), attributesToSearchOn: ['stems'] });
    expect(stemmed[0]?.documentId).toBe('beta-bezpieczenstwo');
  });
});

(openUrl ? describe : describe.skip)(`OpenSearch end to end${openUrl ? '' : ' (skipped: OPENSEARCH_URL not set; no OpenSearch server is installable here)'}`, () => {
  const call = client(openUrl ?? 'http://localhost');
  const files = buildExport(kb, 'opensearch');
  const marker = JSON.parse(files.get(MARKER_FILE)!) as { indexes: Array<{ name: string; queryFields: string[]; records: number }> };
  afterAll(async () => {
    for (const plan of INDEXES) await call('DELETE', `/${renamed(plan.name)}`);
  });

  it('creates the indexes with seckb analysis, bulk-loads them and ranks a Polish passage for a stemmed and a translated query', async () => {
    for (const plan of INDEXES) {
      const created = await call('PUT', `/${renamed(plan.name)}`, files.get(`${plan.name}.index.json`));
      expect(created.status, JSON.stringify(created.json)).toBe(200);
      const bulk = files.get(`${plan.name}.bulk.ndjson`)!.replaceAll(`"_index":"${plan.name}"`, `"_index":"${renamed(plan.name)}"`);
      const loaded = await call('POST', '/_bulk?refresh=true', bulk, 'application/x-ndjson');
      expect(loaded.json.errors, JSON.stringify(loaded.json.items?.find((i: any) => i.index?.error))).toBe(false);
      const count = await call('GET', `/${renamed(plan.name)}/_count`);
      expect(count.json.count).toBe(marker.indexes.find((i) => i.name === plan.name)!.records);
    }
    const fields = marker.indexes.find((i) => i.name === 'seckb-passages')!.queryFields;
    const search = async (query: string) =>
      ((await call('POST', `/${renamed('seckb-passages')}/_search`, JSON.stringify({ query: { multi_match: { query, fields, type: 'most_fields' } } }))).json.hits.hits as Array<{ _source: { documentId: string } }>).map((h) => h._source.documentId);
    expect((await search('kopiami zapasowymi'))[0]).toBe('beta-bezpieczenstwo');
    expect(await search('kopia zapasowa')).toContain('alpha-security');
  });
});
