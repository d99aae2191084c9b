// /alignment/<source>--<target>.tmx: TMX 1.4b of a stored alignment, made at build time.
import type { APIRoute } from 'astro';
import { alignmentExportPaths } from '../../site/align-paths.ts';
import { exportAlignment } from '../../site/align-export.ts';

export const getStaticPaths = () => alignmentExportPaths();

export const GET: APIRoute = ({ props }) =>
  new Response(exportAlignment('tmx', props.alignment), { headers: { 'Content-Type': 'application/x-tmx+xml' } });
