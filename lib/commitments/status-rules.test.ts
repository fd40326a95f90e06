import { describe, expect, it } from "vitest";
import { progressFor } from "./status-rules";

describe("progressFor", () => {
  it("forces 100 for achieved, whatever was asked", () => {
    expect(progressFor("achieved", 30)).toBe(100);
    expect(progressFor("achieved", 30, 60)).toBe(100);
  });

  it("takes the analyst's value for every other status", () => {
    expect(progressFor("in_progress", 20, 35)).toBe(35);
    expect(progressFor("stalled", 40, 0)).toBe(0);
  });

  it.each([
    ["announced", 40, 0],
    ["in_progress", 0, 10],
    ["in_progress", 35, 35],
    ["partially_achieved", 20, 50],
    ["partially_achieved", 70, 70],
    ["stalled", 35, 35],
    ["abandoned", 60, 60],
  ] as const)("defaults %s from %i to %i", (status, current, expected) => {
    expect(progressFor(status, current)).toBe(expected);
  });
});
