import { parseChineseNumeral, parseDigits } from "./numbers";

// Stated amounts with their currency: "$2.3 billion", "€1.4 billion", "CNY 10bn", "100 billion yuan",
// "1.2 trillion won", "Rs 3,000 crore", "INR 1.20 lakh crore", "10亿元", "5000万美元", "73.4 亿欧元".

export type Money = { amount: number; currency: string; start: number; end: number };

const NUMBER = String.raw`\d{1,3}(?:,\d{2,3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

const MULTIPLIERS: [RegExp, number][] = [
  [/^lakh\s+crores?$/i, 1e12],
  [/^(?:trillion|tn)$/i, 1e12],
  [/^(?:billion|bn|b)$/i, 1e9],
  [/^(?:million|mn|mio|m)$/i, 1e6],
  [/^(?:crores?|cr)$/i, 1e7],
  [/^lakhs?$/i, 1e5],
  [/^(?:thousand|k)$/i, 1e3],
];
const MULTIPLIER = String.raw`lakh\s+crores?|trillion|tn|billion|bn|million|mn|mio|crores?|cr|lakhs?|thousand|b|m|k`;

/** Currency symbols and codes written before the number. */
const PREFIXES: [RegExp, string][] = [
  [/^(?:US\$|USD|U\.S\.\s?\$)$/i, "USD"],
  [/^(?:S\$|SGD)$/i, "SGD"],
  [/^(?:A\$|AUD)$/i, "AUD"],
  [/^(?:C\$|CAD)$/i, "CAD"],
  [/^(?:HK\$|HKD)$/i, "HKD"],
  [/^(?:NT\$|TWD)$/i, "TWD"],
  [/^(?:€|EUR)$/i, "EUR"],
  [/^(?:£|GBP)$/i, "GBP"],
  [/^(?:¥|CNY|RMB)$/i, "CNY"],
  [/^(?:JPY)$/i, "JPY"],
  [/^(?:₩|KRW)$/i, "KRW"],
  [/^(?:₹|Rs\.?|INR)$/i, "INR"],
  [/^(?:HUF)$/i, "HUF"],
  [/^(?:PLN)$/i, "PLN"],
  [/^(?:CHF)$/i, "CHF"],
];
const PREFIX = String.raw`US\$|U\.S\.\s?\$|S\$|A\$|C\$|HK\$|NT\$|\$|€|£|¥|₩|₹|Rs\.?|USD|EUR|GBP|CNY|RMB|JPY|KRW|INR|HUF|PLN|CHF|SGD|AUD|CAD|HKD|TWD`;

/** Currency words written after the number. */
const SUFFIXES: [RegExp, string][] = [
  [/^(?:US\s+)?dollars?$/i, "USD"],
  [/^euros?$/i, "EUR"],
  [/^(?:yuan|renminbi|RMB|CNY)$/i, "CNY"],
  [/^(?:yen|JPY)$/i, "JPY"],
  [/^(?:won|KRW)$/i, "KRW"],
  [/^(?:forints?|HUF)$/i, "HUF"],
  [/^(?:rupees?|INR)$/i, "INR"],
  [/^(?:pounds?(?:\s+sterling)?|GBP)$/i, "GBP"],
  [/^(?:zlotys?|złoty|PLN)$/i, "PLN"],
  [/^(?:USD)$/i, "USD"],
  [/^(?:EUR)$/i, "EUR"],
];
const SUFFIX = String.raw`US\s+dollars?|dollars?|euros?|yuan|renminbi|RMB|CNY|yen|JPY|won|KRW|forints?|HUF|rupees?|INR|pounds?(?:\s+sterling)?|GBP|zlotys?|złoty|PLN|USD|EUR`;

/** Where "$" means another dollar than the US one. */
const DOLLAR_BY_COUNTRY: Record<string, string> = {
  AU: "AUD",
  CA: "CAD",
  SG: "SGD",
  HK: "HKD",
  TW: "TWD",
  NZ: "NZD",
};

const ENGLISH = new RegExp(
  String.raw`(?<prefix>${PREFIX})?\s?(?<number>${NUMBER})(?:\s?(?<multiplier>${MULTIPLIER})\b)?(?:\s+(?<suffix>${SUFFIX})\b)?`,
  "giu",
);

function lookup(table: [RegExp, string][], token: string | undefined): string | null {
  if (!token) return null;
  return table.find(([pattern]) => pattern.test(token.trim()))?.[1] ?? null;
}

function multiplierOf(token: string | undefined): number {
  if (!token) return 1;
  return MULTIPLIERS.find(([pattern]) => pattern.test(token.replace(/\s+/g, " ")))?.[1] ?? 1;
}

function englishAmounts(text: string, publisherCountry: string | null): Money[] {
  const out: Money[] = [];
  for (const match of text.matchAll(ENGLISH)) {
    const { prefix, number, multiplier, suffix } = match.groups!;
    const value = parseDigits(number!);
    if (value === null) continue;
    let currency =
      prefix === "$"
        ? (DOLLAR_BY_COUNTRY[publisherCountry ?? ""] ?? "USD")
        : (lookup(PREFIXES, prefix) ?? lookup(SUFFIXES, suffix));
    // Crore and lakh are Indian units: without a currency they are rupees.
    if (!currency && multiplier && /crore|lakh/i.test(multiplier)) currency = "INR";
    if (!currency) continue;
    // A bare "m" or "b" right after a number is a unit only with a currency symbol ("$5m", not "5 m²").
    if (multiplier && /^[mbk]$/i.test(multiplier) && !prefix) continue;
    out.push({
      amount: Math.round(value * multiplierOf(multiplier) * 100) / 100,
      currency,
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return out;
}

const CHINESE_CURRENCIES: [RegExp, string][] = [
  [/^(?:美元|美金)$/, "USD"],
  [/^欧元$/, "EUR"],
  [/^(?:日元|日圆)$/, "JPY"],
  [/^(?:韩元|韩圆)$/, "KRW"],
  [/^港元$/, "HKD"],
  [/^英镑$/, "GBP"],
  [/^卢比$/, "INR"],
  [/^(?:元|人民币|元人民币)$/, "CNY"],
];
const CHINESE =
  /(?<number>\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)\s?(?<unit>万亿|千亿|百亿|十亿|亿|千万|百万|十万|万)?\s?(?<currency>元人民币|人民币|美元|美金|欧元|日元|日圆|韩元|韩圆|港元|英镑|卢比|元)/gu;
const CHINESE_UNITS: Record<string, number> = {
  万亿: 1e12,
  千亿: 1e11,
  百亿: 1e10,
  十亿: 1e9,
  亿: 1e8,
  千万: 1e7,
  百万: 1e6,
  十万: 1e5,
  万: 1e4,
};

function chineseAmounts(text: string): Money[] {
  const out: Money[] = [];
  for (const match of text.matchAll(CHINESE)) {
    const { number, unit, currency } = match.groups!;
    const value = parseDigits(number!) ?? parseChineseNumeral(number!);
    if (value === null) continue;
    out.push({
      amount: Math.round(value * (unit ? CHINESE_UNITS[unit]! : 1) * 100) / 100,
      currency: lookup(CHINESE_CURRENCIES, currency)!,
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return out;
}

/** Every amount of money stated in `text` (in simplified characters), in order of appearance. */
export function findAmounts(text: string, publisherCountry: string | null = null): Money[] {
  return [...englishAmounts(text, publisherCountry), ...chineseAmounts(text)].sort((a, b) => a.start - b.start);
}
