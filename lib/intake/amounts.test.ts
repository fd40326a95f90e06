import { describe, expect, it } from "vitest";
import { findAmounts } from "./amounts";

const first = (text: string, country: string | null = null) => {
  const [money] = findAmounts(text, country);
  return money ? [money.amount, money.currency] : null;
};

describe("findAmounts", () => {
  it("reads English amounts with symbols, codes, words and multipliers", () => {
    expect(first("with a total investment of 100 billion yuan")).toEqual([100_000_000_000, "CNY"]);
    expect(first("CNY 10bn for the plant")).toEqual([10_000_000_000, "CNY"]);
    expect(first("an investment of €1.4 billion")).toEqual([1_400_000_000, "EUR"]);
    expect(first("will invest $2.3 billion")).toEqual([2_300_000_000, "USD"]);
    expect(first("1.2 trillion won")).toEqual([1_200_000_000_000, "KRW"]);
    expect(first("invest more than $193.7 million")).toEqual([193_700_000, "USD"]);
    expect(first("approximately 1 billion Euros")).toEqual([1_000_000_000, "EUR"]);
    expect(first("some EUR 500 million")).toEqual([500_000_000, "EUR"]);
    expect(first("$5m grant")).toEqual([5_000_000, "USD"]);
  });

  it("reads Indian amounts: crore and lakh, with Indian digit grouping", () => {
    expect(first("3,000 crore")).toEqual([30_000_000_000, "INR"]);
    expect(first("Rs 8,200 crore in this sector")).toEqual([82_000_000_000, "INR"]);
    expect(first("an investment of INR 2,35,000 crore")).toEqual([2_350_000_000_000, "INR"]);
    expect(first("INR 1.20 lakh crore")).toEqual([1_200_000_000_000, "INR"]);
  });

  it("reads '$' as the publisher's dollar when the publisher is not American", () => {
    expect(first("will invest $300 million", "AU")).toEqual([300_000_000, "AUD"]);
    expect(first("will invest $300 million", "DE")).toEqual([300_000_000, "USD"]);
  });

  it("reads Chinese amounts, in digits or numerals", () => {
    expect(first("总投资10亿元")).toEqual([1_000_000_000, "CNY"]);
    expect(first("投资5000万美元")).toEqual([50_000_000, "USD"]);
    expect(first("投资金额 73.4 亿欧元")).toEqual([7_340_000_000, "EUR"]);
    expect(first("计划在山西投资300亿元以上")).toEqual([30_000_000_000, "CNY"]);
    expect(first("投资二十亿元")).toEqual([2_000_000_000, "CNY"]);
    expect(first("100亿元人民币")).toEqual([10_000_000_000, "CNY"]);
  });

  it("ignores numbers that are not money", () => {
    expect(findAmounts("create 2,300 jobs on 45 acres in 2026, 100GWh")).toEqual([]);
    expect(findAmounts("规划产能为 100GWh,占地 221 公顷")).toEqual([]);
  });
});
