import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next";

const origin = "http://tracker.test:3000";

describe("safeNextPath", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(safeNextPath("/commitments?status=stalled#top", origin)).toBe("/commitments?status=stalled#top");
    expect(safeNextPath(["/admin", "/other"], origin)).toBe("/admin");
    expect(safeNextPath("/a/../b", origin)).toBe("/b");
  });

  it("sends anything that a browser would take to another origin to /", () => {
    for (const hostile of [
      "//evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "/\r\n/evil.example",
      "/\\evil.example",
      "\\\\evil.example",
      " //evil.example",
      "https://evil.example/",
      "http://tracker.test:3001/",
      "javascript:alert(1)",
      "data:text/html,hi",
      "http://[::1",
    ]) {
      expect(safeNextPath(hostile, origin), JSON.stringify(hostile)).toBe("/");
    }
  });

  it("gives / when there is nothing to return to", () => {
    expect(safeNextPath(undefined, origin)).toBe("/");
    expect(safeNextPath(null, origin)).toBe("/");
    expect(safeNextPath("", origin)).toBe("/");
  });

  it("never returns a value with characters a Location header refuses", () => {
    expect(safeNextPath("/ok\u0000\n\u2028path", origin)).toMatch(/^\/[\x21-\x7e]*$/);
  });
});
