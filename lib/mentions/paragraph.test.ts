import { describe, expect, it } from "vitest";
import { paragraphAround } from "./paragraph";

describe("paragraphAround", () => {
  it("gives the quote's paragraph, split around it", () => {
    const text = "Title\n\nFirst sentence. The quoted one. Last one.\nNext paragraph.";
    const start = text.indexOf("The quoted");
    expect(paragraphAround(text, start, start + "The quoted one.".length)).toEqual({
      before: "First sentence. ",
      quote: "The quoted one.",
      after: " Last one.",
    });
  });

  it("cuts a long paragraph at word boundaries", () => {
    const text = `${"word ".repeat(300)}QUOTE${" more".repeat(300)}`;
    const start = text.indexOf("QUOTE");
    const context = paragraphAround(text, start, start + 5, 50);
    expect(context.before.startsWith("…")).toBe(true);
    expect(context.before.length).toBeLessThanOrEqual(52);
    expect(context.after.endsWith("…")).toBe(true);
  });
});
