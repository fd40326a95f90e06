import { findAmounts } from "./amounts";
import type { Segment } from "./segment";

// Sentences that state several commitments at once, split into one clause per commitment.

/** A clause that commits on its own: a verb of commitment or a stated investment. */
const EN_COMMITTING_CLAUSE = /\b(?:will|would|is investing|are investing|plans to|has committed|to invest)\b/i;

/**
 * An English sentence joining two makers' commitments ("X will invest …, while Y will …"; "While X will …,
 * Y will …") states two: it is split into its clauses when each commits on its own.
 */
function splitWhileClauses(segment: Segment, text: string): Segment[] {
  const sentence = text.slice(segment.start, segment.end);
  const leading = /^While\s[^,]+,\s+/i.exec(sentence);
  const cut = leading
    ? { at: leading[0].length, skip: 0 }
    : (() => {
        const m = /,?\s+while\s+|;\s+/i.exec(sentence);
        return m ? { at: m.index, skip: m[0].length } : null;
      })();
  if (!cut) return [segment];
  const first = { ...segment, end: segment.start + cut.at };
  const second = { ...segment, start: segment.start + cut.at + cut.skip };
  const both = [first, second].map((p) => text.slice(p.start, p.end));
  if (!both.every((clause) => EN_COMMITTING_CLAUSE.test(clause))) return [segment];
  return [first, second].map((p) => ({ ...p, end: p.start + text.slice(p.start, p.end).trimEnd().length }));
}

/**
 * A Chinese sentence listing several investments ("A项目总投资628.8亿元、B项目总投资210亿元、…") states one
 * commitment per item: it is split at the enumeration commas when every item has its own amount.
 */
export function splitInvestmentList(segment: Segment, simplified: string): Segment[] {
  const sentence = simplified.slice(segment.start, segment.end);
  if (findAmounts(sentence).length < 2) return [segment];
  const pieces: Segment[] = [];
  let from = 0;
  for (const match of sentence.matchAll(/、/g)) {
    pieces.push({ ...segment, start: segment.start + from, end: segment.start + match.index, text: "" });
    from = match.index + 1;
  }
  pieces.push({ ...segment, start: segment.start + from, end: segment.end, text: "" });
  if (pieces.length < 2 || pieces.some((p) => findAmounts(simplified.slice(p.start, p.end)).length !== 1))
    return [segment];
  return pieces;
}

/** An amount in brackets after a name, as lists of MoUs give them: "Yatharth Hospital (Rs 800 crore)". */
const BRACKETED_AMOUNT =
  /\((?:Rs\.?|₹|INR|US\$|\$|€|£|USD|EUR)?\s?\d[\d,. ]*\s*(?:crores?|lakhs?|million|billion|bn|mn)?\)/gi;

/**
 * An English list of investments in one sentence ("an MoU with A (Rs 1,000 crore) in hotels, B (Rs 800 crore)
 * in health, and C (Rs 500 crore) in wellness") states one commitment per item: it is split at the commas
 * (and the final "and") between items when there are three or more, each with its own bracketed amount.
 */
function splitListedInvestments(segment: Segment, text: string): Segment[] {
  const sentence = text.slice(segment.start, segment.end);
  const amounts = [...sentence.matchAll(BRACKETED_AMOUNT)];
  if (amounts.length < 3) return [segment];
  const pieces: Segment[] = [];
  let from = 0;
  for (let i = 1; i < amounts.length; i++) {
    // The item ends at the last comma before the next item's amount.
    const between = sentence.slice(amounts[i - 1]!.index + amounts[i - 1]![0].length, amounts[i]!.index);
    const comma = between.lastIndexOf(",");
    if (comma === -1) return [segment];
    const cut = amounts[i - 1]!.index + amounts[i - 1]![0].length + comma;
    pieces.push({ ...segment, start: segment.start + from, end: segment.start + cut });
    from = cut + 1;
  }
  pieces.push({ ...segment, start: segment.start + from, end: segment.end });
  return pieces.map((p) => {
    const piece = text.slice(p.start, p.end);
    const lead = piece.length - piece.trimStart().replace(/^and\s+/i, "").length;
    const trailing = piece.trimEnd().replace(/[.,;]$/, "").length;
    return { ...p, start: p.start + lead, end: p.start + trailing };
  });
}

/** A clause of a list that commits its own maker: "X is planning a Rs 500 crore investment", "Y intends to invest". */
const EN_LIST_ITEM_COMMITS = /\b(?:will|plans?|planning|intends?|set to|to invest|(?:is|are) investing)\b/i;

/**
 * An English sentence listing three or more makers' investments, each clause with its own amount ("A is
 * planning to invest Rs 1,100 crores, B is planning a Rs 500 crore investment, and C is set to invest Rs
 * 300 crores") states one commitment per clause: it is split at the commas that close a clause with an amount.
 */
function splitCommaListedCommitments(segment: Segment, text: string): Segment[] {
  const sentence = text.slice(segment.start, segment.end);
  const amounts = findAmounts(sentence);
  if (amounts.length < 3) return [segment];
  const items: { start: number; end: number }[] = [];
  let from = 0;
  for (const comma of sentence.matchAll(/,\s+(?:and\s+)?/g)) {
    if (!amounts.some((m) => m.start >= from && m.end <= comma.index)) continue;
    items.push({ start: from, end: comma.index });
    from = comma.index + comma[0].length;
  }
  items.push({ start: from, end: sentence.replace(/[\s.!?;”"’]+$/u, "").length });
  const commits = (item: { start: number; end: number }, index: number) => {
    const clause = sentence.slice(item.start, item.end);
    const own = amounts.filter((m) => m.start >= item.start && m.end <= item.end).length;
    // Every clause after the first names its own maker: "…, will spend $20 million" is the same maker's.
    return own === 1 && EN_LIST_ITEM_COMMITS.test(clause) && (index === 0 || /^[A-Z0-9]/.test(clause));
  };
  if (items.length < 3 || !items.every(commits)) return [segment];
  return items.map((item) => ({ ...segment, start: segment.start + item.start, end: segment.start + item.end }));
}

/** An English sentence split into the commitments it joins: a list of investments, or "while" clauses. */
export function splitEnglishClauses(segment: Segment, text: string): Segment[] {
  for (const split of [splitListedInvestments, splitCommaListedCommitments]) {
    const pieces = split(segment, text);
    if (pieces.length > 1) return pieces;
  }
  return splitWhileClauses(segment, text);
}
