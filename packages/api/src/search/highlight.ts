// Which parts of a text a search query matched, for highlighting: pure, no I/O. A text word
// matches when a query word starts it, comparing accent- and case-insensitively, as search does.
import { normaliseForSearch } from "@agora/db";

export interface TextPart {
  text: string;
  matched: boolean;
}

const TOKENS = /[\p{L}\p{N}]+|[^\p{L}\p{N}]+/gu;
const WORD = /^[\p{L}\p{N}]/u;

export function queryWords(query: string): string[] {
  return normaliseForSearch(query).split(" ").filter(Boolean);
}

/** The text cut into matched and unmatched parts, in order; adjacent parts of one kind merged. */
export function highlight(text: string, words: readonly string[]): TextPart[] {
  const parts = (text.match(TOKENS) ?? []).map((token) => {
    const form = WORD.test(token) ? normaliseForSearch(token).replace(/ /g, "") : "";
    return { text: token, matched: form !== "" && words.some((w) => form.startsWith(w)) };
  });
  return mergeSeparators(parts);
}

/** Merges runs of one kind; a bare separator between two matches joins them ("Kampala Capital"). */
function mergeSeparators(parts: TextPart[]): TextPart[] {
  const merged: TextPart[] = [];
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    const prev = merged.at(-1);
    const next = parts[k + 1];
    if (!part.matched && prev?.matched && next?.matched && !/[\p{L}\p{N}]/u.test(part.text)) {
      prev.text += part.text + next.text;
      k++;
    } else if (prev && prev.matched === part.matched) prev.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}

/** About `width` characters of the text around its first match, with "…" where it was cut; null without a match. */
export function snippet(text: string | null | undefined, words: readonly string[], width = 160): TextPart[] | null {
  if (!text) return null;
  const parts = highlight(text, words);
  let offset = 0;
  let first = -1;
  for (const part of parts) {
    if (part.matched) {
      first = offset;
      break;
    }
    offset += part.text.length;
  }
  if (first < 0) return null;
  const start = Math.max(0, text.lastIndexOf(" ", Math.max(0, first - width / 3)) + 1);
  const end = Math.min(text.length, start + width);
  const cut = text.slice(start, end);
  const result = highlight(cut, words);
  if (start > 0) result.unshift({ text: "…", matched: false });
  if (end < text.length) result.push({ text: "…", matched: false });
  return mergeSeparators(result);
}
