import { z } from "zod";
import { DATE_RULE, isIsoDate, todayIso } from "./dates";
import { isCurrencyCode, unknownCurrencyMessage } from "./currencies";
import { normalizeUrl } from "./evidence/normalize-url";

// Field rules shared by every write: one message per rule, phrased for the person filling the form.

/** Spaces and characters that show nothing (zero-width spaces, joiners, BOM, soft hyphens…) at either end. */
const INVISIBLE_EDGES = /^[\s\p{Default_Ignorable_Code_Point}\p{Cf}]+|[\s\p{Default_Ignorable_Code_Point}\p{Cf}]+$/gu;

/** The text without the spaces and invisible characters at its ends ("\u200bPlant " → "Plant"). */
export function trimInvisible(text: string): string {
  return text.replace(INVISIBLE_EDGES, "");
}

const ONLY_INVISIBLE = "is required: it holds only invisible characters (such as zero-width spaces)";

/** The message for text longer than `max`: how long it is, and what to do. */
export function tooLongMessage(length: number, max: number): string {
  const n = (v: number) => v.toLocaleString("en");
  return `is ${n(length)} characters long; shorten it to at most ${n(max)} characters`;
}

/**
 * Required text: without spaces and invisible characters at its ends, not empty, at most `max` characters
 * (longer text is refused with its length, never cut).
 */
export const requiredText = (max: number) =>
  z.string({ error: "is required" }).transform((raw, ctx) => {
    const value = trimInvisible(raw);
    if (!value) {
      ctx.addIssue({ code: "custom", message: raw.trim() ? ONLY_INVISIBLE : "is required" });
      return z.NEVER;
    }
    if (value.length > max) {
      ctx.addIssue({ code: "custom", message: tooLongMessage(value.length, max) });
      return z.NEVER;
    }
    return value;
  });

/** Optional text: trimmed of spaces and invisible characters; empty or null means "none" (stored as null). */
export const optionalText = (max: number) =>
  z
    .string()
    .nullish()
    .transform((raw, ctx) => {
      const value = raw == null ? "" : trimInvisible(raw);
      if (value.length > max) {
        ctx.addIssue({ code: "custom", message: tooLongMessage(value.length, max) });
        return z.NEVER;
      }
      return value || null;
    });

/** A date in a query string: YYYY-MM-DD within the accepted range (lib/dates.ts). */
export const isoDateParam = z.string().refine(isIsoDate, DATE_RULE);

export const isoDateField = z.string({ error: "is required, as YYYY-MM-DD" }).trim().refine(isIsoDate, DATE_RULE);

/** The message for a date after today, saying what today is (UTC, as every rule on dates reads it). */
export function futureDateMessage(today: string, what = "the day it happened"): string {
  return `must not be in the future (today is ${today}, UTC): give ${what}`;
}

/** A date that has already come (today, UTC, at the latest): when something was published or stated. */
export const pastDateField = isoDateField.superRefine((value, ctx) => {
  const today = todayIso();
  if (value > today) ctx.addIssue({ code: "custom", message: futureDateMessage(today) });
});

/** One message per field ("source.url": "…") for zod issues; unknown fields are named too. */
export function zodFieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) fields[[...issue.path, key].join(".")] = "unknown field";
      continue;
    }
    const key = issue.path.length ? issue.path.join(".") : "body";
    fields[key] ??= issue.message;
  }
  return fields;
}

/** The value of one field of `raw` when it is valid on its own, else undefined (for rules across fields). */
export function validAlone<T extends z.ZodType>(schema: T, raw: unknown, key: string): z.output<T> | undefined {
  const value = raw !== null && typeof raw === "object" ? (raw as Record<string, unknown>)[key] : undefined;
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}

/** An http(s) link, normalized (see normalize-url.ts); javascript:, data: and the like are refused. */
export const httpUrlField = z.string({ error: "is required" }).transform((raw, ctx) => {
  const result = normalizeUrl(raw);
  if (!result.ok) {
    ctx.addIssue({ code: "custom", message: result.message });
    return z.NEVER;
  }
  return result.value;
});

/** ISO 639-1: two lower-case letters, "en" when not given. */
export const languageField = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2}$/, "must be a two-letter ISO 639-1 code, such as en, zh or de")
  .nullish()
  .transform((v) => v ?? "en");

/** ISO 4217: a code the standard lists (lib/currencies.ts), stored in capitals. */
export const currencyField = z
  .string()
  .nullish()
  .transform((raw, ctx) => {
    const code = (raw ?? "").trim().toUpperCase();
    if (!code) return null;
    if (!/^[A-Z]{3}$/.test(code)) {
      ctx.addIssue({ code: "custom", message: "must be a three-letter ISO 4217 code, such as CNY, EUR or USD" });
      return z.NEVER;
    }
    if (!isCurrencyCode(code)) {
      ctx.addIssue({ code: "custom", message: unknownCurrencyMessage(code) });
      return z.NEVER;
    }
    return code;
  });

/** ISO 3166-1 alpha-2, stored in capitals. */
export const countryField = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, "must be a two-letter ISO 3166 country code, such as CN or DE")
  .nullish()
  .transform((v) => v ?? null);

/** A slug, name or alias of an organization or region. */
export const referenceField = requiredText(200);

export const versionField = z
  .number({ error: "is required: the version you started from (a whole number)" })
  .int("must be a whole number")
  .min(1, "must be at least 1");

export const aliasesField = z
  .array(requiredText(200), { error: "must be a list of names" })
  .max(50, "at most 50 aliases")
  .transform((list) => [...new Set(list)]);
