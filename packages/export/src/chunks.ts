// Every text format is produced as a sequence of string chunks, so that a graph with a million
// edges is written out piece by piece (to a response, a file) instead of as one giant string.

/** Concatenates the chunks of an export, for callers that want the whole text at once. */
export function collect(chunks: Iterable<string>): string {
  const parts: string[] = [];
  for (const chunk of chunks) parts.push(chunk);
  return parts.join("");
}

/** The same for an asynchronous source (e.g. chunks piped through a transform). */
export async function collectAsync(chunks: AsyncIterable<string> | Iterable<string>): Promise<string> {
  const parts: string[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return parts.join("");
}

/**
 * Regroups small chunks (one per node or edge) into pieces of at least `minLength` characters:
 * a million tiny writes to a socket or stream cost far more than a few hundred large ones.
 */
export function* batchChunks(chunks: Iterable<string>, minLength = 64 * 1024): Generator<string> {
  let pending: string[] = [];
  let length = 0;
  for (const chunk of chunks) {
    pending.push(chunk);
    length += chunk.length;
    if (length >= minLength) {
      yield pending.join("");
      pending = [];
      length = 0;
    }
  }
  if (length > 0) yield pending.join("");
}
