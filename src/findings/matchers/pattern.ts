/** `pattern`: a regular expression (Vale's `existence` with `raw`), compiled once at load. */
import type { MatcherFactory } from './types.ts';
import { regexMatcher } from './types.ts';
import { narrowedRegExp } from '../../regex/narrowed.ts';
import { captureGroups } from '../../regex/groups.ts';

export const pattern: MatcherFactory = (entry, fail) => {
  if (typeof entry.pattern !== 'string' || entry.pattern === '') fail('pattern empty');
  const flags = entry.flags ?? '';
  if (!/^[ims]*$/.test(flags)) fail(`flags "${flags}" not among i, m, s`);
  let re: RegExp;
  try {
    re = new RegExp(entry.pattern!, `gud${flags}`);
  } catch (error) {
    fail(`pattern does not compile: ${(error as Error).message}`);
  }
  const group = entry.group ?? 0;
  if (!Number.isInteger(group) || group < 0) fail('group must be a non-negative integer');
  // A group beyond the pattern's would silently report nothing.
  const groups = captureGroups(entry.pattern!);
  if (group > groups) fail(`group ${group} but the pattern has ${groups}`);
  // Run only on texts that hold the pattern's required literals (src/regex/literals.ts).
  const narrowed = narrowedRegExp([re!.source], re!.flags);
  return regexMatcher(narrowed, group);
};
