import { z } from "zod";
import { IMPORT_ACTIONS, IMPORT_KINDS, IMPORT_STATES } from "@/db/schema";
import { EVIDENCE_FIELDS } from "@/lib/imports/evidence-fields";
import { IMPORT_FIELDS } from "@/lib/imports/fields";
import { importMappingSchema } from "@/lib/imports/schemas";
import { timestamp } from "./common";

const createdName = z.object({
  name: z.string(),
  slug: z.string().optional(),
  nearMisses: z.array(z.string()).optional().meta({ description: "Known names that look alike." }),
});

export const importReportResponse = z
  .object({
    id: z.number().int(),
    dryRun: z.boolean(),
    state: z.enum(IMPORT_STATES).meta({
      description:
        "`running` while it writes; `interrupted` when the server stopped during it (nothing of it was kept).",
    }),
    kind: z.enum(IMPORT_KINDS).meta({ description: "Rows of commitments, or of evidence for recorded commitments." }),
    fileName: z.string(),
    fileSize: z.number().int(),
    fileSha256: z.string(),
    sheet: z.string().nullable(),
    createdAt: timestamp,
    createdBy: z.string(),
    undoneAt: timestamp.nullable(),
    progress: z
      .object({ rows: z.number().int(), total: z.number().int(), cancelRequested: z.boolean() })
      .meta({ description: "Rows written of all while it runs (state `running`), or where it stopped." }),
    counts: z.object({
      create: z.number().int(),
      update: z.number().int(),
      unchanged: z.number().int(),
      refused: z.number().int(),
    }),
    columns: z
      .array(
        z.object({
          header: z.string(),
          field: z.enum([...IMPORT_FIELDS, ...EVIDENCE_FIELDS]).nullable(),
          sample: z.array(z.string()),
        }),
      )
      .optional()
      .meta({ description: "Each column of the file, the field it fills and its first values (on POST)." }),
    unknownValues: z
      .object({ kind: z.array(z.string()), status: z.array(z.string()), stance: z.array(z.string()) })
      .optional()
      .meta({
        description: "Words in the kind, status and stance columns that mean no known value: map them (on POST).",
      }),
    mapping: importMappingSchema.optional().meta({ description: "The mapping used (on POST)." }),
    mappingFrom: z
      .number()
      .int()
      .nullable()
      .optional()
      .meta({ description: "The earlier import, of a file with the same columns, whose mapping was used again." }),
    created: z.object({ organizations: z.array(createdName), regions: z.array(createdName) }),
    rows: z.array(
      z.object({
        row: z.number().int().meta({ description: "As a spreadsheet numbers it; the header is row 1." }),
        action: z.enum(IMPORT_ACTIONS),
        errors: z.record(z.string(), z.string()).optional(),
        changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })).optional(),
        commitmentId: z.number().int().nullable(),
        evidenceId: z.number().int().nullable(),
      }),
    ),
    rowsTotal: z.number().int(),
    page: z.number().int(),
    perPage: z.number().int(),
  })
  .meta({ id: "ImportReport" });

export const importUndoneResponse = z.object({ id: z.number().int(), undone: z.literal(true) });

export const importCancellingResponse = z.object({ id: z.number().int(), cancelling: z.literal(true) });
