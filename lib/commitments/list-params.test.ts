import { describe, expect, it } from "vitest";
import { parseListParams } from "./list-params";
import { DEFAULT_LIST_PARAMS } from "./list-spec";
import { serializeListParams } from "./url-state";

const parse = (query: string) => parseListParams(new URLSearchParams(query));

describe("parseListParams", () => {
  it("gives the defaults for an empty query", () => {
    expect(parse("")).toEqual({ params: DEFAULT_LIST_PARAMS, errors: {} });
  });

  it("reads every contract parameter", () => {
    const { params, errors } = parse(
      "company=bmw-group&region=liaoning&status=announced&status=in_progress,stalled&kind=pledge&sector=automotive" +
        "&q=%E6%B2%88%E9%98%B3&overdue=true&stale=1&announcedFrom=2023-01-01&announcedTo=2023-12-31" +
        "&targetFrom=2024-01-01&targetTo=2030-12-31&sort=-title&page=2&perPage=200&companyRole=any&subsidiaries=false" +
        "&evidenceStance=contradicts&evidenceFrom=2025-01-01&evidenceTo=2025-01-31&hasAmount=true&hasJobs=true" +
        "&restated=true",
    );
    expect(errors).toEqual({});
    expect(params).toEqual({
      company: "bmw-group",
      companyRole: "any",
      subsidiaries: false,
      region: "liaoning",
      status: ["announced", "in_progress", "stalled"],
      kind: ["pledge"],
      sector: ["automotive"],
      q: "沈阳",
      overdue: true,
      stale: true,
      announcedFrom: "2023-01-01",
      announcedTo: "2023-12-31",
      targetFrom: "2024-01-01",
      targetTo: "2030-12-31",
      evidenceStance: ["contradicts"],
      evidenceFrom: "2025-01-01",
      evidenceTo: "2025-01-31",
      hasAmount: true,
      hasJobs: true,
      restated: true,
      sort: { key: "title", desc: true },
      page: 2,
      perPage: 200,
    });
  });

  it("accepts a plain object of search params, as Next.js gives them", () => {
    const { params, errors } = parseListParams({ status: ["announced", "achieved"], company: "siemens" });
    expect(errors).toEqual({});
    expect(params.status).toEqual(["announced", "achieved"]);
    expect(params.company).toBe("siemens");
  });

  it.each([
    ["status=done", "status", /unknown status "done".*announced, in_progress/],
    ["kind=promise", "kind", /unknown kind "promise"/],
    ["announcedFrom=2023-02-30", "announcedFrom", /YYYY-MM-DD/],
    ["targetTo=yesterday", "targetTo", /YYYY-MM-DD/],
    ["sort=password", "sort", /cannot sort by "password"/],
    ["sort=-maker;drop table", "sort", /cannot sort by/],
    ["perPage=201", "perPage", /at most 200/],
    ["perPage=0", "perPage", /at least 1/],
    ["page=0", "page", /at least 1/],
    ["page=abc", "page", /whole number/],
    ["overdue=yes", "overdue", /"true" or "false"/],
    ["companyRole=owner", "companyRole", /maker, counterpart, any/],
    ["evidenceStance=neutral", "evidenceStance", /unknown stance "neutral"/],
    ["evidenceFrom=last-month", "evidenceFrom", /YYYY-MM-DD/],
    ["stauts=announced", "stauts", /unknown parameter/],
    ["company=a&company=b", "company", /once/],
    [`q=${"x".repeat(201)}`, "q", /at most 200/],
  ])("reports %s as a field error and keeps the default", (query, field, message) => {
    const { params, errors } = parse(query);
    expect(errors[field]).toMatch(message);
    if (field in DEFAULT_LIST_PARAMS) {
      expect(params[field as keyof typeof params]).toEqual(
        DEFAULT_LIST_PARAMS[field as keyof typeof DEFAULT_LIST_PARAMS],
      );
    }
  });

  it("refuses a date range that ends before it starts", () => {
    const { params, errors } = parse("announcedFrom=2024-01-01&announcedTo=2023-01-01");
    expect(errors.announcedTo).toMatch(/before announcedFrom/);
    expect(params.announcedFrom).toBe("2024-01-01");
    expect(params.announcedTo).toBeUndefined();
  });

  it("ignores empty values, as an HTML form sends them", () => {
    expect(parse("company=&status=&q=")).toEqual({ params: DEFAULT_LIST_PARAMS, errors: {} });
  });

  it("lets a page accept its own extra keys", () => {
    expect(parseListParams(new URLSearchParams("cols=title"), { allowKeys: ["cols"] }).errors).toEqual({});
  });
});

describe("serializeListParams", () => {
  it("round-trips through parseListParams and leaves defaults out", () => {
    const query = "?company=bmw-group&status=announced,stalled&sort=title&page=3";
    const { params } = parse(query);
    const written = serializeListParams(params);
    expect(written).toBe(query);
    expect(parse(written).params).toEqual(params);
    expect(serializeListParams(DEFAULT_LIST_PARAMS)).toBe("");
  });

  it("treats a parameter given as undefined or null as its default", () => {
    expect(serializeListParams({ company: "siemens", perPage: undefined, page: null })).toBe("?company=siemens");
  });

  it("leaves out what means nothing without a company", () => {
    expect(serializeListParams({ companyRole: "any", subsidiaries: false, region: "liaoning" })).toBe(
      "?region=liaoning",
    );
    expect(serializeListParams({ company: "bmw-group", companyRole: "any", subsidiaries: false })).toBe(
      "?company=bmw-group&companyRole=any&subsidiaries=false",
    );
  });
});
