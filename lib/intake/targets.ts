import * as chrono from "chrono-node";
import { parseCount } from "./numbers";

// By when a statement says something will be done: "by 2026", "by the end of 2025", "in the first half
// of 2025", "by June 2026", "within three years" and "over the next two years" (counted from the
// statement's date), "next year", "2027年底前", "明年", "三年内", "十四五期间". "As soon as possible" is none.
// When a sentence names several, the latest counts: it is when the whole of it is due.

export type Target = { targetOn: string; start: number; end: number };

type Found = Target & { sortKey: string; relative?: boolean };

const pad = (n: number) => String(n).padStart(2, "0");

function addMonths(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

/** The last day a target covers, to compare targets of different precision. */
function sortKey(target: string): string {
  if (/^\d{4}$/.test(target)) return `${target}-12-31`;
  if (/^\d{4}-\d{2}$/.test(target)) return `${target}-31`;
  return target;
}

const FIVE_YEAR_PLANS: Record<string, number> = { 十三五: 2020, 十四五: 2025, 十五五: 2030 };
const QUARTER_END: Record<string, string> = {
  "1": "03",
  "2": "06",
  "3": "09",
  "4": "12",
  first: "03",
  second: "06",
  third: "09",
  fourth: "12",
};

type Rule = {
  pattern: RegExp;
  target: (m: RegExpMatchArray, year: number, published: string) => string | null;
  /** A period counted from the statement's date: used only when no date is named. */
  relative?: boolean;
};

const RULES: Rule[] = [
  // Periods counted from the statement's date.
  {
    pattern:
      /\b(?:within|over the next|in the next|in)\s+(?:the\s+next\s+)?(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(years?|months?)\b/gi,
    target: (m, _y, published) => {
      const n = parseCount(m[1]!);
      if (n === null) return null;
      return addMonths(published, /^year/i.test(m[2]!) ? n * 12 : n);
    },
    relative: true,
  },
  {
    pattern: /(?:未来|今后)?([一二两三四五六七八九十]|\d{1,2})\s?年(?:内|之内|时间)/gu,
    target: (m, _y, published) => {
      const n = parseCount(m[1]!);
      return n === null ? null : addMonths(published, n * 12);
    },
    relative: true,
  },
  {
    pattern: /(?:未来|今后)([一二两三四五六七八九十]|\d{1,2})\s?年/gu,
    target: (m, _y, published) => {
      const n = parseCount(m[1]!);
      return n === null ? null : addMonths(published, n * 12);
    },
    relative: true,
  },
  // Halves and quarters of a year.
  {
    pattern: /\b(?:the\s+)?(first|second)\s+half\s+of\s+(\d{4})\b|\bH([12])\s+(\d{4})\b/gi,
    target: (m) => {
      const half = (m[1] ?? "").toLowerCase() === "first" || m[3] === "1" ? "06" : "12";
      return `${m[2] ?? m[4]}-${half}`;
    },
  },
  {
    pattern: /\b(?:the\s+)?(first|second|third|fourth)\s+quarter\s+of\s+(\d{4})\b|\bQ([1-4])\s+(\d{4})\b/gi,
    target: (m) => `${m[2] ?? m[4]}-${QUARTER_END[(m[1] ?? m[3])!.toLowerCase()]}`,
  },
  { pattern: /\bmid-?(\d{4})\b/gi, target: (m) => `${m[1]}-06` },
  { pattern: /(\d{4})\s?年\s?上半年/gu, target: (m) => `${m[1]}-06` },
  { pattern: /(\d{4})\s?年\s?下半年/gu, target: (m) => `${m[1]}-12` },
  { pattern: /(\d{4})\s?年\s?(\d{1,2})\s?月/gu, target: (m) => `${m[1]}-${pad(Number(m[2]))}` },
  // Years, and ranges of years (their end).
  { pattern: /\b(?:20\d{2})\s?[-–—]\s?(20\d{2})\b/g, target: (m) => m[1]! },
  { pattern: /(20\d{2})\s?年/gu, target: (m) => m[1]! },
  {
    pattern:
      /\b(?:by|before|until|in|from|around|during|through|no later than|end of|early|late|start of)\s+(?:the\s+(?:end|start|beginning)\s+of\s+)?(20\d{2})\b/gi,
    target: (m) => m[1]!,
  },
  // Years named from the statement's.
  {
    pattern: /\b(?:(?:later|by the end of|by the end|before the end of)\s+)?this year\b|今年|年内|年底前/gi,
    target: (_m, y) => String(y),
  },
  { pattern: /\bnext year\b|明年/gi, target: (_m, y) => String(y + 1) },
  { pattern: /后年/gu, target: (_m, y) => String(y + 2) },
  { pattern: /(十三五|十四五|十五五)/gu, target: (m) => String(FIVE_YEAR_PLANS[m[1]!]) },
];

/** Month and day dates ("by June 30, 2026", "in March 2026"), read by chrono. */
function chronoTargets(text: string, published: string): Found[] {
  const out: Found[] = [];
  for (const result of chrono.parse(text, new Date(`${published}T00:00:00Z`))) {
    const known = result.start;
    // Only dates written out with their year; chrono also reads "in five years", counted elsewhere.
    if (!/\d{4}/.test(result.text) || !known.isCertain("year") || !known.isCertain("month")) continue;
    const year = known.get("year")!;
    const month = pad(known.get("month")!);
    const target = known.isCertain("day") ? `${year}-${month}-${pad(known.get("day")!)}` : `${year}-${month}`;
    out.push({
      targetOn: target,
      start: result.index,
      end: result.index + result.text.length,
      sortKey: sortKey(target),
    });
  }
  return out;
}

/**
 * The target date a sentence states (in simplified characters), or null. Only targets on or after the
 * statement's date count: a year already past is history, not a promise.
 */
export function findTarget(text: string, publishedOn: string): Target | null {
  const year = Number(publishedOn.slice(0, 4));
  const found: Found[] = [];
  for (const rule of RULES) {
    for (const match of text.matchAll(rule.pattern)) {
      const target = rule.target(match, year, publishedOn);
      if (!target) continue;
      found.push({
        targetOn: target,
        start: match.index!,
        end: match.index! + match[0].length,
        sortKey: sortKey(target),
        relative: rule.relative,
      });
    }
  }
  // Dates chrono reads where no rule matched (it misreads ranges such as "2024-2028" as a date).
  const overlapsRule = (c: Found) => found.some((f) => f.start < c.end && c.start < f.end);
  found.push(...chronoTargets(text, publishedOn).filter((c) => !overlapsRule(c)));
  // "2025年" inside "2025年6月" is the same target, less precisely.
  const precise = found.filter(
    (f) => !found.some((g) => g !== f && g.start <= f.start && g.end >= f.end && g.end - g.start > f.end - f.start),
  );
  const inFuture = precise.filter((f) => f.sortKey >= publishedOn && Number(f.targetOn.slice(0, 4)) <= year + 50);
  const named = inFuture.filter((f) => !f.relative);
  const due = named.length > 0 ? named : inFuture;
  if (due.length === 0) return null;
  const latest = due.reduce((a, b) => (b.sortKey > a.sortKey ? b : a));
  return { targetOn: latest.targetOn, start: latest.start, end: latest.end };
}
