/**
 * Version pair page: the statements that changed (version-claims.ts) and the two texts side by
 * side, drawn from /versions/<pair>.json (claim ids; sentences as offsets, src/site/versions.ts)
 * and the two documents' pages (document-text.ts). Removed sentences are struck through on
 * the left, added ones underlined on the right. Text only.
 */
import { unpackSide, type SideOffsets, type VersionData } from '../versions.ts';
import { documentPage, documentText } from './document-text.ts';
import { claimSide, drawClaimChanges } from './version-claims.ts';
import { showTarget } from './shared-html.ts';
import { showInAskedLanguage } from './ui-language.ts';

const table = document.querySelector<HTMLTableElement>('#version-text[data-src]');

function side(text: string, heading: string | null, sentences: SideOffsets, lang: string, tag: 'del' | 'ins'): HTMLTableCellElement {
  const td = document.createElement('td');
  td.lang = lang;
  if (heading !== null) {
    const strong = document.createElement('strong');
    strong.textContent = heading;
    td.append(strong);
  }
  for (const [start, end, changed] of sentences) {
    const el = document.createElement(changed ? tag : 'span');
    if (changed) el.className = tag === 'del' ? 's-removed' : 's-added';
    el.textContent = text.slice(start, end);
    td.append(' ', el);
  }
  return td;
}

async function load(t: HTMLTableElement): Promise<void> {
  const res = await fetch(t.dataset.src!);
  if (!res.ok) throw new Error(`${t.dataset.src}: HTTP ${res.status}`);
  const data = (await res.json()) as VersionData;
  const [oldPage, newPage] = await Promise.all([documentPage(data.old), documentPage(data.new)]);
  drawClaimChanges(data.claims, claimSide(data.old, oldPage), claimSide(data.new, newPage));
  const [oldText, newText] = await Promise.all([documentText(data.old), documentText(data.new)]);
  const body = document.createElement('tbody');
  for (const [changed, oldHeading, newHeading, oldSide, newSide] of data.rows) {
    const tr = document.createElement('tr');
    if (changed) tr.className = 'flagged';
    tr.append(side(oldText, oldHeading, unpackSide(oldSide), t.dataset.oldLang ?? '', 'del'), side(newText, newHeading, unpackSide(newSide), t.dataset.newLang ?? '', 'ins'));
    body.append(tr);
  }
  t.tBodies[0]?.replaceWith(body);
  t.dataset.loaded = 'true';
  showTarget();
}

showInAskedLanguage();
if (table) void load(table);
