/**
 * The words of a page written once for both UI languages (the comparison): each text is written in
 * the page's language, and what it says in the others is kept in one dictionary per language
 * (written text -> other text), stored once in the page as a JSON data block, instead of a second
 * page per language. The same written text says the same everywhere on a page but where it does
 * not: that element carries its own (`data-<lang>` for its first text, `data-<attr>-<lang>` for an
 * attribute), so the dictionary never gives a wrong word. The page's script reads it back
 * (src/site/client/page-words.ts). Build time; the block is inert JSON.
 */
import { LOCALES, type Locale } from '../i18n/index.ts';

export interface Said {
  /** The text in the language the page is written in. */
  text: string;
  /** `data-<lang>` where the dictionary would give another text. */
  attrs: Record<string, string>;
}

export class PageWords {
  private readonly dict = new Map<Locale, Map<string, string>>();
  /** Written texts seen so far: one said the same in every language pins it (no entry may change it later). */
  private readonly everSaid = new Set<string>();
  /** `id`: the data block's, one per table (a component writes its block after its last word). */
  constructor(
    readonly written: Locale,
    readonly id: string,
  ) {
    for (const l of LOCALES) if (l !== written) this.dict.set(l, new Map());
  }

  /** Records what `say` gives in every other language for what it gives in the written one. */
  private other(written: string, say: (locale: Locale) => string, key: (l: Locale) => string): Record<string, string> {
    const attrs: Record<string, string> = {};
    for (const [locale, words] of this.dict) {
      const text = say(locale);
      const known = words.get(written) ?? written;
      if (known === text) continue;
      if (!words.has(written) && !this.everSaid.has(written)) words.set(written, text);
      else attrs[key(locale)] = text;
    }
    this.everSaid.add(written);
    return attrs;
  }

  /** An element's text: `say(locale)` for each language. */
  text(say: (locale: Locale) => string): Said {
    const text = say(this.written);
    return { text, attrs: this.other(text, say, (l) => `data-${l}`) };
  }

  /** An attribute's value in the written language, with `data-<name>-<lang>` where needed. */
  attr(name: string, say: (locale: Locale) => string): Record<string, string> {
    const value = say(this.written);
    return { [name]: value, ...this.other(value, say, (l) => `${name}-${l}`) };
  }

  /** The dictionaries as an inert JSON data block (`<` escaped so no text can close the element). */
  block(): string {
    const out = Object.fromEntries([...this.dict].filter(([, w]) => w.size).map(([l, w]) => [l, Object.fromEntries(w)]));
    return `<script type="application/json" id="${this.id}">${JSON.stringify(out).replace(/</g, '\\u003c')}</script>`;
  }
}
