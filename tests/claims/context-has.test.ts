/**
 * `has` keeps the outcomes of recent tests (src/claims/context.ts): a repeated test must answer
 * the same and leave the concept's global regex where a fresh test leaves it, since some callers
 * go on from its lastIndex.
 */
import { describe, expect, it } from 'vitest';
import { has } from '../../src/claims/context.ts';
import { lexiconFor } from '../../src/claims/lexicon.ts';

describe('has on a text tested before', () => {
  it('answers as a fresh test and leaves the same lastIndex', () => {
    const lex = lexiconFor('en');
    const texts = ['Backups are encrypted at rest with AES-256.', 'Nothing to see here.', 'We back up data daily; backups are kept 30 days.'];
    for (const concept of ['backup', 'encrypt', 'intent']) {
      const re = lex.concept(concept);
      for (const text of texts) {
        re.lastIndex = 0;
        const fresh = re.test(text);
        const after = re.lastIndex;
        for (let round = 0; round < 3; round++) {
          re.lastIndex = 7; // whatever a caller left
          expect(has(lex, concept, text)).toBe(fresh);
          expect(re.lastIndex).toBe(after);
        }
      }
    }
    expect(has(lex, 'backup', texts[0])).toBe(true); // the texts do hit concepts
  });
});
