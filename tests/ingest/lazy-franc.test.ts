/**
 * The compiled CLI bundles franc with its trigram tables built on first use (scripts/lazy-franc.mjs):
 * every guess must be the one franc gives, with `only`, `ignore` or neither, and a table left
 * is built only when asked for.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';
import { franc, francAll } from 'franc';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

/** franc bundled with `plugins`, and the bundle's text. */
async function bundled(plugins: unknown[]): Promise<{ franc: typeof franc; francAll: typeof francAll; text: string }> {
  const out = await build({
    stdin: { contents: "export { franc, francAll } from 'franc';", resolveDir: path.dirname(require.resolve('esbuild')), loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    plugins: plugins as never,
    logLevel: 'silent',
  });
  const text = out.outputFiles[0]!.text;
  return { ...(await import(`data:text/javascript;base64,${Buffer.from(text).toString('base64')}`)), text };
}

const TEXTS = [
  'Kopie zapasowe przechowujemy przez trzydzieści dni w dwóch centrach danych w Polsce.',
  'We keep backups for thirty days in two data centres in the European Union.',
  'Sikkerhedskopier opbevares i tredive dage i to datacentre i Den Europæiske Union.',
  'Sikkerhetskopier lagres i tretti dager i to datasentre i Den europeiske union.',
  'Wir bewahren Sicherungskopien dreißig Tage lang in zwei Rechenzentren auf.',
  'Резервные копии хранятся тридцать дней в двух центрах обработки данных.',
  'バックアップは三十日間保存されます。',
  '12345 67890',
  'Dane są szyfrowane (AES-256). TODO: uzupełnić',
];
const OPTIONS = [undefined, { minLength: 1 }, { minLength: 20, only: ['eng', 'pol'] }, { only: ['dan', 'nob', 'nno'] }, { ignore: ['eng', 'sco'] }, { only: ['rus', 'ukr'], minLength: 3 }];

describe('franc with tables built on first use', () => {
  it('the bundle plugin rewrites the table loop of the installed franc', async () => {
    const { lazyFrancSource } = (await import('../../scripts/lazy-franc.mjs')) as { lazyFrancSource(s: string): string | undefined };
    const lazy = lazyFrancSource(readFileSync(require.resolve('franc'), 'utf8'));
    expect(lazy).toBeDefined();
    expect(lazy).toContain('Object.defineProperty(tables, name');
    expect(lazyFrancSource('export const x = 1')).toBeUndefined();
  });

  it('guesses what franc guesses, with every score, for every option', async () => {
    const { lazyFranc } = (await import('../../scripts/lazy-franc.mjs')) as { lazyFranc: unknown };
    const lazy = await bundled([lazyFranc]);
    expect(lazy.text).toContain('Object.defineProperty(tables, name');
    for (const text of TEXTS) {
      for (const options of OPTIONS) {
        expect(lazy.francAll(text, options), `${text} ${JSON.stringify(options)}`).toEqual(francAll(text, options));
        expect(lazy.franc(text, options)).toBe(franc(text, options));
      }
    }
  });
});
