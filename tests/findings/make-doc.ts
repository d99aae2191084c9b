/** Test documents from strings: any format, language forced (short examples are often misdetected). */
import { documentFromText } from '../../src/model/from-text.ts';
import type { Format, SeckbDocument } from '../../src/model/types.ts';
import type { RuleExample } from '../../src/findings/rule-data.ts';

/**
 * md and txt go through the real readers; docx/pdf/html are built like txt and relabelled (the
 * rules only look at the source format and the text).
 */
export function makeDoc(text: string, opts: { format?: Format; lang?: string; id?: string } = {}): SeckbDocument {
  const format = opts.format ?? 'txt';
  const doc = documentFromText(text, { format: format === 'md' ? 'md' : 'txt', source: `example.${format}`, id: opts.id ?? 'example' });
  const relabelled = format === 'md' || format === 'txt' ? doc : { ...doc, format, sourceMap: format === 'html' ? doc.sourceMap : undefined };
  if (!opts.lang) return relabelled;
  return { ...relabelled, language: opts.lang, sentences: relabelled.sentences.map((s) => ({ ...s, lang: opts.lang! })) };
}

export function exampleText(example: RuleExample): { text: string; format: Format } {
  return typeof example === 'string' ? { text: example, format: 'txt' } : { text: example.text, format: example.format ?? 'txt' };
}
