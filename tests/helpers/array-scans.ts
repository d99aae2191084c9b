/**
 * Counts the elements array methods visit (find, some, filter, includes, map, ...) while `run`
 * runs: a step that looks through a whole-input list once per item of it makes this count grow
 * with the square of the input. For structural linearity tests (no timing).
 * With `iterated`, also the elements that spread and for-of step through.
 */
const METHODS = ['find', 'findIndex', 'findLast', 'some', 'every', 'filter', 'includes', 'indexOf', 'lastIndexOf', 'map', 'flatMap', 'forEach', 'reduce'] as const;

export function arrayScans(run: () => void, options: { iterated?: boolean } = {}): number {
  let visited = 0;
  const originals = METHODS.map((name) => [name, Array.prototype[name]] as const);
  // iterated: also the elements spread and for-of loops step through (`[...list, item]` copies).
  const iterator = Array.prototype[Symbol.iterator];
  if (options.iterated) {
    Object.defineProperty(Array.prototype, Symbol.iterator, {
      configurable: true,
      writable: true,
      value: function (this: unknown[]) {
        const it = iterator.call(this);
        return { next: () => { const r = it.next(); if (!r.done) visited++; return r; }, [Symbol.iterator]() { return this; } };
      },
    });
  }
  for (const [name, original] of originals) {
    Object.defineProperty(Array.prototype, name, {
      configurable: true,
      writable: true,
      value: function (this: unknown[], ...args: unknown[]) {
        visited += this.length;
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      },
    });
  }
  try {
    run();
  } finally {
    for (const [name, original] of originals) Object.defineProperty(Array.prototype, name, { configurable: true, writable: true, value: original });
    if (options.iterated) Object.defineProperty(Array.prototype, Symbol.iterator, { configurable: true, writable: true, value: iterator });
  }
  return visited;
}
