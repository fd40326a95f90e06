import { z } from "zod";
import { IMPORT_KINDS } from "@/db/schema-imports";
import { EVIDENCE_STANCES } from "@/lib/vocabulary";
import { EVIDENCE_FIELDS } from "./evidence-fields";
import { ENUM_FIELDS, IMPORT_FIELDS } from "./fields";

const DEFAULT_MAX_IMPORT_BYTES = 50 * 1024 * 1024;
const configuredMax = Number(process.env.IMPORT_MAX_BYTES);

/** The largest file an import reads; IMPORT_MAX_BYTES (a positive number of bytes) overrides it. */
export const MAX_IMPORT_BYTES =
  Number.isInteger(configuredMax) && configuredMax > 0 ? configuredMax : DEFAULT_MAX_IMPORT_BYTES;

/** The fields whose words an analyst can map to stored values: a commitment's kind and status, evidence's stance. */
export const MAPPED_VALUE_FIELDS = { ...ENUM_FIELDS, stance: EVIDENCE_STANCES } as const;
export type MappedValueField = keyof typeof MAPPED_VALUE_FIELDS;

/**
 * What the analyst decided about the file: for a column (by its header), the field it fills or null to
 * leave it out; for kind, status and stance, what their words mean. Anything not named is matched
 * automatically.
 */
export const importMappingSchema = z
  .object({
    columns: z.record(z.string(), z.enum([...IMPORT_FIELDS, ...EVIDENCE_FIELDS]).nullable()).default({}),
    values: z
      .object({
        kind: z.record(z.string(), z.enum(ENUM_FIELDS.kind)).default({}),
        status: z.record(z.string(), z.enum(ENUM_FIELDS.status)).default({}),
        stance: z.record(z.string(), z.enum(EVIDENCE_STANCES)).default({}),
      })
      .strict()
      .default({ kind: {}, status: {}, stance: {} }),
  })
  .strict();
export type ImportMapping = z.output<typeof importMappingSchema>;

const mappingText = z
  .string()
  .optional()
  .transform((text, ctx) => {
    if (text === undefined || text.trim() === "") return importMappingSchema.parse({});
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      ctx.addIssue({ code: "custom", message: "must be JSON: { columns: { header: field }, values: { … } }" });
      return z.NEVER;
    }
    const parsed = importMappingSchema.safeParse(value);
    if (!parsed.success) {
      ctx.addIssue({
        code: "custom",
        message: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "),
      });
      return z.NEVER;
    }
    return parsed.data;
  });

/** POST /api/v1/imports (multipart): the file, and how to read it. */
export const importRequestSchema = z
  .object({
    file: z
      .instanceof(File, { error: "is required: the CSV or .xlsx file" })
      .meta({ format: "binary", description: "The CSV or .xlsx file." }),
    mapping: mappingText,
    dryRun: z
      .enum(["true", "false"], { error: "must be true or false" })
      .optional()
      .transform((v) => v !== "false"),
    rows: z
      .enum(IMPORT_KINDS, { error: `must be one of: ${IMPORT_KINDS.join(", ")}` })
      .optional()
      .meta({ description: "What the rows are; told by the columns when absent." }),
    sheet: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .meta({ description: "A workbook's sheet; the first when absent." }),
  })
  .strict();
export type ImportRequest = z.output<typeof importRequestSchema>;
