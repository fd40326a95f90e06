import { describe, expect, it } from "vitest";
import { MAX_JSON_DEPTH, findUnsafeValue, unsafeTextReason } from "./unsafe-text";

describe("unsafe text", () => {
  it("names NUL and lone surrogates, and passes any real text", () => {
    expect(unsafeTextReason("Shenyang 沈阳 😀 ß")).toBeNull();
    expect(unsafeTextReason("a\u0000b")).toMatch(/NUL/);
    expect(unsafeTextReason("a\ud800b")).toMatch(/lone surrogate/);
    expect(unsafeTextReason("\udc00")).toMatch(/lone surrogate/);
  });

  it("finds the first unsafe string in a JSON body, with its path", () => {
    expect(findUnsafeValue({ title: "ok", source: { title: "x\u0000" } })).toEqual({
      path: "source.title",
      reason: expect.stringMatching(/NUL/),
    });
    expect(findUnsafeValue({ aliases: ["a", "\ud83d"] })?.path).toBe("aliases.1");
    expect(findUnsafeValue({ ["bad\u0000key"]: 1 })?.reason).toMatch(/field name/);
    expect(findUnsafeValue("\u0000")?.path).toBe("body");
    expect(findUnsafeValue({ a: 1, b: [true, null, "fine"] })).toBeNull();
  });

  it("stops at a hostile depth without exhausting the stack", () => {
    let deep: unknown = "leaf";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findUnsafeValue(deep)?.reason).toMatch(new RegExp(`more than ${MAX_JSON_DEPTH} levels`));
  });
});
