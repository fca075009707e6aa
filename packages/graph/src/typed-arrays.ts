/** A typed array of the same kind and `size`, holding `from`'s first `size` values (columns that grow). */
export function grown<T extends Int32Array | Uint16Array | Float64Array | Uint8Array>(from: T, size: number): T {
  const to = new (from.constructor as new (n: number) => T)(size);
  to.set(from.length > size ? from.subarray(0, size) : from);
  return to;
}
