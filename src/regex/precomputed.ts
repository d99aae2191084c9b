/**
 * Term analyses made when lib/ is compiled: scripts/compile.mjs puts them in place of this
 * module in the bundle (source -> clauses, see term-analysis.ts). In the sources (tests, tsx,
 * the site) there are none and every term is analysed at run time.
 */
import type { Clauses } from './literals.ts';

export const PRECOMPUTED: ReadonlyMap<string, Clauses> | undefined = undefined;
