import { parse } from "csv-parse";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { isUtf8 } from "node:buffer";
import { Readable } from "node:stream";
import { DomainError, invalid } from "@/lib/errors";

// A spreadsheet file as rows of text, read as a stream so a large file is never held twice: CSV with any
// common delimiter, in UTF-8 (with or without a byte-order mark) or GB18030/GBK as Chinese Excel writes
// it, or the first (or a named) sheet of an .xlsx workbook.

/** One row of the file: its number as a spreadsheet shows it (the header is row 1) and its cells as text. */
export type TableRow = { row: number; cells: string[]; formulas: number[] };

export type Table = { format: "csv" | "xlsx"; sheet: string | null; headers: string[]; rows: AsyncIterable<TableRow> };

const CHUNK_BYTES = 64 * 1024;

/**
 * The file as a stream of 64 KB views (no copies). Handed over whole, as one chunk, a parser would turn all
 * of it into rows at once and hold them; in chunks it parses as fast as the rows are taken.
 */
const inChunks = (bytes: Uint8Array) =>
  Readable.from(
    (function* () {
      for (let at = 0; at < bytes.byteLength; at += CHUNK_BYTES) {
        yield Buffer.from(bytes.buffer, bytes.byteOffset + at, Math.min(CHUNK_BYTES, bytes.byteLength - at));
      }
    })(),
  );

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const isZip = (bytes: Uint8Array) => ZIP_MAGIC.every((b, i) => bytes[i] === b);

/** The delimiter the header line uses most among comma, semicolon, tab and bar. */
function guessDelimiter(firstLine: string): string {
  const counts = [",", ";", "\t", "|"].map((d) => [d, firstLine.split(d).length - 1] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

function textOf(bytes: Uint8Array, utf8: boolean, limit: number): string {
  const head = bytes.subarray(0, limit);
  return utf8 ? new TextDecoder().decode(head) : iconv.decode(Buffer.from(head), "gb18030");
}

async function readCsv(bytes: Uint8Array): Promise<Table> {
  if (bytes.subarray(0, 8192).includes(0)) {
    throw invalid("This is not a CSV or Excel (.xlsx) file.", { file: "is neither CSV text nor an .xlsx workbook" });
  }
  const utf8 = isUtf8(bytes);
  const firstLine =
    textOf(bytes, utf8, 64 * 1024)
      .replace(/^\uFEFF/, "")
      .split(/\r?\n/, 1)[0] ?? "";
  const raw = inChunks(bytes);
  const text: NodeJS.ReadableStream = utf8 ? raw : raw.pipe(iconv.decodeStream("gb18030"));
  const parser = text.pipe(parse({ bom: true, delimiter: guessDelimiter(firstLine), relax_column_count: true }));
  const iterator = parser[Symbol.asyncIterator]() as AsyncIterator<string[]>;
  const first = await nextRecord(iterator);
  if (first.done) throw invalid("The file is empty.", { file: "has no rows" });
  async function* rows(): AsyncIterable<TableRow> {
    // Counted as a spreadsheet shows them: a cell over several lines is one row, a blank line a row too.
    for (let row = 2; ; row++) {
      const next = await nextRecord(iterator);
      if (next.done) return;
      if (next.value.every((cell) => cell.trim() === "")) continue;
      yield { row, cells: next.value, formulas: [] };
    }
  }
  return { format: "csv", sheet: null, headers: first.value, rows: rows() };
}

async function nextRecord(iterator: AsyncIterator<string[]>): Promise<IteratorResult<string[]>> {
  try {
    return await iterator.next();
  } catch (error) {
    throw invalid(`The CSV cannot be read: ${(error as Error).message}`, { file: "is not valid CSV" });
  }
}

/** A cell's value as text: dates as YYYY-MM-DD, numbers as written, rich text and links by their text. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("text" in value) return String(value.text);
    if ("error" in value) return String(value.error);
    return "";
  }
  return String(value);
}

const isFormula = (value: ExcelJS.CellValue) =>
  typeof value === "object" && value !== null && ("formula" in value || "sharedFormula" in value);

async function readXlsx(bytes: Uint8Array, sheetName: string | null): Promise<Table> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(inChunks(bytes), {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
  });
  const names: string[] = [];
  try {
    for await (const sheet of reader) {
      const name = (sheet as unknown as { name: string }).name;
      names.push(name);
      if (sheetName !== null && name !== sheetName) continue;
      const iterator = (sheet as AsyncIterable<ExcelJS.Row>)[Symbol.asyncIterator]();
      const first = await iterator.next();
      if (first.done) throw invalid(`The sheet “${name}” is empty.`, { file: "has no rows" });
      const valuesOf = (row: ExcelJS.Row) => (row.values as ExcelJS.CellValue[]).slice(1);
      const headers = valuesOf(first.value).map(cellText);
      async function* rows(): AsyncIterable<TableRow> {
        for (;;) {
          const next = await iterator.next();
          if (next.done) return;
          const values = valuesOf(next.value);
          const formulas = values.flatMap((v, i) => (isFormula(v) ? [i] : []));
          const cells = Array.from({ length: values.length }, (_, i) => cellText(values[i] ?? null));
          if (cells.every((c) => c.trim() === "")) continue;
          yield { row: next.value.number, cells, formulas };
        }
      }
      return { format: "xlsx", sheet: name, headers, rows: rows() };
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw invalid("The workbook cannot be read; save it again as .xlsx or CSV.", { file: "is not a readable .xlsx" });
  }
  throw invalid(`The workbook has no sheet “${sheetName}”; it has: ${names.join(", ")}.`, { sheet: "names no sheet" });
}

/** Opens a spreadsheet file: an .xlsx workbook by its signature, anything else as CSV text. */
export async function readTable(bytes: Uint8Array, { sheet = null }: { sheet?: string | null } = {}): Promise<Table> {
  if (bytes.byteLength === 0) throw invalid("The file is empty.", { file: "is empty" });
  return isZip(bytes) ? readXlsx(bytes, sheet) : readCsv(bytes);
}

/** How many rows (not counting the header) a file holds: read once through, to tell progress against. */
export async function countRows(bytes: Uint8Array, options: { sheet?: string | null } = {}): Promise<number> {
  let count = 0;
  for await (const _ of (await readTable(bytes, options)).rows) count++;
  return count;
}
