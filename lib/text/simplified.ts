import * as OpenCC from "opencc-js";

let toSimplifiedChars: ((text: string) => string) | undefined;

/**
 * The text in simplified characters, at the same offsets (so matches found in it are matches in the
 * original). OpenCC converts phrase by phrase; where a phrase changes length the text is converted
 * character by character instead.
 */
export function toSimplified(text: string): string {
  toSimplifiedChars ??= OpenCC.Converter({ from: "hk", to: "cn" });
  const whole = toSimplifiedChars(text);
  if (whole.length === text.length) return whole;
  return Array.from(text, (ch) => {
    const converted = toSimplifiedChars!(ch);
    return converted.length === ch.length ? converted : ch;
  }).join("");
}
