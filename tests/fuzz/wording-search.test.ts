/**
 * wording-contradiction's search (round 15, issue 12): each modal statement was compared with
 * every earlier one (`list.slice(0, i).find(...)`), so a long questionnaire answering "required"
 * row after row grew with the square of its rows. `firstOpposed` compares it with the first of
 * each kind of earlier statement of the other mode; here it finds what the old search found, on
 * generated statements that repeat, share subjects, bind groups and differ in frames, and its
 * visits grow with the statements.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstOpposed, opposed, type Statement } from '../../src/findings/rules/wording-contradiction.ts';
import { frameOf } from '../../src/findings/statement-frames.ts';
import { arrayScans } from '../helpers/array-scans.ts';

/** Frames of our own sentences: plain, planned, a legacy exception, the customer's side. */
const FRAMES = ['Sign-in works this way.', 'We plan to change sign-in next year.', 'One legacy endpoint still differs.', 'Customer administrators decide this.'].map((t) => frameOf(t));
const STEMS = ['authe', 'facto', 'admin', 'passw', 'sessi', 'token'];

const statementArb = fc.record({
  mode: fc.constantFrom('mandatory' as const, 'optional' as const),
  stems: fc.uniqueArray(fc.constantFrom(...STEMS), { maxLength: 3 }),
  attributes: fc.uniqueArray(fc.constantFrom('auth.mfa', 'auth.sso'), { maxLength: 1 }),
  actor: fc.constantFrom(undefined, 'staff', 'users'),
  frame: fc.nat(FRAMES.length - 1),
});

function statementsOf(drawn: Array<{ mode: Statement['mode']; stems: string[]; attributes: string[]; actor: string | undefined; frame: number }>): Statement[] {
  return drawn.map((d, i) => ({
    start: i * 50,
    end: i * 50 + 40,
    mode: d.mode,
    stems: new Set(d.stems),
    attributes: new Set(d.attributes),
    ...(d.actor ? { actor: d.actor } : {}),
    frame: FRAMES[d.frame],
  }));
}

describe('firstOpposed', () => {
  it('gives each statement the first earlier one it opposes, as comparing with every earlier one did', () => {
    let found = 0;
    fc.assert(
      fc.property(fc.array(statementArb, { maxLength: 40 }), (drawn) => {
        const list = statementsOf(drawn);
        const now = firstOpposed(list);
        expect(now).toEqual(list.map((b, i) => list.slice(0, i).find((x) => opposed(x, b))));
        found += now.filter(Boolean).length;
      }),
      { numRuns: 500 },
    );
    expect(found).toBeGreaterThan(0);
  });

  it('visits earlier statements in proportion to the statements when they repeat or state one mode', () => {
    const visits = (n: number) => {
      // One requirement repeated, and distinct requirements with no optional statement at all.
      const repeated = statementsOf(Array.from({ length: n }, (_, i) => ({ mode: i % 2 ? 'mandatory' : 'optional', stems: ['authe', 'facto'], attributes: [], actor: i % 4 < 2 ? 'staff' : 'users', frame: 0 })));
      const distinct = statementsOf(Array.from({ length: n }, (_, i) => ({ mode: 'mandatory', stems: [`s${i}`, `t${i}`], attributes: [], actor: undefined, frame: 0 })));
      return arrayScans(() => {
        firstOpposed(repeated);
        firstOpposed(distinct);
      });
    };
    expect(visits(1600) / visits(400)).toBeLessThan(6);
  });
});
