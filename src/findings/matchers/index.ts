/** The engine's checks, by the `matcher` name rule data uses (Vale's extension points). */
import type { MatcherName } from '../rule-data.ts';
import type { MatcherFactory } from './types.ts';
import { phrase } from './phrase.ts';
import { pattern } from './pattern.ts';
import { script } from './script.ts';
import { repeat } from './repeat.ts';

export const MATCHER_FACTORIES: Record<MatcherName, MatcherFactory> = { phrase, pattern, script, repeat };
export type { CompiledMatcher, MatchHit } from './types.ts';
