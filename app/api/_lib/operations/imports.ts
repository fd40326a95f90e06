import { z } from "zod";
import { IMPORT_ACTIONS } from "@/db/schema";
import { auditActorOf } from "@/lib/auth/actor";
import { todayIso } from "@/lib/dates";
import { BATCH } from "@/lib/imports/pass";
import { reportOf } from "@/lib/imports/queries";
import { refusedRowsCsv } from "@/lib/imports/report-csv";
import type { ImportProgress } from "@/lib/imports/pass";
import { runImport } from "@/lib/imports/run";
import { MAX_IMPORT_BYTES, importRequestSchema } from "@/lib/imports/schemas";
import { requestCancel } from "@/lib/imports/live";
import { undoImport } from "@/lib/imports/undo";
import { getDatabaseHandle } from "@/db";
import { RawAnswer, operation } from "../operation";
import { idParams } from "../params";
import { importCancellingResponse, importReportResponse, importUndoneResponse } from "../responses/imports";
import { progressStream, wantsProgress } from "../progress-stream";
import { writer } from "../route";

const tag = "Imports";
const LOG_EVERY_ROWS = 10_000;

/** The server's log says how a long import is going: after its first batch, then every 10,000 rows. */
function logProgress({ importId, rows }: ImportProgress) {
  if (rows === BATCH || rows % LOG_EVERY_ROWS === 0) {
    console.log(`Import ${importId}: ${rows.toLocaleString("en")} rows written, not yet committed`);
  }
}

export const createImportOp = operation({
  method: "POST",
  path: "/api/v1/imports",
  id: "createImport",
  tag,
  summary: "Import commitments from a CSV or .xlsx file (a dry run unless dryRun=false)",
  description:
    "With `Accept: application/x-ndjson` the answer comes as lines: `{ progress: { importId, rows, total } }` while a commit writes, then `{ result }` (the report) or `{ error, status }`; the import goes on if the client leaves. multipart/form-data: `file`, optional `mapping` (JSON: `{ columns: { header: field | null }, values: { kind: {…}, status: {…} } }`), `dryRun` (default true), `sheet`. A dry run writes nothing but its report. A commit writes every row in one transaction, or nothing when a row is refused (400 with `details.importId`, the report). Rows are matched by `externalId`, then by `id`: a second import of the same file changes nothing.",
  access: "editor",
  body: importRequestSchema,
  bodyMode: "multipart",
  maxBodyBytes: MAX_IMPORT_BYTES + 1024 * 1024,
  response: importReportResponse,
  errors: ["payload_too_large"],
  run: async ({ db, body, actor, request }) => {
    const file = { name: body.file.name, bytes: new Uint8Array(await body.file.arrayBuffer()) };
    // PostgreSQL answers other requests during the import (its progress, a cancel); the embedded one cannot.
    const outside = (await getDatabaseHandle()).kind === "postgres" ? db : undefined;
    const options = { mapping: body.mapping, sheet: body.sheet ?? null, dryRun: body.dryRun, rows: body.rows, outside };
    const run = (onProgress: (step: ImportProgress) => void) =>
      runImport(db, file, { ...options, onProgress }, auditActorOf(writer(actor)), todayIso());
    if (!wantsProgress(request)) return run(logProgress);
    return new RawAnswer(
      progressStream<ImportProgress, Awaited<ReturnType<typeof runImport>>>((send) =>
        run((step) => {
          logProgress(step);
          send(step);
        }),
      ),
    );
  },
});

export const getImportOp = operation({
  method: "GET",
  path: "/api/v1/imports/{id}",
  id: "getImport",
  tag,
  summary: "An import: its state, counts and a page of its rows",
  access: "editor",
  params: idParams,
  query: z
    .object({
      action: z.enum(IMPORT_ACTIONS, { error: `must be one of: ${IMPORT_ACTIONS.join(", ")}` }).optional(),
      page: z.coerce.number({ error: "must be a page number" }).int().min(1).max(100_000).default(1),
    })
    .strict(),
  response: importReportResponse,
  run: async ({ db, params, query }) => reportOf(db, params.id, undefined, query),
});

export const undoImportOp = operation({
  method: "POST",
  path: "/api/v1/imports/{id}/undo",
  id: "undoImport",
  tag,
  summary: "Undo an import: remove what it created, restore what it changed",
  description:
    "Refused (409, with `details.blocking`) when a commitment it wrote was edited, deleted or got evidence since.",
  access: "admin",
  params: idParams,
  response: importUndoneResponse,
  errors: ["conflict"],
  run: async ({ db, params, actor }) => undoImport(db, params.id, auditActorOf(writer(actor))),
});

export const cancelImportOp = operation({
  method: "POST",
  path: "/api/v1/imports/{id}/cancel",
  id: "cancelImport",
  tag,
  summary: "Cancel a running import: it stops after the batch it is writing, and nothing of it is kept",
  description:
    "The import's own request then ends with 409 (`details.importId`) and the import's state becomes `cancelled`. 409 when it is not running. On the embedded database a running import holds the only connection, so this is answered only once it has ended.",
  access: "editor",
  params: idParams,
  response: importCancellingResponse,
  errors: ["conflict"],
  run: async ({ db, params }) => requestCancel(db, params.id),
});

export const refusedRowsCsvOp = operation({
  method: "GET",
  path: "/api/v1/imports/{id}/refused.csv",
  id: "getImportRefusedRows",
  tag,
  summary: "An import's refused rows as CSV, with an error column, to fix and import again",
  access: "editor",
  params: idParams,
  response: z.string(),
  contentType: "text/csv",
  run: async ({ db, params }) => {
    const { fileName, text } = await refusedRowsCsv(db, params.id);
    return new RawAnswer(
      new Response(text, {
        headers: {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        },
      }),
    );
  },
});
