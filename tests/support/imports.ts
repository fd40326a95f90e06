import ExcelJS from "exceljs";
import { GET as getImport } from "../../app/api/v1/imports/[id]/route";
import { GET as refusedCsv } from "../../app/api/v1/imports/[id]/refused.csv/route";
import { POST as cancel } from "../../app/api/v1/imports/[id]/cancel/route";
import { POST as undo } from "../../app/api/v1/imports/[id]/undo/route";
import { POST as importFile } from "../../app/api/v1/imports/route";
import { call, routeParams } from "./http";

/** Sends a file to POST /api/v1/imports as a browser form would. */
export async function upload(
  headers: Record<string, string>,
  name: string,
  content: string | Uint8Array,
  fields: { dryRun?: "true" | "false"; mapping?: unknown; sheet?: string } = {},
) {
  const form = new FormData();
  const blob = typeof content === "string" ? new Blob([content]) : new Blob([content as Uint8Array<ArrayBuffer>]);
  form.set("file", new File([blob], name));
  if (fields.dryRun) form.set("dryRun", fields.dryRun);
  if (fields.mapping !== undefined) form.set("mapping", JSON.stringify(fields.mapping));
  if (fields.sheet) form.set("sheet", fields.sheet);
  return call(importFile, "/api/v1/imports", { init: { method: "POST", headers, body: form } });
}

export const readImport = (headers: Record<string, string>, id: number, query = "") =>
  call(getImport, `/api/v1/imports/${id}${query}`, { context: routeParams({ id: String(id) }), init: { headers } });

export const cancelImport = (headers: Record<string, string>, id: number) =>
  call(cancel, `/api/v1/imports/${id}/cancel`, {
    context: routeParams({ id: String(id) }),
    init: { method: "POST", headers },
  });

export const undoImport = (headers: Record<string, string>, id: number) =>
  call(undo, `/api/v1/imports/${id}/undo`, {
    context: routeParams({ id: String(id) }),
    init: { method: "POST", headers },
  });

/** An .xlsx workbook with one sheet of these rows (the first is the header). */
export async function workbook(rows: unknown[][], sheetName = "Sheet1"): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

export const refusedRows = (headers: Record<string, string>, id: number) =>
  call(refusedCsv, `/api/v1/imports/${id}/refused.csv`, {
    context: routeParams({ id: String(id) }),
    init: { headers },
  });
