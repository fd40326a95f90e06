// Words that begin with a vowel letter but a consonant sound ("a user", "a one-off", "a European"), and the
// reverse ("an hour"). Enough for the words this app writes; extend when a new one reads wrong.
const CONSONANT_SOUND = /^(uni|use|usu|uti|eu|one|once|ur[aeiou])/i;
const VOWEL_SOUND = /^(hour|honest|honou?r|heir)/i;

/** "a" or "an", by how the phrase sounds at its start: "an editor", "an organization", "a region", "a user". */
export function indefiniteArticle(phrase: string): "a" | "an" {
  const word = phrase.trim();
  if (VOWEL_SOUND.test(word)) return "an";
  if (CONSONANT_SOUND.test(word)) return "a";
  return /^[aeiou]/i.test(word) ? "an" : "a";
}

/** The phrase with its indefinite article: withArticle("editor") is "an editor". */
export function withArticle(phrase: string): string {
  return `${indefiniteArticle(phrase)} ${phrase}`;
}
