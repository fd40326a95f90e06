import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../db/client";
import { readDatabaseConfig } from "../db/config";
import { commitments, events } from "../db/schema";
import { recordDateEvents } from "../lib/monitoring/date-events";
import { onPostgres, setupTestDatabase } from "./support/database";
import { createCommitment } from "./support/factories";

const t = setupTestDatabase();
const TODAY = "2026-06-01";
const DATE_KINDS = ["due_in_90_days", "due_in_30_days", "overdue", "stale"] as const;

async function dateEvents() {
  const rows = await t.db
    .select({ kind: events.kind, commitmentId: events.commitmentId, cause: events.cause, summary: events.summary })
    .from(events)
    .where(inArray(events.kind, [...DATE_KINDS]))
    .orderBy(events.cause);
  return rows;
}

/** One commitment for each case, announced recently unless said otherwise (so only the stale case is stale). */
async function fixture() {
  const recent = { announcedOn: "2026-01-10" };
  return {
    in75Days: await createCommitment(t.db, { ...recent, targetOn: "2026-08-15" }),
    in19Days: await createCommitment(t.db, { ...recent, targetOn: "2026-06-20" }),
    in200Days: await createCommitment(t.db, { ...recent, targetOn: "2026-12-18" }),
    passed: await createCommitment(t.db, { ...recent, targetOn: "2026-05-01", status: "in_progress" }),
    achieved: await createCommitment(t.db, { ...recent, targetOn: "2026-05-01", status: "achieved", progress: 100 }),
    quietSince2024: await createCommitment(t.db, { announcedOn: "2024-03-01" }),
    evidencedLately: await createCommitment(t.db, { announcedOn: "2024-03-01", latestEvidenceOn: "2026-03-01" }),
  };
}

describe("dates falling due", () => {
  it("records each kind for the commitments it applies to, once however often it runs", async () => {
    const c = await fixture();
    const first = await recordDateEvents(t.db, TODAY);
    expect(first).toEqual({ due_in_90_days: 1, due_in_30_days: 1, overdue: 1, stale: 1 });
    expect(await recordDateEvents(t.db, TODAY)).toEqual({});
    expect(await dateEvents()).toEqual([
      {
        kind: "due_in_30_days",
        commitmentId: c.in19Days.id,
        cause: `due_in_30_days:${c.in19Days.id}:2026-06-20`,
        summary: "Target date 2026-06-20 is within 30 days",
      },
      {
        kind: "due_in_90_days",
        commitmentId: c.in75Days.id,
        cause: `due_in_90_days:${c.in75Days.id}:2026-08-15`,
        summary: "Target date 2026-08-15 is within 90 days",
      },
      {
        kind: "overdue",
        commitmentId: c.passed.id,
        cause: `overdue:${c.passed.id}:2026-05-01`,
        summary: "Overdue: the target date 2026-05-01 passed without it being achieved",
      },
      {
        kind: "stale",
        commitmentId: c.quietSince2024.id,
        cause: `stale:${c.quietSince2024.id}:2024-03-01`,
        summary: "Stale: no evidence since 2024-03-01",
      },
    ]);

    // Weeks later the 75-day one falls within 30 days and the 19-day one has passed: new events; the others
    // are not told again.
    expect(await recordDateEvents(t.db, "2026-07-20")).toEqual({ due_in_30_days: 1, overdue: 1 });
  });

  it("tells again when the date it was about moves", async () => {
    const c = await fixture();
    await recordDateEvents(t.db, TODAY);
    await t.db.update(commitments).set({ targetOn: "2026-05-20" }).where(eq(commitments.id, c.passed.id));
    await t.db
      .update(commitments)
      .set({ latestEvidenceOn: "2025-02-01" })
      .where(eq(commitments.id, c.quietSince2024.id));
    expect(await recordDateEvents(t.db, TODAY)).toEqual({ overdue: 1, stale: 1 });
    const staleOnes = await t.db
      .select({ cause: events.cause })
      .from(events)
      .where(and(eq(events.kind, "stale"), eq(events.commitmentId, c.quietSince2024.id)));
    expect(staleOnes.map((e) => e.cause).sort()).toEqual([
      `stale:${c.quietSince2024.id}:2024-03-01`,
      `stale:${c.quietSince2024.id}:2025-02-01`,
    ]);
  });

  it("stores each event once when two instances check at the same moment", async () => {
    await fixture();
    // On PostgreSQL the second instance has its own connections to the same database.
    const other = onPostgres ? await openDatabase(readDatabaseConfig()) : null;
    try {
      const results = await Promise.all([
        recordDateEvents(t.db, TODAY),
        recordDateEvents(other?.db ?? t.db, TODAY),
        recordDateEvents(t.db, TODAY),
      ]);
      const added = results.flatMap((r) => Object.entries(r)).reduce((n, [, count]) => n + count, 0);
      expect(added).toBe(4);
      expect(await dateEvents()).toHaveLength(4);
    } finally {
      await other?.close();
    }
  });
});
