// Errors about an input quote it back, so the client sees what was wrong with it; but an input
// may be a megabyte long, and an error is no place to echo it whole.

export const MAX_QUOTED_CHARS = 40;

/** `value` as an error message quotes it: JSON, cut after 40 characters with "…" and its length. */
export function quote(value: unknown, max = MAX_QUOTED_CHARS): string {
  const text = typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
  const chars = [...text];
  if (chars.length <= max) return typeof value === "string" ? JSON.stringify(text) : text;
  const shown = chars.slice(0, max).join("");
  return typeof value === "string"
    ? `${JSON.stringify(`${shown}…`)} (a string of ${chars.length} characters)`
    : `${shown}… (${chars.length} characters)`;
}

// Every quoted string, left to right, so that a closing quote never opens the next match.
const STRING_LITERAL = /"(?:[^"\\]|\\.)*"/gs;

/** Shortens every quoted string longer than 40 characters in a message (graphql-js quotes inputs whole). */
export function shortenQuotes(message: string): string {
  return message.replace(STRING_LITERAL, (literal: string, offset: number) => {
    if (literal.length <= MAX_QUOTED_CHARS + 2) return literal;
    if (message.startsWith(" (a string of ", offset + literal.length)) return literal; // already cut by quote()
    try {
      return quote(JSON.parse(literal));
    } catch {
      return `${literal.slice(0, MAX_QUOTED_CHARS + 1)}…" (${literal.length} characters)`;
    }
  });
}
