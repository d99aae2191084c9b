// /alignment/<source>--<target>.xliff: XLIFF 2.0 of a stored alignment, made at build time.
import type { APIRoute } from 'astro';
import { alignmentExportPaths } from '../../site/align-paths.ts';
import { exportAlignment } from '../../site/align-export.ts';

export const getStaticPaths = () => alignmentExportPaths();

export const GET: APIRoute = ({ props }) =>
  new Response(exportAlignment('xliff', props.alignment), { headers: { 'Content-Type': 'application/xliff+xml' } });
