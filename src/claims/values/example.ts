/**
 * A figure given as an example ("e.g. 99.9% per month", "np. 30, 60 lub 90 dni"): it illustrates
 * what a value could be, so it states nothing the vendor holds to.
 */
import type { Lexicon } from '../lexicon.ts';
import type { Span } from './number.ts';

/**
 * Whether an example cue stands right before the figure at `span`, maybe after other figures of the
 * list, or opens the sentence it stands in ("For example, login records can be anonymised after 36
 * months", "Na przykład: ...").
 */
export function isExample(text: string, span: Span, lex: Lexicon): boolean {
  const opener = lex.memo('exampleOpener', (l) => new RegExp(`(?:^|[.!?]\\s+|\\n)[\\s>*_\\d.)-]*(?:${l.source('exampleOpener')})(?:\\s*[,:]|\\s)`, 'iu'));
  const sentence = text.slice(0, span.start).split(/(?<=[.!?])\s+(?=\p{Lu})|\n/u).at(-1) ?? '';
  if (opener.test(sentence)) return true;
  const re = lex.memo('exampleFigure', (l) =>
    new RegExp(`(?<![\\p{L}])(?:${l.source('exampleBefore')})\\s*[(:,]?\\s*(?:\\d+(?:[.,]\\d+)?\\s*(?:%|\\p{L}+)?\\s*(?:,|${l.source('listJoin')}|${l.source('rangeJoin')})\\s*){0,3}$`, 'iu'),
  );
  return re.test(text.slice(Math.max(0, span.start - 60), span.start));
}

/**
 * A figure a few words after an example cue ("np. dostępność 99,9%", "e.g. an uptime of 99.9%"), or
 * inside quoted sample wording ("sample wording: “available 99.9% of the time”", "przykładowe
 * sformułowania: „dostępna przez 99,9% czasu”"): it illustrates a contract, it binds nobody.
 */
export function illustrates(text: string, span: Span, lex: Lexicon): boolean {
  const cueThenWords = lex.memo('exampleWords', (l) => new RegExp(`(?<![\\p{L}])(?:${l.source('exampleBefore')})\\s*(?:\\p{L}+\\s+){1,3}$`, 'iu'));
  if (cueThenWords.test(text.slice(Math.max(0, span.start - 60), span.start))) return true;
  const before = text.slice(0, span.start);
  const open = Math.max(before.lastIndexOf('„'), before.lastIndexOf('“'), before.lastIndexOf('"'));
  if (open < 0 || /[”"]/u.test(before.slice(open + 1))) return false;
  const lead = before.slice(0, open).split(/(?<=[.!?])\s+(?=\p{Lu})|\n/u).at(-1) ?? '';
  return lex.memo('sampleWordingEnd', (l) => new RegExp(`(?:${l.source('sampleWording')})[^.!?]*$`, 'iu')).test(lead);
}
