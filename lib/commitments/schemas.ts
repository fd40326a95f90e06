import { z } from "zod";
import {
  currencyField,
  futureDateMessage,
  httpUrlField,
  isoDateField,
  languageField,
  optionalText,
  pastDateField,
  referenceField,
  requiredText,
  validAlone,
  versionField,
  zodFieldErrors,
} from "@/lib/validation";
import { COMMITMENT_KINDS, COMMITMENT_STATUSES } from "@/lib/vocabulary";

const kindField = z.enum(COMMITMENT_KINDS, { error: `must be one of: ${COMMITMENT_KINDS.join(", ")}` });
const statusField = z.enum(COMMITMENT_STATUSES, { error: `must be one of: ${COMMITMENT_STATUSES.join(", ")}` });
const progressField = z
  .number({ error: "must be a whole number from 0 to 100" })
  .int("must be a whole number")
  .min(0, "must be at least 0")
  .max(100, "must be at most 100");
const amountField = z
  .number({ error: "must be a number" })
  .nonnegative("must not be negative")
  .max(1e17, "is too large")
  .nullish()
  .transform((v) => v ?? null);

/** Jobs a commitment announced: a whole number, or none. */
export const jobsField = z
  .number({ error: "must be a whole number" })
  .int("must be a whole number")
  .nonnegative("must not be negative")
  .max(100_000_000, "is too large")
  .nullish()
  .transform((v) => v ?? null);

/** The statement a commitment comes from; an existing source with the same address is reused. */
export const sourceInputSchema = z
  .object({
    url: httpUrlField,
    title: requiredText(500),
    publisher: optionalText(200),
    publishedOn: pastDateField,
    eventOn: isoDateField.nullish().transform((v) => v ?? null),
    language: languageField,
  })
  .strict();
export type SourceInput = z.output<typeof sourceInputSchema>;

export const sourceUpdateSchema = sourceInputSchema.partial().extend({ version: versionField }).strict();
export type SourceUpdateInput = z.output<typeof sourceUpdateSchema>;

const commitmentFields = {
  title: requiredText(300),
  summary: optionalText(5000),
  maker: referenceField,
  counterpart: referenceField.nullish().transform((v) => v ?? null),
  kind: kindField,
  sector: optionalText(100),
  region: referenceField,
  announcedOn: isoDateField,
  targetOn: isoDateField.nullish().transform((v) => v ?? null),
  amount: amountField,
  currency: currencyField,
  jobs: jobsField,
  source: sourceInputSchema.nullish().transform((v) => v ?? null),
  /** Where in the source it was said: paragraph number or a short locator. */
  sourceLocation: optionalText(200),
};

/** The fields the rules across fields read; undefined when the field itself is invalid (its own error shows). */
type RuleFields = {
  announcedOn?: string;
  targetOn?: string | null;
  amount?: number | null;
  currency?: string | null;
};

/**
 * Rules across fields, checked on the whole commitment (for an edit: after merging it with the stored one).
 * Returns a message per offending field, each saying what to do.
 */
export function commitmentRuleErrors(value: RuleFields, today: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (value.announcedOn && value.announcedOn > today)
    errors.announcedOn = futureDateMessage(today, "the day it was stated");
  if (value.targetOn && value.announcedOn && value.targetOn < value.announcedOn)
    errors.targetOn = `must not be before the announcement date (${value.announcedOn}); correct one of the two`;
  if (value.amount != null && value.currency === null)
    errors.currency = "is required with an amount: give its ISO 4217 code, such as CNY, EUR or USD";
  return errors;
}

export type BodyCheck<T> = { ok: true; value: T } | { ok: false; fields: Record<string, string> };

/**
 * Checks a commitment body in one round: every field's own rules and the rules across fields at once, so a
 * form can show every problem together. For an edit, `stored` stands in for the fields the body leaves out.
 * Pure: the recording form runs it before sending, and the API runs it again.
 */
export function checkCommitmentBody<T>(
  schema: z.ZodType<T>,
  data: unknown,
  today: string,
  stored?: RuleFields,
): BodyCheck<T> {
  const result = schema.safeParse(data);
  const fields = result.success ? {} : zodFieldErrors(result.error);
  const given = (key: string) => data !== null && typeof data === "object" && key in data;
  const pick = <K extends keyof RuleFields>(key: K): RuleFields[K] =>
    (stored && !given(key) ? stored[key] : validAlone(commitmentFields[key], data, key)) as RuleFields[K];
  const rules = commitmentRuleErrors(
    {
      announcedOn: pick("announcedOn"),
      targetOn: pick("targetOn"),
      amount: pick("amount"),
      currency: pick("currency"),
    },
    // An edit may leave an old announcement date alone even if it is odd; only a new one must not be in the future.
    stored && !given("announcedOn") ? "9999-12-31" : today,
  );
  for (const [key, message] of Object.entries(rules)) fields[key] ??= message;
  if (result.success && Object.keys(fields).length === 0) return { ok: true, value: result.data };
  return { ok: false, fields };
}

/** POST /api/v1/commitments (CONTRACT.md). */
export const createCommitmentSchema = z
  .object({ ...commitmentFields, status: statusField.optional(), progress: progressField.optional() })
  .strict();
export type CreateCommitmentInput = z.output<typeof createCommitmentSchema>;

const viaStatusRoute = "changes through POST /api/v1/commitments/{id}/status, with a reason";

/**
 * PATCH /api/v1/commitments/{id}: any of the fields, and the version the edit was based on. Status and
 * progress change only through POST …/status, which needs a reason.
 */
export const updateCommitmentSchema = z
  .object(commitmentFields)
  .partial()
  .extend({
    version: versionField,
    status: z.never({ error: viaStatusRoute }).optional(),
    progress: z.never({ error: viaStatusRoute }).optional(),
  })
  .strict();
export type UpdateCommitmentInput = z.output<typeof updateCommitmentSchema>;

/** POST /api/v1/commitments/{id}/status (CONTRACT.md). */
export const statusChangeSchema = z
  .object({
    status: statusField,
    progress: progressField.optional(),
    reason: requiredText(2000),
    evidenceId: z
      .number()
      .int()
      .positive()
      .nullish()
      .transform((v) => v ?? null),
    /** When the new status took effect; today when absent. Not in the future, not before the current one. */
    effectiveOn: isoDateField.optional(),
    version: versionField,
  })
  .strict();
export type StatusChangeInput = z.output<typeof statusChangeSchema>;

/** DELETE /api/v1/commitments/{id} (CONTRACT.md): why it goes, kept in the audit log. */
export const deleteCommitmentSchema = z.object({ reason: requiredText(2000) }).strict();

/** GET /api/v1/commitments/similar: a maker and a title to compare with its commitments' titles. */
export const similarQuery = z
  .object({
    maker: z
      .string({ error: "is required: the maker's slug, name or alias" })
      .trim()
      .min(1, "is required: the maker's slug, name or alias")
      .max(200, "must be at most 200 characters"),
    title: z
      .string({ error: "is required: the title to compare" })
      .trim()
      .min(1, "is required: the title to compare")
      .max(300, "must be at most 300 characters"),
    except: z.coerce
      .number({ error: "must be a commitment id" })
      .int("must be a commitment id")
      .min(1, "must be a commitment id")
      .max(2_147_483_647, "must be a commitment id")
      .optional(),
    limit: z.coerce
      .number({ error: "must be a whole number" })
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .max(20, "must be at most 20")
      .default(5),
  })
  .strict();
export type SimilarQuery = z.output<typeof similarQuery>;
