/**
 * A rule's `context` concept (rules.ts) may be met by up to 2,000 characters of the section before
 * the unit, so testing it costs more than the rule. It is tested only where the rule found
 * something: counted, not timed, as the characters the concept's pattern runs on.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/extract.ts';
import { lexiconFor } from '../../src/claims/lexicon.ts';
import { RULES } from '../../src/claims/rules.ts';
import { documentFromText } from '../../src/model/from-text.ts';

const contexts = [...new Set(RULES.flatMap((r) => (r.context ? [r.context] : [])))];
const restore: Array<() => void> = [];
afterEach(() => restore.splice(0).forEach((undo) => undo()));

/** Characters the `context` concepts' patterns run on while `run` goes. */
function contextCharacters(run: () => void): number {
  let characters = 0;
  for (const name of contexts) {
    const re = lexiconFor('en').concept(name);
    const exec = re.exec;
    re.exec = function (this: RegExp, text: string) {
      characters += String(text).length;
      return exec.call(this, text);
    };
    restore.push(() => (re.exec = exec));
  }
  run();
  return characters;
}

describe('context concepts', () => {
  it('are tested only on units where their rule finds something', () => {
    expect(contexts.length).toBeGreaterThan(0);
    // A long section of support staff talk (the context) that never states a condition.
    const filler = Array.from({ length: 120 }, (_, i) => `Support engineers in team ${i} speak English and Polish and work from two offices.`).join(' ');
    const doc = documentFromText(`# Support\n\n${filler}\n`);
    extractClaims(doc); // warm-up: patterns compiled
    const characters = contextCharacters(() => extractClaims(doc));
    // Tested on every unit with the text before it, it ran on ~200,000 characters.
    expect(characters).toBeLessThan(doc.text.length);
  });

  it('still decide a condition stated after its context', () => {
    const doc = documentFromText('# Access\n\nSupport engineers can see customer accounts. They do so only at the customer\'s request.\n');
    const claims = extractClaims(doc);
    expect(claims.find((c) => c.attribute === 'access.staff_conditions')?.value).toBe('customer-request');
  });
});
