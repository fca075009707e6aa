// Entity resolution: the key under which two spellings of one name meet. Accents, case,
// punctuation, honorifics (Mr., Ms., Dr., Rev., Dato', H.E. ...), name order and the spacing of
// compound given names ("Joung-Youl", "Joungyoul") are all ignored:
//   nameKey("Rev. KIM Joung-Youl") === nameKey("Joungyoul Kim") === "joungyoul kim" (sorted words)
import { normaliseForSearch } from "./normalise.ts";

const HONORIFICS = new Set([
  "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "rev", "reverend", "fr", "sr", "sir", "dame", "lord", "lady",
  "dato", "datuk", "datin", "tan", "sri", "tun", "hon", "honourable", "honorable", "he", "his", "her", "excellency",
  "m", "mme", "mlle", "sra", "don", "dona", "h", "e",
]);

/** The words of a name without honorifics, in a fixed order, with hyphenated parts joined. */
export function nameKey(name: string): string {
  const words = normaliseForSearch(name.replace(/(\p{L})-(\p{L})/gu, "$1$2"))
    .split(" ")
    .filter((w) => w && !HONORIFICS.has(w));
  return words.sort().join(" ");
}
