/**
 * Page chrome in a web page saved as text (.txt, .md): a help centre's skip link, breadcrumb
 * root, author and "updated 3 days ago" lines, "Was this article helpful?", print and share
 * buttons, "Back to top"; a docs platform's "On this page", "Powered by ...", previous/next links
 * and its instructions to AI agents (an index at llms.txt, a query parameter to ask). The html
 * reader leaves chrome out by the page's structure (main-content.ts); in text only the words tell,
 * so a block is chrome only when its whole text is such a line (rules/model/chrome.json) and a
 * sentence that merely mentions cookies or an update stays. Left out, it no longer heads a
 * section, titles the document or weighs on its language (an English agent instruction under a
 * short Polish article); the manifest notes what was dropped, as for html.
 */
import type { Anchor, RawBlock, ReadResult } from '../../src/model/types.ts';
import rules from '../../rules/model/chrome.json' with { type: 'json' };

const LINE = new RegExp(`^(?:${rules.lines.join('|')})$`, 'iu');
const AGENT_HEADING = new RegExp(rules.agentHeading, 'iu');
const AGENT_INDEX = new RegExp(rules.agentIndex, 'iu');
const AGENT_CUE = new RegExp(rules.agentCue, 'iu');
const AGENT_QUERY = new RegExp(rules.agentQuery, 'iu');
const BREADCRUMB_ROOT = new RegExp(`^(?:${rules.breadcrumbRoot})$`, 'iu');
/** A breadcrumb has a few crumbs: further than this, the title never came twice and only the root goes. */
const MAX_CRUMBS = 6;
/** Chrome is a line, not a paragraph: longer blocks are never tested against the lines. */
const MAX_LINE = 120;
const EXAMPLES = 5;
const EXAMPLE_CHARS = 80;

const chromeLine = (line: string) => {
  const text = line.trim().replace(/\s+/g, ' ');
  return text.length <= MAX_LINE && LINE.test(text.replace(/[.:!]$/u, ''));
};

/** A block whose whole text is a chrome line, or a docs platform's instruction to agents. */
export function isChromeBlock(block: RawBlock): boolean {
  if (block.type === 'table-row' || block.type === 'image') return false;
  if (chromeLine(block.text)) return true;
  const text = block.text.trim().replace(/\s+/g, ' ');
  return AGENT_CUE.test(text) && AGENT_INDEX.test(text);
}

/**
 * A paragraph or heading without the chrome lines it starts or ends with ("Keeping your data
 * safe" / "Updated 3 days ago" read as one block of a short page); the block as it is when it has
 * none. Anchors before the kept lines go; the first kept line is anchored at its line.
 */
function trimmed(block: RawBlock): { block: RawBlock; lines: string[] } {
  if ((block.type !== 'paragraph' && block.type !== 'heading') || !block.text.includes('\n')) return { block, lines: [] };
  const lines = block.text.split('\n');
  let from = 0;
  let to = lines.length;
  while (from < to - 1 && chromeLine(lines[from])) from++;
  while (to > from + 1 && chromeLine(lines[to - 1])) to--;
  if (from === 0 && to === lines.length) return { block, lines: [] };
  const start = from === 0 ? 0 : lines.slice(0, from).join('\n').length + 1;
  const text = lines.slice(from, to).join('\n');
  const first = block.anchors?.[0];
  const kept = (block.anchors ?? []).filter(([o]) => o >= start && o < start + text.length).map(([o, l, c]): Anchor => [o - start, l, c]);
  if (first && kept[0]?.[0] !== 0) kept.unshift([0, first[1] + from, 1]);
  return { block: { ...block, text, ...(block.anchors ? { anchors: kept } : {}) }, lines: [...lines.slice(0, from), ...lines.slice(to)] };
}

/** `read` without its chrome blocks; the count and a few examples go to `dropped`. */
export function withoutChrome(read: ReadResult): ReadResult {
  const drop = new Set<number>();
  read.blocks.forEach((block, i) => {
    if (isChromeBlock(block)) drop.add(i);
    else if (BREADCRUMB_ROOT.test(block.text.trim())) breadcrumb(read.blocks, i).forEach((k) => drop.add(k));
    else if (block.type === 'heading' && AGENT_HEADING.test(block.text.trim())) agentSection(read.blocks, i).forEach((k) => drop.add(k));
  });
  const removed: string[] = [];
  const blocks: RawBlock[] = [];
  read.blocks.forEach((block, i) => {
    if (drop.has(i)) return void removed.push(block.text.trim());
    const { block: kept, lines } = trimmed(block);
    removed.push(...lines.map((l) => l.trim()));
    blocks.push(kept);
  });
  if (removed.length === 0) return read;
  const dropped = { blocks: read.dropped?.blocks ?? 0, characters: read.dropped?.characters ?? 0, examples: [...(read.dropped?.examples ?? [])] };
  for (const text of removed) {
    dropped.blocks++;
    dropped.characters += text.replace(/\s+/g, '').length;
    if (dropped.examples.length < EXAMPLES) dropped.examples.push(text.length > EXAMPLE_CHARS ? `${text.slice(0, EXAMPLE_CHARS - 1)}…` : text);
  }
  return { ...read, blocks, dropped };
}

/**
 * The blocks of an "Agent Instructions" section (its heading to the next heading), or none when
 * nothing in it tells how to query the documentation: a product's own feature may be called that.
 */
function agentSection(blocks: readonly RawBlock[], at: number): number[] {
  let end = at + 1;
  while (end < blocks.length && blocks[end].type !== 'heading') end++;
  if (!blocks.slice(at, end).some((b) => AGENT_QUERY.test(b.text))) return [];
  return Array.from({ length: end - at }, (_, k) => at + k);
}

/**
 * A breadcrumb from its root: the root, then short crumbs up to the article's title, which the
 * page then repeats as its heading; the first title goes with the crumbs. Without the repeat
 * within a few blocks, only the root is known to be chrome.
 */
function breadcrumb(blocks: readonly RawBlock[], at: number): number[] {
  const same = (k: number) => blocks[k].text.trim() === blocks[k + 1]?.text.trim();
  for (let k = at + 1; k < blocks.length - 1 && k <= at + MAX_CRUMBS; k++) {
    if (blocks[k].text.length > MAX_LINE || /[.!?]$/.test(blocks[k].text.trim())) break;
    if (same(k)) return Array.from({ length: k - at + 1 }, (_, n) => at + n);
  }
  return [at];
}
