import type { z } from "zod";
import type { AnyParam } from "./param-kinds";
import { type CommitmentListParams, DEFAULT_LIST_PARAMS, LIST_PARAMS, LIST_PARAM_KEYS } from "./list-spec";

// Reads a list query on the server (the explorer page, the API and the exports), by the schemas of list-spec.ts.

const SPEC = Object.entries(LIST_PARAMS as Record<string, AnyParam>);

/** The server's schema of every list parameter, by key: the same keys as the browser's parsers. */
export const LIST_SCHEMAS: Record<string, z.ZodType> = Object.fromEntries(
  SPEC.map(([key, param]) => [key, param.schema]),
);

export type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

function valuesOf(source: ParamSource, key: string): string[] {
  if (source instanceof URLSearchParams) return source.getAll(key);
  const value = source[key];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function keysOf(source: ParamSource): string[] {
  return source instanceof URLSearchParams ? [...new Set(source.keys())] : Object.keys(source);
}

/** What a parameter's schema is given: one value, or every value of a list (repeated and comma-separated). */
function inputOf(param: AnyParam, values: string[]): { input?: string | string[]; error?: string } {
  if (param.many) {
    const items = values
      .flatMap((v) => v.split(","))
      .map((v) => v.trim())
      .filter((v) => v !== "");
    return items.length ? { input: items } : {};
  }
  const given = values.filter((v) => v !== "");
  if (given.length > 1) return { error: "give this parameter once" };
  return given.length ? { input: given[0] } : {};
}

export type ParseResult = {
  /** The usable parameters: every valid one, with defaults where a value was missing or invalid. */
  params: CommitmentListParams;
  /** Field-level messages for every invalid or unknown parameter; empty when the query was clean. */
  errors: Record<string, string>;
};

/**
 * Parses a list query. Invalid values are reported in `errors` and replaced by their defaults, so the
 * API can refuse the request while the page can show a notice and carry on.
 */
export function parseListParams(source: ParamSource, { allowKeys = [] as readonly string[] } = {}): ParseResult {
  const params: CommitmentListParams = { ...DEFAULT_LIST_PARAMS };
  const errors: Record<string, string> = {};
  const target = params as Record<string, unknown>;

  for (const key of keysOf(source)) {
    if (!(LIST_PARAM_KEYS as readonly string[]).includes(key) && !allowKeys.includes(key)) {
      errors[key] = `unknown parameter; known parameters are: ${LIST_PARAM_KEYS.join(", ")}`;
    }
  }

  // Single values first, then lists: the order in which the messages have always come.
  for (const [key, param] of [...SPEC.filter(([, p]) => !p.many), ...SPEC.filter(([, p]) => p.many)]) {
    const { input, error } = inputOf(param, valuesOf(source, key));
    if (error) errors[key] = error;
    if (input === undefined) continue;
    const result = param.schema.safeParse(input);
    if (result.success) target[key] = result.data;
    else errors[key] = result.error.issues[0]?.message ?? "is invalid";
  }

  for (const [to, param] of SPEC) {
    const from = param.notBefore;
    const start = from && target[from];
    const end = target[to];
    if (typeof start === "string" && typeof end === "string" && start > end) {
      errors[to] = `is before ${from} (${start})`;
      delete target[to];
    }
  }

  return { params, errors };
}
