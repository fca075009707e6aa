// Text normalisation shared by the seed, search and (later) import, so that "Joung-Youl",
// "JOUNG YOUL" and "Joungyoul" meet on the same keys.

/** Collapses every run of whitespace (including no-break spaces) to one space. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/gu, " ").trim();
}

/** Lower-case, accent-free, punctuation as spaces: the form names are compared in. */
export function normaliseForSearch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[’'`´]/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
