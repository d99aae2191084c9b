/** The KB contract over the sample corpus (content/sources), with its clean documents. */
import { describe } from 'vitest';
import { kbContract } from './kb-contract.ts';
import { CLEAN_SOURCES } from './spec-vocabulary.ts';

describe('KB contract: content/sources', () => {
  kbContract(['content/sources'], { determinism: true, cleanIds: CLEAN_SOURCES.map((f) => f.replace(/\.[a-z]+$/, '')) });
});
