/** The value extractors by kind (`value.kind` in rules/claims/patterns.json). */
import { area } from './area.ts';
import { boolean, negatedOnly, personalData, statedFalse } from './boolean.ts';
import { certification } from './certification.ts';
import { countBefore, tier } from './count.ts';
import { duration, durationOrAsap, durationOrNegated } from './duration.ts';
import { frequency } from './frequency.ts';
import { location } from './location.ts';
import { subprocessor } from './organisation.ts';
import { percent } from './percent.ts';
import { provider } from './provider.ts';
import { concepts, table } from './table.ts';
import { tlsMin } from './tls.ts';
import type { Extractor } from './types.ts';

export const EXTRACTORS: Readonly<Record<string, Extractor>> = {
  area,
  boolean,
  certification,
  concepts,
  countBefore,
  duration,
  durationOrAsap,
  durationOrNegated,
  frequency,
  location,
  negatedOnly,
  percent,
  personalData,
  provider,
  statedFalse,
  subprocessor,
  table,
  tier,
  tlsMin,
};
