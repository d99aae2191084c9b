/**
 * Clauses of a sentence, for pointing a finding at the part that matters: split after each
 * separator character given ("a; b" -> "a;", "b"). Offsets are into the text, white space trimmed.
 */
export function clauses(text: string, separators: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !separators.includes(text[i])) continue;
    let s = from;
    let e = Math.min(i + 1, text.length);
    while (s < e && /\s/u.test(text[s])) s++;
    while (e > s && /\s/u.test(text[e - 1])) e--;
    if (e > s) out.push([s, e]);
    from = i + 1;
  }
  return out;
}

/** The clause holding offset `at`, or the whole text trimmed when none does. */
export function clauseAt(text: string, at: number, separators: string): [number, number] {
  return clauses(text, separators).find(([s, e]) => s <= at && at < e) ?? [0, text.length];
}
