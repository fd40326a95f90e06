import * as OpenCC from "opencc-js";
import type { Language } from "./types";

const HAN = /\p{Script=Han}/gu;
const LETTER = /\p{L}/gu;

/** Chinese when a fifth of the letters or more are Han characters, English otherwise. */
export function detectLanguage(text: string): Language {
  const letters = text.match(LETTER)?.length ?? 0;
  const han = text.match(HAN)?.length ?? 0;
  return letters > 0 && han / letters >= 0.2 ? "zh" : "en";
}

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
