/**
 * A version pair's page (src/pages/versions/index.astro, one page for every pair: the pair is
 * named by the address, pair-shell.ts): the two versions' names and the counts, the statements
 * that changed (version-claims.ts) and the two texts side by side, drawn from
 * /versions/<pair>.json (names; claim ids; sentences as offsets, src/site/versions.ts) and the two
 * documents' pages (document-text.ts). Removed sentences are struck through on the left, added
 * ones underlined on the right. Text only.
 */
import { unpackSide, type SideOffsets, type VersionData, type VersionSide } from '../versions.ts';
import { formatDate } from '../format.ts';
import { documentPage, documentText } from './document-text.ts';
import { claimSide, drawClaimChanges } from './version-claims.ts';
import { showTarget } from './shared-html.ts';
import { documentLink, namePair, openShell, pairFile, type Shell } from './pair-shell.ts';

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

/** "2.3, <time>11 March 2025</time>", else the document's id. */
function versionName(shell: Shell, s: VersionSide, id: string): Array<string | Node> {
  const out: Array<string | Node> = [];
  if (s.version) out.push(s.version);
  if (s.date) {
    const time = document.createElement('time');
    time.dateTime = s.date;
    time.textContent = formatDate(s.date, shell.locale);
    out.push(...(out.length ? [', '] : []), time);
  }
  return out.length ? out : [id];
}

/** The names and counts, from the pair's file alone. */
function drawHead(shell: Shell, data: VersionData): void {
  const [older, newer] = data.sides;
  namePair(shell, newer.title, newer.lang, false);
  document.getElementById('pair-lead')?.replaceChildren(documentLink(shell, 'versions.old', data.old, versionName(shell, older, data.old)), ' · ', documentLink(shell, 'versions.new', data.new, versionName(shell, newer, data.new)));
  const counts = [data.claims.added.length, data.claims.removed.length, data.claims.changed.length];
  document.querySelectorAll('#diff-counts strong').forEach((strong, i) => (strong.textContent = String(counts[i] ?? 0)));
  if (counts.every((n) => n === 0)) document.getElementById('diff-nothing')?.removeAttribute('hidden');
}

async function load(shell: Shell, t: HTMLTableElement): Promise<void> {
  const data = await pairFile<VersionData>(shell, 'versions');
  if (!data) return;
  drawHead(shell, data);
  const [older, newer] = data.sides;
  const [oldPage, newPage] = await Promise.all([documentPage(data.old), documentPage(data.new)]);
  if (data.claims.added.length + data.claims.removed.length + data.claims.changed.length > 0) drawClaimChanges(data.claims, claimSide(data.old, oldPage), claimSide(data.new, newPage));
  const [oldText, newText] = await Promise.all([documentText(data.old), documentText(data.new)]);
  const body = document.createElement('tbody');
  for (const [changed, oldHeading, newHeading, oldSide, newSide] of data.rows) {
    const tr = document.createElement('tr');
    if (changed) tr.className = 'flagged';
    tr.append(side(oldText, oldHeading, unpackSide(oldSide), older.lang, 'del'), side(newText, newHeading, unpackSide(newSide), newer.lang, 'ins'));
    body.append(tr);
  }
  t.tBodies[0]?.replaceWith(body);
  t.dataset.loaded = 'true';
  showTarget();
}

const shell = openShell();
const table = document.querySelector<HTMLTableElement>('#version-text');
if (shell && table) void load(shell, table);
