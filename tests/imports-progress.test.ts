import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { POST as importFile } from "../app/api/v1/imports/route";
import { commitments, imports } from "../db/schema";
import { seedDemoData } from "../db/seed/load";
import { sessionHeaders } from "./support/auth";
import { onPostgres, setupTestDatabase } from "./support/database";

const t = setupTestDatabase();
let editor: Record<string, string>;
beforeEach(async () => {
  await seedDemoData(t.db);
  editor = await sessionHeaders(t.db, "editor");
});

const rowsCsv = (tag: string, count: number, extra = "") =>
  [
    "external_id,title,maker,kind,region,announced_on",
    ...Array.from({ length: count }, (_, i) => `${tag}-${i},Imported ${i},BMW Group,pledge,Shenyang,2024-01-01`),
    extra,
  ].join("\r\n");

function post(content: string) {
  const form = new FormData();
  form.set("file", new File([content], "rows.csv"));
  form.set("dryRun", "false");
  return importFile(
    new Request("http://tracker.test/api/v1/imports", {
      method: "POST",
      headers: { ...editor, accept: "application/x-ndjson" },
      body: form,
    }),
    undefined as never,
  );
}

async function lines(response: Response) {
  const text = await response.text();
  return text
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe("an import's progress, as lines", () => {
  it("tells the rows written after each batch, then the report", async () => {
    const response = await post(rowsCsv("p", 2500));
    expect(response.headers.get("content-type")).toContain("application/x-ndjson");
    const told = await lines(response);
    expect(told.slice(0, -1).map((l) => l.progress)).toEqual([
      { importId: expect.any(Number), rows: 1000, total: 2500, cancellable: onPostgres },
      { importId: expect.any(Number), rows: 2000, total: 2500, cancellable: onPostgres },
      { importId: expect.any(Number), rows: 2500, total: 2500, cancellable: onPostgres },
    ]);
    expect(told.at(-1)!.result).toMatchObject({ state: "committed", counts: { create: 2500 } });
  });

  it("ends with the error the JSON answer would have given", async () => {
    const told = await lines(await post(rowsCsv("e", 3, "bad,Row,BMW Group,pledge,Shenyang,2024-99-99")));
    expect(told.at(-1)).toMatchObject({
      status: 400,
      error: { code: "bad_request", details: { importId: expect.any(Number) } },
    });
  });

  it("goes on to the end when the client stops reading", async () => {
    const response = await post(rowsCsv("gone", 2500));
    const reader = response.body!.getReader();
    await reader.read();
    await reader.cancel();
    await vi.waitFor(
      async () => {
        const [done] = await t.db.select().from(imports).where(eq(imports.state, "committed"));
        expect(done?.counts).toMatchObject({ create: 2500 });
      },
      { timeout: 120_000, interval: 200 },
    );
    expect(await t.db.$count(commitments, eq(commitments.externalId, "gone-2499"))).toBe(1);
  });
});
