#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx seckb` works right after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

register();
// tsx turns source maps on; Node then parses every module's map up front (pdf.js ships 7.5 MB
// of them, ~170 MB of heap). SECKB_DEBUG=1 keeps them for TypeScript line numbers in traces.
if (!process.env.SECKB_DEBUG) process.setSourceMapsEnabled(false);
const { main } = await import('../src/cli/seckb.ts');
process.exitCode = await main(process.argv.slice(2));
