/**
 * Lists of small non-negative integers packed into short JSON-safe strings for the site's search
 * and pair files: each number a big-endian base-32 varint written with a 64-letter alphabet
 * (letters 0-31 end a number, 32-63 carry its higher digits), so 0-31 take one character and
 * 32-1023 two, where JSON spends a digit per decimal place plus a comma. The letters need no
 * escaping in JSON. packInts([0, 5, 40]) -> "05x8"; unpackInts("05x8") -> [0, 5, 40]
 */
const LETTERS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';
const VALUE = new Map([...LETTERS].map((c, i) => [c, i]));

export function packInts(values: readonly number[]): string {
  let out = '';
  for (const v of values) {
    if (!Number.isSafeInteger(v) || v < 0) throw new RangeError(`packInts: ${v} is not a non-negative integer`);
    let digits = LETTERS[v % 32]!;
    for (let rest = Math.floor(v / 32); rest > 0; rest = Math.floor(rest / 32)) digits = LETTERS[32 + (rest % 32)]! + digits;
    out += digits;
  }
  return out;
}

export function unpackInts(packed: string): number[] {
  const out: number[] = [];
  let v = 0;
  for (const c of packed) {
    const d = VALUE.get(c);
    if (d === undefined) throw new RangeError(`unpackInts: '${c}' is not a packed digit`);
    if (d >= 32) v = v * 32 + (d - 32);
    else {
      out.push(v * 32 + d);
      v = 0;
    }
  }
  if (v !== 0) throw new RangeError('unpackInts: the string ends inside a number');
  return out;
}

/** Signed to non-negative, small magnitudes small: 0, -1, 1, -2 ... -> 0, 1, 2, 3 ... */
export const zigzag = (n: number): number => (n < 0 ? -2 * n - 1 : 2 * n);
export const unzigzag = (n: number): number => (n % 2 ? -(n + 1) / 2 : n / 2);
