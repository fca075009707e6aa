/*
 * Many short strings (a million link ids) packed into one string and an offsets array: about
 * a byte per character instead of a heap object of 30-40 bytes per string plus its slot in an
 * array. Reading one back slices it out, which is cheap next to what callers then do with it.
 *
 * The packed string holds Latin-1 only, so V8 stores it one byte per character. One label with
 * a character beyond Latin-1 ("Satō") would otherwise make the whole pack two-byte, and every
 * string sliced from it, and then every answer that quotes one: JSON twice the size, and
 * slower to build, measure and encode (a 1.6 MB neighbourhood, measured). Those few strings are
 * kept aside, and a placeholder of their length holds their place in the pack.
 */
import { searchSorted } from "./sorted-search.ts";
import { grown } from "./typed-arrays.ts";

const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;

export class StringColumn {
  /** Open-addressing hash table of positions + 1 (0 = empty), built on the first indexOf. */
  private slots: Int32Array | null = null;
  /** Bit i set: string i is one of the strings kept aside (null when there are none). */
  private readonly asideBits: Uint8Array | null;

  private constructor(
    private readonly packed: string,
    /** String i is packed.slice(offsets[i], offsets[i + 1]), unless it is kept aside. */
    private readonly offsets: Int32Array,
    /** The positions of the strings with characters beyond Latin-1, ascending, and the strings. */
    private readonly asideAt: Int32Array,
    private readonly asideValues: readonly string[],
  ) {
    if (asideAt.length === 0) {
      this.asideBits = null;
    } else {
      this.asideBits = new Uint8Array((offsets.length >> 3) + 1);
      for (const i of asideAt) this.asideBits[i >> 3]! |= 1 << (i & 7);
    }
  }

  static from(values: Iterable<string>): StringColumn {
    const writer = new StringColumnWriter();
    for (const value of values) writer.push(value);
    return writer.finish();
  }

  get length(): number {
    return this.offsets.length - 1;
  }

  get(i: number): string {
    return this.isAside(i) ? this.aside(i) : this.packed.slice(this.offsets[i]!, this.offsets[i + 1]!);
  }

  private isAside(i: number): boolean {
    return this.asideBits !== null && (this.asideBits[i >> 3]! & (1 << (i & 7))) !== 0;
  }

  private aside(i: number): string {
    return this.asideValues[searchSorted(this.asideAt.length, (k) => this.asideAt[k]!, i)]!;
  }

  /** The first position holding `value`, or -1: a hash lookup, 5 bytes per string once built. */
  indexOf(value: string): number {
    const slots = (this.slots ??= this.buildSlots());
    for (let slot = hash(value, 0, value.length) % slots.length; ; slot = slot + 1 === slots.length ? 0 : slot + 1) {
      const found = slots[slot]!;
      if (found === 0) return -1;
      if (this.holds(found - 1, value)) return found - 1;
    }
  }

  /** Whether string i is `value`, compared in place. */
  private holds(i: number, value: string): boolean {
    if (this.isAside(i)) return this.aside(i) === value;
    const start = this.offsets[i]!;
    return this.offsets[i + 1]! - start === value.length && this.packed.startsWith(value, start);
  }

  /** Builds the hash table now rather than on the first indexOf (~0.2 s at a million strings). */
  buildIndex(): void {
    this.slots ??= this.buildSlots();
  }

  private buildSlots(): Int32Array {
    // Filled to 80% at most: lookups are rare (an edge asked for by id), a million ids many.
    const size = Math.ceil(this.length * 1.25) + 1;
    const slots = new Int32Array(size);
    for (let i = 0; i < this.length; i++) {
      const start = this.offsets[i]!;
      const end = this.offsets[i + 1]!;
      let slot = (this.isAside(i) ? hash(this.aside(i), 0, end - start) : hash(this.packed, start, end)) % size;
      let taken = false;
      while (slots[slot] !== 0) {
        // A repeated string keeps its first position.
        if (this.holds(slots[slot]! - 1, this.get(i))) {
          taken = true;
          break;
        }
        slot = slot + 1 === size ? 0 : slot + 1;
      }
      if (!taken) slots[slot] = i + 1;
    }
    return slots;
  }

  /** The strings in the given order (for callers that want an array, e.g. tests). */
  toArray(): string[] {
    return Array.from({ length: this.length }, (_, i) => this.get(i));
  }

  static fromParts(packed: string, offsets: Int32Array, asideAt: Int32Array, asideValues: readonly string[]): StringColumn {
    return new StringColumn(packed, offsets, asideAt, asideValues);
  }
}

/** FNV-1a over the UTF-16 code units text[start..end). */
function hash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

/** Appends strings one at a time, then packs them (the graph builder's edge ids). */
export class StringColumnWriter {
  // Strings are joined a chunk at a time and written into one buffer as Latin-1, so that a
  // million ids never wait as strings: the buffer and, at the end, the pack are all there is.
  private static readonly CHUNK = 4096;
  private pending: string[] = [];
  private bytes = Buffer.allocUnsafe(1 << 16);
  private written = 0;
  private offsets = new Int32Array(1024);
  private count = 0;
  private chars = 0;
  private readonly asideAt: number[] = [];
  private readonly asideValues: string[] = [];

  get length(): number {
    return this.count;
  }

  push(value: string): void {
    if (this.count + 1 >= this.offsets.length) this.offsets = grown(this.offsets, this.offsets.length * 2);
    this.chars += value.length;
    this.offsets[++this.count] = this.chars;
    this.pending.push(value);
    if (this.pending.length === StringColumnWriter.CHUNK) this.flush();
  }

  finish(): StringColumn {
    this.flush();
    // Read back as Latin-1, the pack is one-byte whatever its pieces were (a Latin-1 piece that
    // V8 happened to store two bytes wide, sliced from a wider string, would widen a join).
    const packed = this.bytes.toString("latin1", 0, this.written);
    this.bytes = Buffer.alloc(0);
    return StringColumn.fromParts(packed, this.offsets.slice(0, this.count + 1), Int32Array.from(this.asideAt), this.asideValues);
  }

  private flush() {
    if (this.pending.length === 0) return;
    let chunk = this.pending.join("");
    if (BEYOND_LATIN1.test(chunk)) {
      const first = this.count - this.pending.length;
      chunk = this.pending
        .map((value, k) => {
          if (!BEYOND_LATIN1.test(value)) return value;
          this.asideAt.push(first + k);
          this.asideValues.push(value);
          return "\0".repeat(value.length);
        })
        .join("");
    }
    this.pending = [];
    if (this.written + chunk.length > this.bytes.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.written + chunk.length, this.bytes.length * 2));
      this.bytes.copy(grown, 0, 0, this.written);
      this.bytes = grown;
    }
    this.written += this.bytes.write(chunk, this.written, "latin1");
  }
}
