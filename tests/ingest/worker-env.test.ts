/**
 * A pool worker runs without NODE_EXTRA_CA_CERTS (ingest/worker-program.ts workerEnv): Node parses
 * every certificate that names at each process start, and a worker opens no connection. The rest
 * of the environment reaches the worker unchanged.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { workerEnv, workerProgram } from '../../ingest/worker-program.ts';

const ingestDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../ingest');

describe('worker environment', () => {
  it('leaves out the extra CA certificates and keeps everything else', () => {
    expect(workerEnv({ NODE_EXTRA_CA_CERTS: '/etc/ssl/certs/ca-certificates.crt', PATH: '/usr/bin', LANG: 'pl_PL.UTF-8' })).toEqual({ PATH: '/usr/bin', LANG: 'pl_PL.UTF-8' });
    expect(workerEnv({ PATH: '/usr/bin' })).toEqual({ PATH: '/usr/bin' });
  });

  it('is the environment every worker program is started with', () => {
    const saved = process.env.NODE_EXTRA_CA_CERTS;
    process.env.NODE_EXTRA_CA_CERTS = '/nonexistent/extra-ca.pem';
    process.env.SECKB_TEST_WORKER_ENV = 'kept';
    try {
      for (const compiled of [true, false]) {
        const { env } = workerProgram(ingestDir, compiled, 512);
        expect(env).not.toHaveProperty('NODE_EXTRA_CA_CERTS');
        expect(env.SECKB_TEST_WORKER_ENV).toBe('kept');
      }
    } finally {
      if (saved === undefined) delete process.env.NODE_EXTRA_CA_CERTS;
      else process.env.NODE_EXTRA_CA_CERTS = saved;
      delete process.env.SECKB_TEST_WORKER_ENV;
    }
  });
});
