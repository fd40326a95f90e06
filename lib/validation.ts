import { z } from "zod";
import { DATE_RULE, isIsoDate } from "./dates";
import { normalizeUrl } from "./evidence/normalize-url";

// Field rules shared by every write: one message per rule, phrased for the person filling the form.

/** Required text: trimmed, not empty, with a length limit. */
export const requiredText = (max: number) =>
  z
    .string({ error: "is required" })
    .trim()
    .min(1, "is required")
    .max(max, `must be at most ${max.toLocaleString("en")} characters`);

/** Optional text: trimmed; empty or null means "none" (stored as null). */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max.toLocaleString("en")} characters`)
    .nullish()
    .transform((v) => (v ? v : null));

/** A date in a query string: YYYY-MM-DD within the accepted range (lib/dates.ts). */
export const isoDateParam = z.string().refine(isIsoDate, DATE_RULE);

export const isoDateField = z.string({ error: "is required, as YYYY-MM-DD" }).trim().refine(isIsoDate, DATE_RULE);

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

/** ISO 4217: three letters, stored in capitals. */
export const currencyField = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, "must be a three-letter ISO 4217 code, such as CNY, EUR or USD")
  .nullish()
  .transform((v) => v ?? null);

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
