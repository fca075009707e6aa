// mulberry32, seeded: the same targets on every database, candidate and run.
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` values drawn from `list` with `random`, repeats allowed. */
export function sample<T>(list: readonly T[], count: number, random: () => number): T[] {
  if (list.length === 0) throw new Error("sample: the list is empty");
  return Array.from({ length: count }, () => list[Math.floor(random() * list.length)]!);
}
