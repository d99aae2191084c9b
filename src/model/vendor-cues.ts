/**
 * What a document says about who made it, beside how often it names whom (metadata.ts): the
 * statements that name the maker outright ('© 2026 Acme Ltd', 'Acme ("we", "us")',
 * 'Usługodawca – Acme sp. z o.o.'), the site name a page title ends with ('Closing your account –
 * Acme'), and the names the text gives to other companies the vendor uses ('processed by Acme Pay,
 * Inc.', 'hosted on Nimbus'). Patterns and words are data: rules/model/metadata.json.
 */
import cues from '../../rules/model/metadata.json' with { type: 'json' };

/** A run of one to four capitalised words on one line: a name ('Acme', 'Acme Field Service'). */
const NAME = '(\\p{Lu}[\\p{L}\\p{N}&-]*(?:[^\\S\\n]+\\p{Lu}[\\p{L}\\p{N}&-]*){0,3})';
const STATEMENTS = cues.vendorStatements.patterns.map((p) => new RegExp(p.replaceAll('{NAME}', NAME).replaceAll('{LEGAL}', cues.vendorStatements.legalForms), 'gu'));
const LEGAL_NAME = new RegExp(`${NAME}[^\\S\\n]+${cues.vendorStatements.longLegalForms}(?![\\p{L}])`, 'gu');
const THIRD_BEFORE = new RegExp(`(?<![\\p{L}])(?:${cues.thirdParty.before})[^\\S\\n]+(?:the[^\\S\\n]+)?${NAME}`, 'gu');
const THIRD_AFTER = new RegExp(`${NAME}[^\\S\\n]*(?:,[^\\S\\n]*${cues.vendorStatements.legalForms}[^\\S\\n]*)?${cues.thirdParty.after}`, 'gu');
const PROVIDERS = new Set(cues.providers.words);
/** Separators between a page title's parts: 'Topic – Site', 'Topic | Site', 'Topic — Site'. */
const TITLE_PARTS = /[^\S\n]+[–—|-][^\S\n]+|[^\S\n]*\|[^\S\n]*/u;
/** Long statements and names are cut: a statement is a line's worth of text, not a page. */
const MAX_STATEMENTS = 64;

/** The capitalised words of a name, in order. */
export function nameWords(name: string): string[] {
  return name.match(/\p{Lu}[\p{L}\p{N}&-]*/gu) ?? [];
}

/** Names the text states as its maker, each as a run of capitalised words, in text order. */
export function statedMakers(text: string): string[] {
  const found: Array<{ at: number; name: string }> = [];
  for (const re of STATEMENTS) {
    re.lastIndex = 0;
    let n = 0;
    for (let m = re.exec(text); m && n < MAX_STATEMENTS; m = re.exec(text), n++) found.push({ at: m.index, name: m[1] });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.name);
}

/** Names given with a legal form that the company suffix of metadata.json does not hold ('Acme spółka z ograniczoną odpowiedzialnością'). */
export function legalNames(text: string): string[] {
  return [...text.matchAll(LEGAL_NAME)].slice(0, MAX_STATEMENTS).map((m) => m[1]);
}

/** Names the text gives to companies the vendor uses: after 'processed by', 'hosted on', ...; before '(our payment partner)'. */
export function thirdPartyNames(text: string): string[] {
  const out: string[] = [];
  for (const re of [THIRD_BEFORE, THIRD_AFTER]) for (const m of text.matchAll(re)) out.push(m[1]);
  return out;
}

/** Whether `word` follows a provider's name in one run of capitalised words ('Amazon Web Services'): part of the provider's name. */
export function afterProvider(text: string, index: number): boolean {
  const before = /(\p{Lu}[\p{L}\p{N}]*)(?:[^\S\n]+\p{Lu}[\p{L}\p{N}]*)*[^\S\n]+$/u.exec(text.slice(Math.max(0, index - 80), index));
  return !!before && PROVIDERS.has(before[1].toLowerCase());
}

/**
 * The part of a page title that names its site or maker, before or after its topic ('Closing your
 * account – Acme Docs', 'Acme Field - Security Fact Sheet'):
 * the first part of a title of several that opens with a word that is not `common` (a title word,
 * a standard) and holds only capitalised words and common ones.
 */
export function titleName(title: string, common: (word: string) => boolean): string | undefined {
  const parts = title.split(TITLE_PARTS).map((p) => p.trim()).filter((p) => p);
  if (parts.length < 2) return undefined;
  const key = (w: string) => w.replace(/[^\p{L}\p{N}]+$/u, '').toLowerCase();
  return parts.find((p) => {
    const words = p.split(/[^\S\n]+/u);
    return /^\p{Lu}/u.test(words[0]) && !common(key(words[0])) && words.every((w) => /^\p{Lu}/u.test(w) || common(key(w)));
  });
}

/** Second-level labels of the e-mail and web addresses in a text ('support@acme.com', 'www.acme.pl' -> 'acme'). */
export function domainLabels(text: string): string[] {
  return [...text.matchAll(/(?:@|(?<![\p{L}\p{N}.@])(?:https?:\/\/)?(?:www\.)?)([\p{Ll}\p{N}-]{3,})\.(?:[a-z]{2,13})(?![\p{L}\p{N}])/gu)].slice(0, 200).map((m) => m[1]);
}
