// An esbuild plugin for scripts/compile.mjs (the CLI's bundle and the worker snapshot's).
import { readFile } from 'node:fs/promises';

/**
 * franc builds a trigram table for each of its ~400 languages when it loads (~120,000 properties:
 * ~45 ms and their garbage in every fresh process, 2 MB of the worker snapshot), while seckb asks
 * it about a few languages at a time (`only`, src/model/language.ts). Bundled, each table is built
 * on its first use instead: a getter in the same place, so the languages keep their order and a
 * table its contents. A franc whose loop reads otherwise is bundled as it is.
 */
const FRANC_TABLES = `for (script in data) {
  if (own.call(data, script)) {
    const languages = data[script]
    /** @type {string} */
    let name

    numericData[script] = {}

    for (name in languages) {
      if (own.call(languages, name)) {
        const model = languages[name].split('|')
        /** @type {Record<string, number>} */
        const trigrams = {}
        let weight = model.length

        while (weight--) {
          trigrams[model[weight]] = weight
        }

        numericData[script][name] = trigrams
      }
    }
  }
}`;
const FRANC_LAZY_TABLES = `for (script in data) {
  if (own.call(data, script)) {
    const languages = data[script]
    const tables = (numericData[script] = {})
    for (const name in languages) {
      if (own.call(languages, name)) {
        let trigrams
        Object.defineProperty(tables, name, {
          enumerable: true,
          configurable: true,
          get() {
            if (!trigrams) {
              const model = languages[name].split('|')
              trigrams = {}
              let weight = model.length
              while (weight--) trigrams[model[weight]] = weight
            }
            return trigrams
          }
        })
      }
    }
  }
}`;
/** franc's source with its tables built on first use, or undefined when its loop is not the one expected. */
export function lazyFrancSource(source) {
  return source.includes(FRANC_TABLES) ? source.replace(FRANC_TABLES, FRANC_LAZY_TABLES) : undefined;
}

export const lazyFranc = {
  name: 'lazy-franc-tables',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]franc[\\/]index\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const lazy = lazyFrancSource(source);
      if (lazy === undefined) console.warn("seckb: franc's table loop is not the one expected; it is bundled as it is (its tables built at load)");
      return { contents: lazy ?? source, loader: 'js' };
    });
  },
};
