import { describe, expect, it } from "vitest";
import { checkRequestTarget } from "./request-target";

describe("checkRequestTarget", () => {
  it("accepts ordinary addresses, in any script", () => {
    expect(checkRequestTarget("/companies/bmw-group?status=stalled&q=%E6%B2%88%E9%98%B3")).toBeNull();
    expect(checkRequestTarget("http://tracker.test/api/v1/commitments?q=a%20b")).toBeNull();
    expect(checkRequestTarget("/")).toBeNull();
  });

  it("refuses a malformed percent-escape in the path", () => {
    expect(checkRequestTarget("/api/v1/commitments/%FF")?.fields).toEqual({
      path: expect.stringContaining("percent-escape"),
    });
    expect(checkRequestTarget("/commitments/%C0%AF")).not.toBeNull();
    expect(checkRequestTarget("/commitments/%")).not.toBeNull();
  });

  it("refuses NUL anywhere: path segments, query names and values", () => {
    expect(checkRequestTarget("/companies/a%00b")?.fields).toEqual({ path: expect.stringContaining("NUL") });
    expect(checkRequestTarget("/api/v1/commitments?q=%00")?.fields).toEqual({ q: expect.stringContaining("NUL") });
    expect(checkRequestTarget("http://tracker.test/api/v1/stats?company=%00")?.fields).toHaveProperty("company");
    expect(checkRequestTarget("/x?a%00b=1")?.fields).toEqual({ query: expect.stringContaining("NUL") });
  });
});
