// The words two entities are compared by: their normalised text without the words every text
// has. On a small network a word like "the" is rare enough in absolute terms to look telling,
// so function words, numbers and very short words are dropped before the graph sees them.
const STOP_WORDS = new Set(
  `a about above after again against all also an and any are as at be because been before being below between both but by
  can could did do does doing down during each few for from further had has have having he her here hers him his how i if
  in into is it its itself just may more most must no nor not now of off on once only or other our out over own same she
  should so some such than that the their them then there these they this those through to too under until up upon very
  was we were what when where which while who whom why will with within without would you your
  held took take part well show shows allow allowed best new one two three first second third year years
  au aux avec ce ces dans de des du elle en est et il ils la le les leur lui mais ne nos notre ou par pas pour qui que
  sa se ses son sur un une vos votre
  al como con del el en es la las lo los para por que se su sus un una y`.split(/\s+/),
);

export function similarityWords(text: string | null | undefined): string {
  if (!text) return "";
  return text
    .split(" ")
    .filter((w) => w.length >= 3 && !STOP_WORDS.has(w) && !/^\d+$/.test(w))
    .join(" ");
}
