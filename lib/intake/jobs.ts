import { parseChineseNumeral, parseDigits } from "./numbers";

// Jobs a statement announces: "create 2,300 jobs", "over 1,000 new full-time jobs", "employment for 9,500
// people", "about 200 employment opportunities", "employ 300 workers", "3000个就业岗位", "带动就业2000人".

const NUMBER = String.raw`\d{1,3}(?:,\d{2,3})+|\d+`;
const QUALIFIERS = String.raw`(?:(?:new|additional|full-time|part-time|direct|permanent|quality|high-tech|skilled|well-paying|high-paying|local)[\s-]+)*`;
const ENGLISH = [
  new RegExp(
    String.raw`\b(?<n>${NUMBER})\s+${QUALIFIERS}(?:jobs?|positions|job opportunities|employment opportunities|employees|workers)\b`,
    "gi",
  ),
  new RegExp(
    String.raw`\bemploy(?:ment)?\s+(?:for\s+)?(?:about\s+|around\s+|some\s+|over\s+|up to\s+|more than\s+|nearly\s+)?(?<n>${NUMBER})\s+(?:people|persons|workers|staff|employees)\b`,
    "gi",
  ),
  new RegExp(
    String.raw`\bhire\s+(?:about\s+|around\s+|some\s+|over\s+|up to\s+|more than\s+|nearly\s+)?(?<n>${NUMBER})\s+(?:people|workers|staff|employees|engineers)\b`,
    "gi",
  ),
];
const CHINESE = [
  /(?<n>\d+|[一二两三四五六七八九十百千]+)(?:万)?(?:余|多)?个?(?:就业岗位|工作岗位|岗位)/gu,
  /(?:就业|岗位)(?<n>\d+|[一二两三四五六七八九十百千]+)(?:万)?(?:余|多)?(?:人|个)/gu,
];

/** Construction jobs and jobs "in the economy" are not the jobs the maker creates. */
const NOT_THE_MAKERS = /construction|indirect|induced|temporary/i;

export type Jobs = { jobs: number; start: number; end: number };

/** The first number of jobs stated in `text` (in simplified characters), or null. */
export function findJobs(text: string): Jobs | null {
  const found: Jobs[] = [];
  for (const pattern of ENGLISH) {
    for (const match of text.matchAll(pattern)) {
      if (NOT_THE_MAKERS.test(match[0])) continue;
      const n = parseDigits(match.groups!.n!);
      if (n !== null) found.push({ jobs: n, start: match.index, end: match.index + match[0].length });
    }
  }
  for (const pattern of CHINESE) {
    for (const match of text.matchAll(pattern)) {
      const raw = match.groups!.n!;
      const base = parseDigits(raw) ?? parseChineseNumeral(raw);
      if (base === null) continue;
      const jobs = match[0].includes(`${raw}万`) ? base * 10_000 : base;
      found.push({ jobs, start: match.index, end: match.index + match[0].length });
    }
  }
  return found.sort((a, b) => a.start - b.start)[0] ?? null;
}
