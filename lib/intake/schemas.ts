import { z } from "zod";
import { jobsField } from "@/lib/commitments/schemas";
import {
  currencyField,
  httpUrlField,
  isoDateField,
  pastDateField,
  optionalText,
  referenceField,
  requiredText,
} from "@/lib/validation";
import { COMMITMENT_KINDS } from "@/lib/vocabulary";

// The bodies of POST /api/v1/intake/extract and /accept (CONTRACT.md, "Statement intake").

/** The longest statement intake reads: 1 MB of text (a longer one is refused with 413). */
export const MAX_STATEMENT_BYTES = 1024 * 1024;
/** A request body may carry the text JSON-escaped, with the rest of the fields around it. */
export const MAX_INTAKE_BODY_BYTES = 4 * MAX_STATEMENT_BYTES;

export const INTAKE_LANGUAGES = ["en", "zh"] as const;

const statementText = z
  .string({ error: "is required: the statement's text" })
  .refine((t) => t.trim().length > 0, "must not be empty");

const intakeLanguage = z.enum(INTAKE_LANGUAGES, {
  error: "must be en or zh: intake reads English and Chinese statements",
});

/** A target as a statement states it: a year, a month or a day. */
export const statedTargetField = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD")
  .refine((t) => Number(t.slice(0, 4)) >= 1900 && Number(t.slice(0, 4)) <= 2200, "must be from 1900 to 2200")
  .nullish()
  .transform((v) => v ?? null);

export const extractSchema = z
  .object({
    text: statementText,
    language: intakeLanguage.optional(),
    publishedOn: isoDateField.optional(),
    sourceUrl: httpUrlField.optional(),
  })
  .strict();
export type ExtractInput = z.output<typeof extractSchema>;

const acceptedItem = z
  .object({
    start: z
      .number({ error: "is required: an offset into the text" })
      .int("must be a whole number")
      .min(0, "must not be negative"),
    end: z
      .number({ error: "is required: an offset into the text" })
      .int("must be a whole number")
      .min(1, "must be after start"),
    /** The words at start…end, to check the offsets against (optional). */
    quote: z.string().optional(),
    // Title, maker and region make a new commitment; a restatement keeps those of the commitment it restates.
    title: requiredText(300).optional(),
    summary: optionalText(5000),
    kind: z.enum(COMMITMENT_KINDS, { error: `must be one of: ${COMMITMENT_KINDS.join(", ")}` }),
    maker: referenceField.optional(),
    counterpart: referenceField.nullish().transform((v) => v ?? null),
    region: referenceField.optional(),
    sector: optionalText(100),
    amount: z
      .number({ error: "must be a number" })
      .nonnegative("must not be negative")
      .max(1e17, "is too large")
      .nullish()
      .transform((v) => v ?? null),
    currency: currencyField,
    jobs: jobsField,
    targetOn: statedTargetField,
    /** An existing commitment this states again: the item becomes a mention of it, not a new commitment. */
    restates: z
      .number({ error: "must be the id of an existing commitment" })
      .int()
      .positive()
      .nullish()
      .transform((v) => v ?? null),
  })
  .strict()
  .superRefine((item, ctx) => {
    if (item.restates !== null) return;
    for (const field of ["title", "maker", "region"] as const) {
      if (item[field] === undefined)
        ctx.addIssue({ code: "custom", path: [field], message: "is required for a new commitment" });
    }
  });
export type AcceptedItem = z.output<typeof acceptedItem>;

export const acceptSchema = z
  .object({
    source: z
      .object({
        url: httpUrlField,
        title: requiredText(500),
        publisher: optionalText(200),
        publishedOn: pastDateField,
        language: intakeLanguage.optional().transform((v) => v ?? null),
        text: statementText,
      })
      .strict(),
    accept: z
      .array(acceptedItem, { error: "must be a list of accepted candidates" })
      .min(1, "accept at least one candidate")
      .max(500, "at most 500 at once"),
  })
  .strict();
export type AcceptInput = z.output<typeof acceptSchema>;
