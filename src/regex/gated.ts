/**
 * A regex run only on texts holding its required literals (literals.ts): where one is missing no
 * match can start, so it answers "no match" without running. Pays for patterns that try every
 * position of a text: a leading lookbehind such as `(?<=(?:is|are)[^;]*), and each ` scans back
 * from each position, quadratic in the text (the claims' clause breaks: ~1 s of a 50-page
 * document's claims). The gate costs one case fold of the text, shared by the patterns that test
 * the same text in a row.
 */
import { foldCase } from './fold.ts';
import { requiredLiterals } from './literals.ts';
import { compiledRegExp } from './native.ts';

const nativeExec = RegExp.prototype.exec;
let lastText: string | undefined;
let lastFolded = '';

function folded(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastFolded = foldCase(text);
  }
  return lastFolded;
}

export class GatedRegExp extends RegExp {
  private readonly need: string[][];
  private compiled: RegExp | undefined;

  /** Also `new GatedRegExp(gated, flags)`, as split and matchAll construct one. */
  constructor(pattern: string | RegExp, flags?: string) {
    const source = typeof pattern === 'string' ? pattern : pattern.source;
    const f = flags ?? (typeof pattern === 'string' ? '' : pattern.flags);
    super('(?:)', f);
    Object.defineProperty(this, 'source', { value: source });
    this.need = requiredLiterals(source, f);
  }

  override exec(input: string): RegExpExecArray | null {
    const text = String(input);
    const moves = this.global || this.sticky;
    if (this.need.length > 0) {
      const f = folded(text);
      if (!this.need.every((clause) => clause.some((literal) => f.includes(literal)))) {
        if (moves) this.lastIndex = 0;
        return null;
      }
    }
    const re = (this.compiled ??= compiledRegExp(this.source, this.flags));
    if (moves) re.lastIndex = this.lastIndex;
    const m = nativeExec.call(re, text);
    if (moves) this.lastIndex = re.lastIndex;
    return m;
  }
}

/** `new RegExp(source, flags)` that runs only on texts holding the pattern's required literals. */
export const gatedRegExp = (source: string, flags: string): RegExp => new GatedRegExp(source, flags);
