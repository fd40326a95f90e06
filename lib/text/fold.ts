import { toSimplified } from "./simplified";

const CJK = /\p{Script=Han}/u;

/** Lower case and simplified characters, at the same offsets as the original. */
export function foldForMatching(text: string): string {
  // OpenCC is the costly part, and only Han characters need it.
  const simplified = CJK.test(text) ? toSimplified(text) : text;
  const lower = simplified.toLowerCase();
  if (lower.length === simplified.length) return lower.replace(/[’‘`´]/g, "'");
  let out = "";
  for (const ch of simplified) {
    const lower = ch.toLowerCase();
    out += lower.length === ch.length ? lower : ch;
  }
  return out.replace(/[’‘`´]/g, "'");
}
