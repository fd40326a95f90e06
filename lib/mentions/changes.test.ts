import { describe, expect, it } from "vitest";
import { restatementChanges, targetDeadline } from "./changes";

const current = { amount: 1_000_000_000, currency: "CNY", jobs: 2_000, targetOn: "2026-12-31" };

describe("restatementChanges", () => {
  it("names what a restatement raised, cut or slipped", () => {
    expect(
      restatementChanges(current, { amount: 1_500_000_000, currency: "CNY", jobs: 1_500, targetOn: "2027" }),
    ).toEqual([
      { field: "amount", from: 1_000_000_000, to: 1_500_000_000, direction: "raised" },
      { field: "jobs", from: 2_000, to: 1_500, direction: "cut" },
      { field: "targetOn", from: "2026-12-31", to: "2027", direction: "slipped" },
    ]);
    expect(restatementChanges(current, { amount: null, currency: null, jobs: null, targetOn: "2026-06" })).toEqual([
      { field: "targetOn", from: "2026-12-31", to: "2026-06", direction: "brought forward" },
    ]);
  });

  it("sees no change in the same values, nor in values a restatement leaves out", () => {
    expect(
      restatementChanges(current, { amount: 1_000_000_000, currency: "CNY", jobs: null, targetOn: "2026" }),
    ).toEqual([]);
    expect(restatementChanges(current, { amount: null, currency: null, jobs: null, targetOn: null })).toEqual([]);
  });

  it("does not compare amounts across currencies", () => {
    expect(restatementChanges(current, { amount: 150_000_000, currency: "EUR", jobs: null, targetOn: null })).toEqual([
      { field: "amount", from: 1_000_000_000, to: 150_000_000, direction: "stated" },
    ]);
  });

  it("reads a stated target as its last day", () => {
    expect(targetDeadline("2024")).toBe("2024-12-31");
    expect(targetDeadline("2024-02")).toBe("2024-02-29");
    expect(targetDeadline("2024-02-10")).toBe("2024-02-10");
  });
});
