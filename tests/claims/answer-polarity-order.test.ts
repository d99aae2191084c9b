/**
 * An answer's polarity depends on its own words only, never on the answers read before it (a
 * concept's regex is global: testing it directly kept its lastIndex from the previous answer, so a
 * worker's claims depended on the order of the rows it had read).
 */
import { expect, it } from 'vitest';
import { answerPolarity } from '../../src/claims/answers.ts';
import { lexiconFor } from '../../src/claims/lexicon.ts';

it('reads "No, but ... on request" the same alone and after another such answer', () => {
  const lex = lexiconFor('en');
  const answer = 'No, but available as an option on request';
  const alone = answerPolarity(answer, lex);
  const afterOthers = ['No, but it can be enabled on request for a fee', 'N - but available on request', answer].map((a) => answerPolarity(a, lex));
  expect(afterOthers.at(-1)).toBe(alone);
  expect(new Set(afterOthers.concat(alone))).toEqual(new Set([alone]));
});
