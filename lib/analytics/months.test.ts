import { describe, expect, it } from "vitest";
import { monthEnd, monthRange, nextMonth } from "./months";

describe("month helpers", () => {
  it("spans the given number of months up to today's month", () => {
    expect(monthRange("2026-11-24", 36)).toEqual({ from: "2023-12-01", to: "2026-11-01" });
    expect(monthRange("2024-01-31", 1)).toEqual({ from: "2024-01-01", to: "2024-01-01" });
  });

  it("finds month ends, leap years included", () => {
    expect(monthEnd("2024-02-01")).toBe("2024-02-29");
    expect(monthEnd("2025-12-01")).toBe("2025-12-31");
    expect(nextMonth("2025-12-01")).toBe("2026-01-01");
  });
});
