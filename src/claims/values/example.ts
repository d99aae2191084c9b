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
