import { type SingleParserBuilder, createParser, parseAsArrayOf, parseAsStringLiteral } from "nuqs/server";
import { z } from "zod";
import { isoDateParam } from "@/lib/validation";

// The kinds of query parameter a list URL is made of. Each kind gives, from one declaration, the zod schema the
// server validates with and the nuqs parser the browser reads and writes with, so the two cannot drift apart.

const oneOf = (values: readonly string[]) => values.join(", ");

/** A nuqs parser that reads a value exactly as the server's schema does (null where the server would refuse). */
function parserFrom<T>(schema: z.ZodType<T, string>, serialize: (value: T) => string, eq?: (a: T, b: T) => boolean) {
  return createParser<T>({
    parse: (value) => {
      const result = schema.safeParse(value);
      return result.success ? result.data : null;
    },
    serialize,
    ...(eq ? { eq } : {}),
  });
}

const textSchema = (max: number) =>
  z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);

const flagSchema = z
  .enum(["true", "false", "1", "0"], { error: 'must be "true" or "false"' })
  .transform((v) => v === "true" || v === "1");

const wholeSchema = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, "must be a whole number")
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

/** Free text, trimmed; absent unless given. */
export function text(max: number) {
  const schema = textSchema(max);
  return { kind: "text", many: false, schema, parser: parserFrom(schema, String), default: undefined } as const;
}

/** One of a few words, with a default. */
export function choice<const T extends string>(values: readonly [T, ...T[]], fallback: NoInfer<T>) {
  const schema = z.enum(values, { error: `must be one of: ${oneOf(values)}` }) as unknown as z.ZodType<T, string>;
  return {
    kind: "choice",
    many: false,
    values,
    schema,
    parser: parseAsStringLiteral(values).withDefault(fallback),
    default: fallback,
  } as const;
}

/** On or off: `true`/`false` (or `1`/`0`). */
export function flag(fallback: boolean) {
  return {
    kind: "flag",
    many: false,
    schema: flagSchema,
    parser: parserFrom(flagSchema, String).withDefault(fallback),
    default: fallback,
  } as const;
}

/**
 * A YYYY-MM-DD date; `notBefore` names the parameter that starts its range, so a range that ends before it
 * starts is refused.
 */
export function date<const From extends string = never>(options: { notBefore?: From } = {}) {
  return {
    kind: "date",
    many: false,
    schema: isoDateParam,
    parser: parserFrom(isoDateParam, String),
    default: undefined,
    notBefore: options.notBefore,
  } as const;
}

/** A whole number within bounds, with a default: a page or a page size. */
export function whole(min: number, max: number, fallback: number) {
  const schema = wholeSchema(min, max);
  return {
    kind: "whole",
    many: false,
    min,
    max,
    schema,
    parser: parserFrom(schema, String).withDefault(fallback),
    default: fallback,
  } as const;
}

/** Several words of a vocabulary: repeated or as a comma list; unknown words are refused, repeats dropped. */
export function enumList<const T extends string>(values: readonly [T, ...T[]], noun: string) {
  const schema = z.array(z.string()).transform((items, ctx) => {
    const unknown = items.filter((item) => !(values as readonly string[]).includes(item));
    if (unknown.length > 0) {
      ctx.addIssue({
        code: "custom",
        message: `unknown ${noun} ${unknown.map((u) => `"${u}"`).join(", ")}; use one of: ${oneOf(values)}`,
      });
      return z.NEVER;
    }
    return [...new Set(items)] as T[];
  });
  const none: T[] = [];
  return {
    kind: "enumList",
    many: true,
    values,
    schema,
    parser: parseAsArrayOf(parseAsStringLiteral(values)).withDefault(none),
    default: none,
  } as const;
}

/** Several free-text values (names or ids): repeated or as a comma list. */
export function textList(max: number) {
  const item = textSchema(max);
  const none: string[] = [];
  return {
    kind: "textList",
    many: true,
    schema: z.array(item),
    parser: parseAsArrayOf(parserFrom(item, String)).withDefault(none),
    default: none,
  } as const;
}

export type SortOf<K extends string> = { key: K; desc: boolean };

/** A sort key from a whitelist, `-` in front for descending. */
export function sortBy<const K extends string>(keys: readonly [K, ...K[]], fallback: NoInfer<SortOf<K>>) {
  const schema = z.string().transform((value, ctx): SortOf<K> => {
    const desc = value.startsWith("-");
    const key = desc ? value.slice(1) : value;
    if (!(keys as readonly string[]).includes(key)) {
      ctx.addIssue({
        code: "custom",
        message: `cannot sort by "${key}"; use one of: ${oneOf(keys)}, with "-" in front for descending`,
      });
      return z.NEVER;
    }
    return { key: key as K, desc };
  });
  const parser = parserFrom(
    schema,
    (sort) => `${sort.desc ? "-" : ""}${sort.key}`,
    (a, b) => a.key === b.key && a.desc === b.desc,
  ).withDefault(fallback);
  return { kind: "sort", many: false, values: keys, schema, parser, default: fallback } as const;
}

/** Any parameter of the kinds above; `onlyWith` names a parameter without which it means nothing. */
export type AnyParam = {
  readonly kind: "text" | "choice" | "flag" | "date" | "whole" | "enumList" | "textList" | "sort";
  /** Whether it takes several values (repeated, or a comma list) rather than one. */
  readonly many: boolean;
  readonly schema: z.ZodType;
  // The parsers' value types differ from kind to kind; `any` lets a map of them be typed at all.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly parser: Omit<SingleParserBuilder<any>, "parseServerSide">;
  readonly default: unknown;
  readonly values?: readonly string[];
  readonly min?: number;
  readonly max?: number;
  readonly notBefore?: string;
  readonly onlyWith?: string;
};

/** The value a parameter holds once read. */
export type ValueOf<P extends AnyParam> = z.output<P["schema"]>;

type KeysWithDefault<S extends Record<string, AnyParam>> = {
  [K in keyof S]: S[K]["default"] extends undefined ? never : K;
}[keyof S];

/** The values a set of parameters reads to: those with a default always present, the others optional. */
export type ValuesOf<S extends Record<string, AnyParam>> = {
  -readonly [K in KeysWithDefault<S>]: ValueOf<S[K]>;
} & { -readonly [K in Exclude<keyof S, KeysWithDefault<S>>]?: ValueOf<S[K]> };
