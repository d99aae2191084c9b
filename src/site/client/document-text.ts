/**
 * A document's exact text in the browser, from its page (src/site/text-layout.ts): what the
 * search page's excerpts and the alignment and version pages' passages are cut from, by offsets.
 * One fetch per document and page; opening the document then reads it from the browser's cache.
 */
import { pageText } from '../text-layout.ts';
import { documentPath } from '../paths.ts';
import { loadShared } from './shared-html.ts';

const pages = new Map<string, Promise<Document>>();

/** A document's page, parsed (inert), fetched once per page. */
export function documentPage(documentId: string): Promise<Document> {
  let page = pages.get(documentId);
  if (!page) {
    page = loadShared(documentPath(documentId));
    pages.set(documentId, page);
  }
  return page;
}

export async function documentText(documentId: string): Promise<string> {
  const t = pageText(await documentPage(documentId));
  if (t === undefined) throw new Error(`${documentPath(documentId)}: no text layout`);
  return t;
}
