// /alignment/<source>--<target>.xlf: XLIFF 1.2 of a stored alignment (for CAT tools without 2.0), made at build time.
import type { APIRoute } from 'astro';
import { alignmentExportPaths } from '../../site/align-paths.ts';
import { exportAlignment } from '../../site/align-export.ts';

export const getStaticPaths = () => alignmentExportPaths();

export const GET: APIRoute = ({ props }) =>
  new Response(exportAlignment('xliff12', props.alignment), { headers: { 'Content-Type': 'application/x-xliff+xml' } });
