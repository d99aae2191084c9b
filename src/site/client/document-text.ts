/**
 * A document's exact text in the browser, from its text page (src/site/text-layout.ts): what the
 * search page's excerpts and the alignment page's passages are cut from, by offsets. One fetch
 * per document and page; the browser's cache serves the document page the same file.
 */
import { pageText } from '../text-layout.ts';
import { textPath } from '../paths.ts';
import { loadShared } from './shared-html.ts';

const pages = new Map<string, Promise<Document>>();

/** A document's text page, parsed (inert), fetched once per page. */
export function documentPage(documentId: string): Promise<Document> {
  let page = pages.get(documentId);
  if (!page) {
    page = loadShared(textPath(documentId));
    pages.set(documentId, page);
  }
  return page;
}

export async function documentText(documentId: string): Promise<string> {
  const t = pageText(await documentPage(documentId));
  if (t === undefined) throw new Error(`${textPath(documentId)}: no text layout`);
  return t;
}
