/**
 * Counts the elements array methods visit (find, some, filter, includes, map, ...) while `run`
 * runs: a step that looks through a whole-input list once per item of it makes this count grow
 * with the square of the input. For structural linearity tests (no timing).
 */
const METHODS = ['find', 'findIndex', 'findLast', 'some', 'every', 'filter', 'includes', 'indexOf', 'lastIndexOf', 'map', 'flatMap', 'forEach', 'reduce'] as const;

export function arrayScans(run: () => void): number {
  let visited = 0;
  const originals = METHODS.map((name) => [name, Array.prototype[name]] as const);
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
  }
  return visited;
}
