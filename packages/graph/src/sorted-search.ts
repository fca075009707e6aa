/**
 * The position k in 0 ..< length where at(k) === value, or -1, when at(0), at(1), ... ascend
 * (code-unit order for strings): the graph's sorted node ids, its sorted capacity edges.
 */
export function searchSorted<T extends number | string>(length: number, at: (k: number) => T, value: T): number {
  let lo = 0;
  let hi = length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const found = at(mid);
    if (found === value) return mid;
    if (found < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
