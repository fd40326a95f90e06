import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { segmentText } from "./ranges";

describe("segmentText", () => {
  it("marks each range and leaves the rest plain", () => {
    const text = "One. Two. Three.";
    expect(segmentText(text, [{ start: 5, end: 9, key: "a" }]).map((s) => [s.text, s.keys])).toEqual([
      ["One. ", []],
      ["Two.", ["a"]],
      [" Three.", []],
    ]);
  });

  it("keeps both marks where ranges overlap", () => {
    const text = "abcdefgh";
    const segments = segmentText(text, [
      { start: 1, end: 5, key: 1 },
      { start: 3, end: 7, key: 2 },
    ]);
    expect(segments.map((s) => [s.text, s.keys])).toEqual([
      ["a", []],
      ["bc", [1]],
      ["de", [1, 2]],
      ["fg", [2]],
      ["h", []],
    ]);
  });

  it("always joins back into the text, whatever the ranges", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(
          fc.record({ start: fc.integer({ min: -5, max: 60 }), end: fc.integer({ min: -5, max: 60 }), key: fc.nat() }),
        ),
        (text, ranges) => {
          const segments = segmentText(text, ranges);
          expect(segments.map((s) => s.text).join("")).toBe(text);
          for (const s of segments) expect(s.end).toBeGreaterThan(s.start);
        },
      ),
    );
  });
});
