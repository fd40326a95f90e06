import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pageWindow } from "./page-window";

/** The positions (0-based, in the list's own order) a window reads. */
function positions(total: number, window: ReturnType<typeof pageWindow>): number[] {
  const read = Array.from({ length: window.limit }, (_, i) => window.offset + i).filter((p) => p < total);
  return window.reversed ? read.map((p) => total - 1 - p).reverse() : read;
}

describe("pageWindow", () => {
  it("reads the first pages forward and the last ones from the end", () => {
    expect(pageWindow(100_000, 1, 50)).toEqual({ offset: 0, limit: 50, reversed: false });
    expect(pageWindow(100_000, 2000, 50)).toEqual({ offset: 0, limit: 50, reversed: true });
    expect(pageWindow(101, 3, 50)).toEqual({ offset: 0, limit: 1, reversed: true });
    expect(pageWindow(0, 1, 50)).toEqual({ offset: 0, limit: 0, reversed: false });
    expect(pageWindow(120, 5, 50)).toEqual({ offset: 200, limit: 0, reversed: false });
  });

  it("reads exactly the page's positions, whichever end it reads from", () => {
    fc.assert(
      fc.property(fc.nat(400), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 60 }), (total, page, per) => {
        const first = (page - 1) * per;
        const expected = Array.from({ length: per }, (_, i) => first + i).filter((p) => p < total);
        expect(positions(total, pageWindow(total, page, per))).toEqual(expected);
      }),
    );
  });

  it("never steps over more rows than the nearer end leaves", () => {
    fc.assert(
      fc.property(fc.nat(400), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 60 }), (total, page, per) => {
        const first = (page - 1) * per;
        if (first >= total) return;
        const after = Math.max(0, total - first - per);
        expect(pageWindow(total, page, per).offset).toBe(Math.min(first, after));
      }),
    );
  });
});
