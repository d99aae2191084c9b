/**
 * seckb's analyzer (src/search/analyzer.ts) as data an engine can load: the stop words, the
 * glossary as synonym groups, and the Polish suffix stemmer (rules/search/stem-pl.json) as one
 * regular expression with its replacement, so an engine without a Polish plugin stems like seckb.
 */
import glossaryData from '../../rules/search/glossary.json' with { type: 'json' };
import stemData from '../../rules/search/stem-pl.json' with { type: 'json' };
import stopwordData from '../../rules/search/stopwords.json' with { type: 'json' };
import { fold } from '../search/fold.ts';

/** Every stop word of every language, as written and folded (seckb drops both forms), sorted. */
export function stopWords(): string[] {
  return [...new Set([...stopwordData.en, ...stopwordData.pl].flatMap((w) => [w, fold(w)]))].sort();
}

/** One group per glossary entry: its terms with their language, lower-cased, each once, in file order. */
export function synonymGroups(): Array<Array<{ lang: string; term: string }>> {
  return (glossaryData.entries as Array<Record<string, unknown>>).map((entry) => {
    const seen = new Set<string>();
    return Object.entries(entry)
      .filter(([key, value]) => key !== 'id' && Array.isArray(value))
      .flatMap(([lang, value]) => (value as string[]).map((term) => ({ lang, term: term.toLowerCase() })))
      .filter(({ term }) => !seen.has(term) && seen.add(term));
  });
}

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

/**
 * stemPl as a regex over one lower-cased token: a lazy stem of at least `minStem` characters
 * followed by the longest suffix (the first stem length that fits takes the longest suffix), in
 * a word of `minWord` or more characters without digits. A rule whose replacement is the start of
 * its suffix ("cja" -> "c") keeps that start in a capture group; the replacement string joins the
 * groups (an engine writes an unmatched group as nothing: Java and JavaScript both do).
 */
export function polishStemPattern(): { pattern: string; replacement: string } {
  const seen = new Set<string>();
  const keep = new Map<string, string[]>();
  const strip: string[] = [];
  stemData.rules.forEach((rule) => {
    for (const suffix of rule.suffixes.flatMap((s) => [s, fold(s)])) {
      if (seen.has(suffix)) continue;
      seen.add(suffix);
      if (!rule.replace) strip.push(suffix);
      else if (suffix.startsWith(rule.replace) && suffix.length > rule.replace.length) {
        keep.set(rule.replace, [...(keep.get(rule.replace) ?? []), suffix.slice(rule.replace.length)]);
      } else throw new Error(`rules/search/stem-pl.json: suffix "${suffix}" does not start with its replacement "${rule.replace}"`);
    }
  });
  const alt = (list: string[]) => [...list].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map((s) => s.replace(REGEX_SPECIAL, '\\$&')).join('|');
  const kept = [...keep.keys()].sort();
  const branches = [...kept.map((r) => `(${r.replace(REGEX_SPECIAL, '\\$&')})(?:${alt(keep.get(r)!)})`), alt(strip)];
  return {
    pattern: `^(?=\\D{${stemData.minWord},}$)(.{${stemData.minStem},}?)(?:${branches.join('|')})$`,
    replacement: ['$1', ...kept.map((_, i) => `$${i + 2}`)].join(''),
  };
}
