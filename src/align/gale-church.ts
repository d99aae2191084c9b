/**
 * Gale & Church (1993) length cost: the length of a translation is about `ratio` times the
 * length of its source, with variance s2 = 6.8 per character (their measured constant).
 */
const S2 = 6.8;

/** Standard normal cumulative distribution (Abramowitz & Stegun 26.2.17). */
function phi(x: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(x));
  const d = 0.3989423 * Math.exp((-x * x) / 2);
  const p = d * t * (0.3193815 + t * (-0.3565638 + t * (1.781478 + t * (-1.821256 + t * 1.330274))));
  return x > 0 ? 1 - p : p;
}

/** Probability that lengths l1 and l2 (characters) are a translation pair: 2 * (1 - Φ(|δ|)). */
export function lengthProbability(l1: number, l2: number, ratio: number): number {
  if (l1 === 0 && l2 === 0) return 1;
  const mean = (l1 + l2 / ratio) / 2;
  const delta = (l2 - l1 * ratio) / Math.sqrt(Math.max(mean, 1) * S2);
  return 2 * (1 - phi(Math.abs(delta)));
}

/** -log of {@link lengthProbability}, capped so one odd pair cannot dominate a section. */
export function lengthCost(l1: number, l2: number, ratio: number): number {
  return Math.min(-Math.log(Math.max(lengthProbability(l1, l2, ratio), 1e-12)), 12);
}
