import type { Language } from "./types";

const HAN = /\p{Script=Han}/gu;
const LETTER = /\p{L}/gu;

/** Chinese when a fifth of the letters or more are Han characters, English otherwise. */
export function detectLanguage(text: string): Language {
  const letters = text.match(LETTER)?.length ?? 0;
  const han = text.match(HAN)?.length ?? 0;
  return letters > 0 && han / letters >= 0.2 ? "zh" : "en";
}
