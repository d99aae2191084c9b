/**
 * The number of capturing groups in a regex source, read from the text (escapes and classes
 * skipped), so validating a rule does not compile its pattern: compiling a Unicode pattern costs
 * milliseconds, and most rules never meet a text that holds their literals.
 */
export function captureGroups(source: string): number {
  let groups = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(' && (source[i + 1] !== '?' || (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!'))) groups++;
  }
  return groups;
}
