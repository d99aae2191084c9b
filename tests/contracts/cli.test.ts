/**
 * The command line against cli.md, run as a user runs it (bin/seckb.js), over content/sources.
 * One KB is built for all the tests (search, compare, and the texts to check offsets against);
 * the tests live by subject in tests/contracts/cli/ (shared set-up in context.ts).
 */
import { afterAll, beforeAll } from 'vitest';
import { checkTests } from './cli/check.ts';
import { usageAndPairTests } from './cli/commands.ts';
import { buildSharedKb, removeSharedKb } from './cli/context.ts';
import { kbCommandTests } from './cli/kb-commands.ts';

beforeAll(buildSharedKb);
afterAll(removeSharedKb);
usageAndPairTests();
checkTests();
kbCommandTests();
