/** Static paths of the alignment downloads: one per stored alignment. */
import type { Alignment } from '../align/types.ts';
import { loadKb } from './kb.ts';
import { pairKey } from './paths.ts';

export function alignmentExportPaths(): Array<{ params: { pair: string }; props: { alignment: Alignment } }> {
  const kb = loadKb();
  return kb.pairs.translations
    .map((p) => pairKey(p.source, p.target))
    .filter((key) => kb.alignments[key])
    .map((key) => ({ params: { pair: key }, props: { alignment: kb.alignments[key]! } }));
}
