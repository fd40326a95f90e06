import { describe, expect, it } from "vitest";
import { addDays, isIsoDate, todayIso } from "./dates";

describe("dates", () => {
  it("accepts only real calendar dates written YYYY-MM-DD", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2023-13-01")).toBe(false);
    expect(isIsoDate("2023-1-01")).toBe(false);
    expect(isIsoDate("13/10/2023")).toBe(false);
    expect(isIsoDate("2023-10-13T00:00:00Z")).toBe(false);
  });

  it("accepts only dates from 1900-01-01 to 2200-12-31, which PostgreSQL and addDays both handle", () => {
    expect(isIsoDate("1900-01-01")).toBe(true);
    expect(isIsoDate("2200-12-31")).toBe(true);
    expect(isIsoDate("0000-01-01")).toBe(false);
    expect(isIsoDate("1899-12-31")).toBe(false);
    expect(isIsoDate("2201-01-01")).toBe(false);
    expect(isIsoDate("9999-12-31")).toBe(false);
  });

  it("adds days across months and leap years", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2026-06-30", -365)).toBe("2025-06-30");
    expect(addDays("2024-01-01", -1)).toBe("2023-12-31");
  });

  it("takes today's date in UTC", () => {
    expect(todayIso(new Date("2026-11-24T23:30:00-05:00"))).toBe("2026-11-25");
  });
});
