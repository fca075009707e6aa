/*
 * Word sets for "similar text", tokenised once when the graph is built. A word is weighted by
 * its rarity (idf), so two sessions sharing "microfinance" count for more than two sharing
 * "development"; the inverted index lets relatedCases find candidates by word without
 * comparing against every node.
 */

const WORD_SPLIT = /[^\p{L}\p{N}]+/u;

export class TextIndex {
  private constructor(
    /** Node i's distinct words are tokens[offsets[i] .. offsets[i + 1]), ascending word ids. */
    readonly offsets: Int32Array,
    readonly tokens: Int32Array,
    readonly words: readonly string[],
    /** How many nodes use each word. */
    readonly df: Int32Array,
    readonly idf: Float64Array,
    /** Euclidean norm of each node's idf vector (0 without text), for cosine similarity. */
    readonly norm: Float64Array,
    /** The nodes using word w are postings[postingOffsets[w] .. postingOffsets[w + 1]), ascending. */
    readonly postingOffsets: Int32Array,
    readonly postings: Int32Array,
  ) {}

  static build(texts: readonly (string | null | undefined)[]): TextIndex {
    const n = texts.length;
    const wordIds = new Map<string, number>();
    const words: string[] = [];
    const offsets = new Int32Array(n + 1);
    const collected: number[] = [];
    let documents = 0;
    for (let i = 0; i < n; i++) {
      const text = texts[i];
      offsets[i] = collected.length;
      if (!text) continue;
      const seen = new Set<number>();
      for (const word of text.toLowerCase().split(WORD_SPLIT)) {
        if (word.length === 0) continue;
        let id = wordIds.get(word);
        if (id === undefined) {
          id = words.length;
          wordIds.set(word, id);
          words.push(word);
        }
        seen.add(id);
      }
      if (seen.size > 0) documents++;
      for (const id of [...seen].sort((a, b) => a - b)) collected.push(id);
    }
    offsets[n] = collected.length;
    const tokens = Int32Array.from(collected);

    const df = new Int32Array(words.length);
    for (const t of tokens) df[t]!++;
    const idf = new Float64Array(words.length);
    // Smoothed so a word every node uses still weighs a little, and never divides by zero.
    for (let w = 0; w < words.length; w++) idf[w] = Math.log(1 + documents / df[w]!);
    const norm = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) sum += idf[tokens[k]!]! ** 2;
      norm[i] = Math.sqrt(sum);
    }

    const postingOffsets = new Int32Array(words.length + 1);
    for (let w = 0; w < words.length; w++) postingOffsets[w + 1] = postingOffsets[w]! + df[w]!;
    const cursor = postingOffsets.slice(0, words.length);
    const postings = new Int32Array(tokens.length);
    for (let i = 0; i < n; i++) {
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) postings[cursor[tokens[k]!]!++] = i;
    }
    return new TextIndex(offsets, tokens, words, df, idf, norm, postingOffsets, postings);
  }
}
