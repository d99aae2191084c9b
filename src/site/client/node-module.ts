/**
 * `node:module` for the browser bundles (astro.config.mjs maps it here outside the server build):
 * src/model/language.ts loads franc lazily with `createRequire` to spare the CLI's start-up, and
 * the draft checker runs the same model code in the page. Here franc is bundled and handed out.
 */
import * as franc from 'franc';

export function createRequire(): (id: string) => unknown {
  return (id) => {
    if (id === 'franc') return franc;
    throw new Error(`${id} cannot be required in the browser`);
  };
}
