#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx seckb` works right after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/seckb.ts');
process.exitCode = await main(process.argv.slice(2));
