import { PgDialect } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { filterConditions } from "./filter-sql";
import { LIST_SCHEMAS, parseListParams } from "./list-params";
import {
  type CommitmentFilters,
  DEFAULT_LIST_PARAMS,
  FILTER_KEYS,
  FILTER_PARAMS,
  LIST_PARAMS,
  LIST_PARAM_KEYS,
} from "./list-spec";
import type { AnyParam } from "./param-kinds";
import { CLEAR_ALL_FILTERS, explorerUrlState, listParsers, serializeListParams } from "./url-state";

// Walks the spec, so that a parameter added to it is checked without a test of its own: written to a URL and read
// back (by the server and by the browser) it is the same value, its default never reaches a URL, and the
// server's schemas and the browser's parsers know the same keys.

const SPEC = Object.entries(LIST_PARAMS as Record<string, AnyParam>);

/** A value of the parameter other than its default, with characters that need care in a URL. */
function sampleOf(param: AnyParam): unknown {
  const values = param.values ?? [];
  switch (param.kind) {
    case "text":
      return "Shenyang 沈阳 & co+1 #2";
    case "choice":
      return values.find((v) => v !== param.default);
    case "flag":
      return !param.default;
    case "date":
      return "2024-02-29";
    case "whole":
      return param.min! + 1 === param.default ? param.max : param.min! + 1;
    case "enumList":
      return [values[1], values[0]];
    case "textList":
      return ["Automotive", "电池 & cells"];
    case "sort":
      return { key: values[1], desc: false };
  }
}

/** The parameter set to its sample, with the parameter it needs (if any) set too. */
function sampleParams(key: string, param: AnyParam): Record<string, unknown> {
  const parent = param.onlyWith;
  return parent
    ? { [parent]: sampleOf(LIST_PARAMS[parent as keyof typeof LIST_PARAMS]), [key]: sampleOf(param) }
    : { [key]: sampleOf(param) };
}

describe.each(SPEC)("the list parameter %s", (key, param) => {
  it("round-trips: written to a URL and read back by the server and by the browser", () => {
    const given = sampleParams(key, param);
    const query = serializeListParams(given);
    const search = new URLSearchParams(query);
    expect(search.has(key)).toBe(true);
    expect(parseListParams(search)).toEqual({ params: { ...DEFAULT_LIST_PARAMS, ...given }, errors: {} });
    expect(listParsers[key as keyof typeof listParsers].parse(search.get(key)!)).toEqual(given[key]);
  });

  it("is left out of the URL at its default", () => {
    expect(serializeListParams({ [key]: null })).toBe("");
    if (param.default !== undefined) expect(serializeListParams({ [key]: param.default })).toBe("");
  });

  it("names only parameters of the spec", () => {
    for (const other of [param.onlyWith, param.notBefore]) {
      if (other) expect(LIST_PARAM_KEYS).toContain(other);
    }
  });
});

describe("the list spec", () => {
  it("gives the server's schemas and the browser's parsers the same keys", () => {
    expect(Object.keys(LIST_SCHEMAS)).toEqual(LIST_PARAM_KEYS);
    expect(Object.keys(listParsers)).toEqual(LIST_PARAM_KEYS);
    expect(Object.keys(explorerUrlState).filter((key) => key !== "cols")).toEqual(LIST_PARAM_KEYS);
  });

  it("clears every filter with 'clear all', and nothing else", () => {
    expect(Object.keys(CLEAR_ALL_FILTERS)).toEqual(FILTER_KEYS);
    expect(Object.values(CLEAR_ALL_FILTERS).every((value) => value === null)).toBe(true);
  });

  it("round-trips every parameter at once", () => {
    const given = Object.fromEntries(SPEC.map(([key, param]) => [key, sampleOf(param)]));
    expect(parseListParams(new URLSearchParams(serializeListParams(given)))).toEqual({ params: given, errors: {} });
  });

  it("writes nothing for the defaults", () => {
    expect(serializeListParams(DEFAULT_LIST_PARAMS)).toBe("");
  });
});

// A filter in the spec that the SQL ignores would be accepted and do nothing. `subsidiaries` acts earlier: it
// decides which companies the name resolves to (resolveReferences), not the condition on their ids.
const ACTS_BEFORE_SQL = ["subsidiaries"];

describe("the SQL condition", () => {
  const dialect = new PgDialect();
  const conditionOf = (filters: CommitmentFilters) => {
    const refs = {
      companyIds: filters.company ? [1] : undefined,
      regionIds: filters.region ? [2] : undefined,
      named: filters.q ? { organizationIds: [3], regionIds: [4] } : undefined,
      unresolved: {},
    };
    const where = filterConditions(filters, refs, "2026-01-01");
    return where ? dialect.sqlToQuery(where) : undefined;
  };

  it.each(FILTER_KEYS.filter((key) => !ACTS_BEFORE_SQL.includes(key)))("reads the filter %s", (key) => {
    const param: AnyParam = FILTER_PARAMS[key];
    const parent = param.onlyWith ? { [param.onlyWith]: sampleOf(LIST_PARAMS[param.onlyWith as typeof key]) } : {};
    const without = conditionOf({ ...DEFAULT_LIST_PARAMS, ...parent });
    const withIt = conditionOf({ ...DEFAULT_LIST_PARAMS, ...sampleParams(key, param) });
    expect(withIt).not.toEqual(without);
  });
});
