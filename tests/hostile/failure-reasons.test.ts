/**
 * What a file's failure says when the engine, not the reader, gives up: every line names what is
 * wrong and what to do (the pool prefixes the file).
 */
import { describe, expect, it } from 'vitest';
import { failureReason } from '../../ingest/tasks.ts';
import { reasons } from '../../ingest/errors.ts';

describe('failure reasons', () => {
  it('a stack overflow is nesting, with what to do', () => {
    expect(failureReason(new RangeError('Maximum call stack size exceeded'))).toBe(
      'the document is nested too deeply to analyze (stack overflow); flatten its nesting (lists, quotes, tables in tables) or save it as plain text',
    );
  });

  it("a Set, Map or string past V8's largest is a file too big to analyze, not an unexpected error", () => {
    expect(failureReason(new RangeError('Set maximum size exceeded'))).toBe('the document is too large to analyze (Set maximum size exceeded); split it into smaller files');
    expect(failureReason(new RangeError('Invalid string length'))).toBe('the document is too large to analyze (Invalid string length); split it into smaller files');
    expect(failureReason(new TypeError('x is not a function'))).toBe('unexpected error while processing the file (x is not a function)');
  });

  it('a timeout says what to do', () => {
    expect(reasons.timeout(30_000)).toBe('processing took over 30 s (--timeout-s); split the file, or raise --timeout-s if it is genuine');
  });
});
