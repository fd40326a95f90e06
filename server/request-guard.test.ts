import { describe, expect, it } from "vitest";
import { guardRequest } from "./request-guard";

describe("guardRequest", () => {
  it("passes ordinary requests to the app", () => {
    expect(guardRequest("GET", "/commitments?status=stalled")).toEqual({ action: "serve" });
    expect(guardRequest("PATCH", "/api/v1/commitments/3")).toEqual({ action: "serve" });
    expect(guardRequest("HEAD", "/")).toEqual({ action: "serve" });
  });

  it("answers a method the route cannot take with 405, as JSON on the API", () => {
    const api = guardRequest("TRACE", "/api/v1/commitments");
    expect(api).toMatchObject({ action: "answer", status: 405, headers: { allow: expect.stringContaining("PATCH") } });
    expect(JSON.parse((api as { body: string }).body)).toEqual({
      error: { code: "method_not_allowed", message: "The method TRACE is not supported here." },
    });
    expect(guardRequest("PUT", "/commitments")).toMatchObject({ status: 405, headers: { allow: "GET, HEAD" } });
    expect(guardRequest("PROPFIND", "/")).toMatchObject({ status: 405 });
  });

  it("answers an unreadable address with 400 on the API and the not-found page elsewhere", () => {
    const api = guardRequest("GET", "/api/v1/commitments/%FF");
    expect(api).toMatchObject({ action: "answer", status: 400 });
    expect(JSON.parse((api as { body: string }).body).error.code).toBe("bad_request");
    expect(guardRequest("GET", "/commitments?q=%00")).toEqual({ action: "not_found_page" });
    expect(guardRequest("GET", "/companies/a%00b")).toEqual({ action: "not_found_page" });
  });
});
