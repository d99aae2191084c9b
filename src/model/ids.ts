/**
 * Stable ids without node:crypto, so the same code runs in the browser (draft checker).
 * cyrb53 (public domain, bryc): a fast 53-bit string hash; collisions are irrelevant at the
 * scale of one knowledge base and ids also carry readable parts.
 */
export function hash53(input: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < input.length; i++) {
    const ch = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A short hex id from parts: `hashId('doc', 12, 'backup.retention')` -> "1f3a9c0d2b7e4". */
export function hashId(...parts: Array<string | number | boolean | undefined>): string {
  return hash53(parts.map((p) => String(p ?? '')).join('\u0000')).toString(16).padStart(14, '0');
}

/** Lower-case ASCII slug: "Acme Cloud Sp. z o.o." -> "acme-cloud-sp-z-o-o". */
export function slugify(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
