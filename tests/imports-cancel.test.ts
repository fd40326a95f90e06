import { eq, like } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { auditLog, commitments, imports } from "../db/schema";
import { seedDemoData } from "../db/seed/load";
import { SYSTEM_ACTOR } from "../lib/audit/record";
import { DomainError } from "../lib/errors";
import { type ImportReport, listImports, reportOf } from "../lib/imports/queries";
import { requestCancel } from "../lib/imports/live";
import { runImport } from "../lib/imports/run";
import { importMappingSchema } from "../lib/imports/schemas";
import { undoImport } from "../lib/imports/undo";
import { sessionHeaders } from "./support/auth";
import { cancelImport } from "./support/imports";
import { onPostgres, setupTestDatabase } from "./support/database";

const t = setupTestDatabase();
beforeEach(async () => {
  await seedDemoData(t.db);
});

const NO_MAPPING = importMappingSchema.parse({});
const file = (tag: string, count: number) => ({
  name: `${tag}.csv`,
  bytes: new TextEncoder().encode(
    [
      "external_id,title,maker,kind,region,announced_on",
      ...Array.from({ length: count }, (_, i) => `${tag}-${i},Imported ${i},BMW Group,pledge,Shenyang,2024-01-01`),
    ].join("\n"),
  ),
});

/** A record left "running" by a server that stopped mid-import: no transaction holds its lock. */
async function leftRunning() {
  const [row] = await t.db
    .insert(imports)
    .values({
      state: "running",
      fileName: "stopped.csv",
      fileSize: 10,
      fileSha256: "0".repeat(64),
      mapping: NO_MAPPING,
      counts: {},
      rowsTotal: 5000,
      rowsDone: 2000,
      actorLabel: "editor@example.org",
    })
    .returning({ id: imports.id });
  return row!.id;
}

describe("an import the server stopped in the middle of", () => {
  it("reads as interrupted, with where it had got to, and cannot be cancelled or undone", async () => {
    const id = await leftRunning();
    const report = await reportOf(t.db, id);
    expect(report.state).toBe("interrupted");
    expect(report.progress).toEqual({ rows: 2000, total: 5000, cancelRequested: false });
    expect((await listImports(t.db)).find((i) => i.id === id)?.state).toBe("interrupted");
    await expect(requestCancel(t.db, id)).rejects.toMatchObject({ code: "conflict" });
    await expect(undoImport(t.db, id, SYSTEM_ACTOR)).rejects.toMatchObject({ code: "conflict" });
  });
});

describe("POST /api/v1/imports/{id}/cancel", () => {
  it("answers 409 for an import that is not running and 404 for none", async () => {
    const done = await runImport(
      t.db,
      file("done", 3),
      { mapping: NO_MAPPING, dryRun: false },
      SYSTEM_ACTOR,
      "2026-12-01",
    );
    const editor = await sessionHeaders(t.db, "editor");
    const refused = await cancelImport(editor, done.id);
    expect(refused.status).toBe(409);
    expect(JSON.stringify(refused.body)).toContain("not running (committed)");
    expect((await cancelImport(editor, done.id + 1000)).status).toBe(404);
  });
});

// Seeing an import while it runs needs a second connection: PostgreSQL's pool has one, the embedded
// database's only connection is held by the import's transaction.
describe.runIf(onPostgres)("a running import on PostgreSQL", () => {
  it("shows its progress to others, stops when cancelled, and keeps nothing", async () => {
    const seen: ImportReport[] = [];
    let cancelled: Awaited<ReturnType<typeof requestCancel>> | undefined;
    const run = runImport(
      t.db,
      file("stop", 3500),
      {
        mapping: NO_MAPPING,
        dryRun: false,
        outside: t.db,
        onProgress: async ({ importId, rows }) => {
          if (rows !== 2000) return;
          seen.push(await reportOf(t.db, importId));
          cancelled = await requestCancel(t.db, importId);
        },
      },
      SYSTEM_ACTOR,
      "2026-12-01",
    );
    const error = await run.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: "conflict", details: { importId: expect.any(Number) } });
    const importId = (error as DomainError).details!.importId as number;
    expect(seen[0]).toMatchObject({
      id: importId,
      state: "running",
      progress: { rows: 2000, total: 3500, cancelRequested: false },
    });
    expect(cancelled).toEqual({ id: importId, cancelling: true });
    const after = await reportOf(t.db, importId);
    expect(after.state).toBe("cancelled");
    expect(after.progress.cancelRequested).toBe(true);
    expect(await t.db.$count(commitments, like(commitments.externalId, "stop-%"))).toBe(0);
    expect(await t.db.$count(auditLog, eq(auditLog.action, "import"))).toBe(0);
  });
});
