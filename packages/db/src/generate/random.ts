// Seeded chance for the synthetic generator: the same seed always gives the same network, on
// any machine, so a benchmark figure or a failing test can be reproduced from its seed.

export type Random = () => number;

/** mulberry32 (as in @agora/graph): small, fast, and good enough for sampling. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const randomInt = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

export const pickOf = <T>(random: Random, values: readonly T[]): T => values[Math.floor(random() * values.length)]!;

/** A value drawn in proportion to its weight, e.g. `weighted(random, [["en", 8], ["fr", 2]])`. */
export function weighted<T>(random: Random, choices: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [, w] of choices) total += w;
  let u = random() * total;
  for (const [value, w] of choices) if ((u -= w) < 0) return value;
  return choices[choices.length - 1]![0];
}

/**
 * Draws indices 0..n-1 with fixed weights in O(log n): the cumulative sums and a binary search.
 * Built once per kind and reused for hundreds of thousands of draws.
 */
export class Sampler {
  private readonly cumulative: Float64Array;
  readonly size: number;

  constructor(weights: ArrayLike<number>) {
    this.size = weights.length;
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    for (let i = 0; i < weights.length; i++) this.cumulative[i] = sum += weights[i]!;
    if (!(sum > 0)) throw new Error("a sampler needs at least one positive weight");
  }

  draw(random: Random): number {
    const c = this.cumulative;
    const u = random() * c[c.length - 1]!;
    let lo = 0;
    let hi = c.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (c[mid]! > u) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/**
 * Power-law weights for n items: the item of rank r gets (r + offset)^-exponent, ranks shuffled
 * so that hubs are scattered through the ids rather than all at the front. `factor` scales an
 * item's weight (forums draw more participants than lectures).
 */
export function powerLawWeights(random: Random, n: number, exponent: number, offset: number, factor?: (i: number) => number): Float64Array {
  const rank = new Int32Array(n);
  for (let i = 0; i < n; i++) rank[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = rank[i]!;
    rank[i] = rank[j]!;
    rank[j] = t;
  }
  const weights = new Float64Array(n);
  for (let i = 0; i < n; i++) weights[i] = (factor ? factor(i) : 1) / (rank[i]! + offset) ** exponent;
  return weights;
}

/** A shuffled copy (Fisher–Yates), the same for the same seed on every engine. */
export function shuffled<T>(random: Random, values: readonly T[]): T[] {
  const out = [...values];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
