/** Static paths of the alignment downloads: one per stored alignment whose exporter exists. */
import { canExport, type ExportFormat } from './align-export.ts';
import { loadKb, type AlignmentFile } from './kb.ts';
import { pairKey } from './paths.ts';

export function alignmentExportPaths(format: ExportFormat): Array<{ params: { pair: string }; props: { alignment: AlignmentFile; source: string; target: string } }> {
  if (!canExport(format)) return [];
  const kb = loadKb();
  return kb.pairs.translations
    .filter((p) => kb.alignments[pairKey(p.source, p.target)])
    .map((p) => ({ params: { pair: pairKey(p.source, p.target) }, props: { alignment: kb.alignments[pairKey(p.source, p.target)]!, source: p.source, target: p.target } }));
}
