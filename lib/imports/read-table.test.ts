import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { readTable } from "./read-table";

// Files longer than the 64 KB the reader takes at a time: characters of several bytes fall across the
// edges between chunks and must come out whole.
const ROWS = 4000;
const titles = Array.from({ length: ROWS }, (_, i) => `扩大沈阳工厂产能 第${i}期 — Ausbau «${i}»`);
const csv = ["编号,标题", ...titles.map((title, i) => `r-${i},${title}`)].join("\r\n");

async function cellsOf(bytes: Uint8Array) {
  const table = await readTable(bytes);
  const rows: string[][] = [];
  for await (const row of table.rows) rows.push(row.cells);
  return { headers: table.headers, rows };
}

describe("reading a CSV file in chunks", () => {
  it("keeps every character of a long UTF-8 file", async () => {
    const bytes = new TextEncoder().encode(`\uFEFF${csv}`);
    expect(bytes.byteLength).toBeGreaterThan(3 * 64 * 1024);
    const { headers, rows } = await cellsOf(bytes);
    expect(headers).toEqual(["编号", "标题"]);
    expect(rows.map((cells) => cells[1])).toEqual(titles);
  });

  it("keeps every character of a long GB18030 file", async () => {
    const bytes = new Uint8Array(iconv.encode(csv, "gb18030"));
    expect(bytes.byteLength).toBeGreaterThan(3 * 64 * 1024);
    const { rows } = await cellsOf(bytes);
    expect(rows).toHaveLength(ROWS);
    expect(rows.map((cells) => cells[1])).toEqual(titles);
  });
});
