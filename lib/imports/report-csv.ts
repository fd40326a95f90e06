import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { importRows, imports } from "@/db/schema";
import { UTF8_BOM, csvLine } from "@/lib/commitments/csv";
import { DomainError } from "@/lib/errors";
import { fieldLabel } from "./field-label";

/** What was wrong with a row, in one cell: "Announced on: must be YYYY-MM-DD; Status: must be one of …". */
function errorText(errors: Record<string, string>): string {
  return Object.entries(errors)
    .map(([field, message]) => `${fieldLabel(field)}: ${message}`)
    .join("; ");
}

/**
 * The refused rows of an import as CSV, in the file's own columns with an `error` column after them: to
 * fix in a spreadsheet and import again (the error column is left out by the import, as no field knows it).
 */
export async function refusedRowsCsv(db: Database, importId: number): Promise<{ fileName: string; text: string }> {
  const [run] = await db
    .select({ fileName: imports.fileName, headers: imports.headers })
    .from(imports)
    .where(eq(imports.id, importId));
  if (!run) throw new DomainError("not_found", `There is no import ${importId}.`);
  const headers = run.headers as string[];
  const rows = await db
    .select({ cells: importRows.cells, errors: importRows.errors })
    .from(importRows)
    .where(and(eq(importRows.importId, importId), eq(importRows.action, "refused")))
    .orderBy(asc(importRows.row));
  const lines = rows.map((r) => {
    const cells = (r.cells as string[]) ?? [];
    const padded = headers.map((_, i) => cells[i] ?? "");
    return csvLine([...padded, errorText((r.errors as Record<string, string>) ?? {})]);
  });
  const base = run.fileName.replace(/\.[^.]+$/, "");
  return { fileName: `${base}-refused.csv`, text: UTF8_BOM + csvLine([...headers, "error"]) + lines.join("") };
}
