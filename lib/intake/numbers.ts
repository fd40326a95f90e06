// Numbers as statements write them: "1,200", "2,35,000" (Indian grouping), "1.2", "一百五十", "两千".

const CHINESE_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CHINESE_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** A number written with digits and optional thousands separators (commas, or Indian lakh grouping). */
export function parseDigits(text: string): number | null {
  const clean = text.replace(/[,\s]/g, "");
  if (!/^\d+(\.\d+)?$/.test(clean)) return null;
  return Number(clean);
}

/** A number in Chinese numerals below ten thousand ("一百五十" → 150, "十" → 10), or null. */
export function parseChineseNumeral(text: string): number | null {
  if (!text || !/^[零〇一二两三四五六七八九十百千]+$/.test(text)) return null;
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch in CHINESE_DIGITS) digit = CHINESE_DIGITS[ch]!;
    else {
      total += (digit || 1) * CHINESE_UNITS[ch]!;
      digit = 0;
    }
  }
  return total + digit;
}

/** Digits, or Chinese numerals, or English number words up to twelve ("three years"). */
export function parseCount(text: string): number | null {
  const words: Record<string, number> = {
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
  };
  return parseDigits(text) ?? parseChineseNumeral(text) ?? words[text.toLowerCase()] ?? null;
}
