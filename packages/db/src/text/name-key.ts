// Entity resolution: the key under which two spellings of one name meet. Accents, case,
// punctuation, honorifics (Mr., Ms., Dr., Rev., Dato', H.E. ...), name order and the spacing of
// compound given names ("Joung-Youl", "Joungyoul") are all ignored:
//   nameKey("Rev. KIM Joung-Youl") === nameKey("Joungyoul Kim") === "joungyoul kim" (sorted words)
// A compound given name may also be written as two words ("Joung Youl Kim"); nameKeys() adds the
// keys with two neighbouring words joined, so matching any key of one name against any key of
// the other finds it.
import { normaliseForSearch } from "./normalise.ts";

const HONORIFICS = new Set([
  "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "rev", "reverend", "fr", "sr", "sir", "dame", "lord", "lady",
  "dato", "datuk", "datin", "tan", "sri", "tun", "hon", "honourable", "honorable", "he", "his", "her", "excellency",
  "m", "mme", "mlle", "sra", "don", "dona", "h", "e",
]);

function nameWords(name: string): string[] {
  return normaliseForSearch(name.replace(/(\p{L})-(\p{L})/gu, "$1$2"))
    .split(" ")
    .filter((w) => w && !HONORIFICS.has(w));
}

/** The words of a name without honorifics, in a fixed order, with hyphenated parts joined. */
export function nameKey(name: string): string {
  return nameWords(name).sort().join(" ");
}

/** Beyond the longest personal names, joining words only makes unrelated titles meet. */
const MAX_WORDS_TO_JOIN = 4;

/** nameKey() first, then the keys of the name with each pair of neighbouring words joined. */
export function nameKeys(name: string): string[] {
  const words = nameWords(name);
  const keys = new Set([[...words].sort().join(" ")]);
  if (words.length >= 3 && words.length <= MAX_WORDS_TO_JOIN) {
    for (let i = 0; i + 1 < words.length; i++) {
      const joined = [...words.slice(0, i), words[i]! + words[i + 1]!, ...words.slice(i + 2)];
      keys.add(joined.sort().join(" "));
    }
  }
  return [...keys].filter(Boolean);
}
