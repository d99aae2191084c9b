/**
 * A document's exact text in the browser, from its text page (src/site/text-layout.ts): what the
 * search page's excerpts and the alignment page's passages are cut from, by offsets. One fetch
 * per document and page; the browser's cache serves the document page the same file.
 */
import { pageText } from '../text-layout.ts';
import { textPath } from '../paths.ts';
import { loadShared } from './shared-html.ts';

const texts = new Map<string, Promise<string>>();

export function documentText(documentId: string): Promise<string> {
  let text = texts.get(documentId);
  if (!text) {
    text = loadShared(textPath(documentId)).then((page) => {
      const t = pageText(page);
      if (t === undefined) throw new Error(`${textPath(documentId)}: no text layout`);
      return t;
    });
    texts.set(documentId, text);
  }
  return text;
}
