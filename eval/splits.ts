/**
 * The eval splits (eval/score.ts re-exports them). dev: rules may be improved against it; test, test2: measurement only (test2 was added once test
 * had been seen). world-dev / world-test / world-test2: the set written after reading real vendor
 * pages (eval/README.md); world-dev and world-dev2 are for tuning, and so is world-test from round 2
 * on (it was read twice); world-test2 was sealed for round 2; world-test3 was sealed for round 3, run
 * once, and opened for tuning from round 4 (RESULTS.md); world-test4 was sealed for round 4, run at the
 * round's start and end, then opened (its false inconsistency findings were read by class); world-test5
 * was the fresh sealed split of round 5, written by someone who does not tune, run at that round's start
 * and end, and opened for tuning at the start of round 6; world-test6, the fresh sealed split of round 6
 * (written by someone who does not tune), likewise, opened at the start of round 7; world-test7 is the fresh
 * sealed split of round 7, written by someone who does not tune, run at that round's start and end, and
 * opened for tuning at the start of round 8; world-test8 is the fresh sealed split of round 8, written by
 * someone who does not tune, committed before any run, run at that round's start and end, and opened for
 * tuning at the start of round 9; world-test9 is the fresh sealed split of round 9, written by someone who does
 * not tune, committed before any run, run at that round's start and end, and opened for tuning at the start of
 * round 10; world-test10 is the fresh sealed split of round 10, written by someone who does not tune, committed
 * before any run, run at that round's start and end, and opened for tuning at the start of round 11;
 * world-test11 is the fresh sealed split of round 11, written by someone who does not tune, committed before
 * any run, run at that round's start and end, and opened for tuning at the start of round 12; world-test12 is the fresh
 * sealed split of round 12, written by someone who does not tune, committed before any run, run at that round's
 * start and end, and opened for tuning at the start of round 13; world-test13 is the fresh sealed split of round 13,
 * written by someone who does not tune, committed before any run, run at that round's start and end, and opened
 * for tuning at the start of round 14; world-test14 is the fresh sealed split of round 14, written by someone who does
 * not tune, committed before any run, run at that round's start and end, and opened for tuning at the start of round 15
 * (eval/README.md).
 */
/** `folder`: a labelled set kept outside the repository (bench/quality.ts --dir); never in SPLITS. */
export type Split = 'folder' | 'dev' | 'test' | 'test2' | 'world-dev' | 'world-dev2' | 'world-test' | 'world-test2' | 'world-test3' | 'world-dev3' | 'world-test4' | 'world-test5' | 'world-test6' | 'world-test7' | 'world-test8' | 'world-test9' | 'world-test10' | 'world-test11' | 'world-test12' | 'world-test13' | 'world-test14';
export const SPLITS: readonly Split[] = ['dev', 'test', 'test2', 'world-dev', 'world-dev2', 'world-test', 'world-test2', 'world-test3', 'world-dev3', 'world-test4', 'world-test5', 'world-test6', 'world-test7', 'world-test8', 'world-test9', 'world-test10', 'world-test11', 'world-test12', 'world-test13', 'world-test14'];
/** The world splits: written after reading real vendor pages; run only when named (never by `all`). */
export const WORLD: ReadonlySet<Split> = new Set(['world-dev', 'world-dev2', 'world-test', 'world-test2', 'world-test3', 'world-dev3', 'world-test4', 'world-test5', 'world-test6', 'world-test7', 'world-test8', 'world-test9', 'world-test10', 'world-test11', 'world-test12', 'world-test13', 'world-test14']);
/**
 * World splits written with claims labels only. Such a split reports findings once its labels list
 * any finding or trap (findingsLabelled): then every one of its documents is scored, a document with
 * no finding labelled counting as clean. world-test3 to world-test8 label findings from the start.
 */
export const CLAIMS_ONLY: ReadonlySet<Split> = new Set(['world-dev', 'world-dev2', 'world-test', 'world-test2']);
/**
 * Findings-only splits: documents written to carry the residue real writers leave (pasted chat text,
 * placeholders, editor notes, markup leaks) in a realistic page; claims are not labelled, so not scored.
 */
export const FINDINGS_ONLY: ReadonlySet<Split> = new Set(['world-dev3']);
/** Sealed splits: seckb runs on them only when they are named on purpose, once per round (never in tests). */
export const SEALED: ReadonlySet<Split> = new Set(['world-test2']);
