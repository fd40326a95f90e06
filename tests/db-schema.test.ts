import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { commitments, evidence, statusChanges } from "../db/schema";
import { queryRows } from "../db/sql";
import { createCommitment, createEvidence } from "./support/factories";
import { setupTestDatabase } from "./support/database";

const t = setupTestDatabase();

describe("schema constraints", () => {
  it("refuses progress outside 0–100 and an achieved commitment below 100", async () => {
    await expect(createCommitment(t.db, { progress: 101 })).rejects.toThrow();
    await expect(createCommitment(t.db, { status: "achieved", progress: 80 })).rejects.toThrow();
    const ok = await createCommitment(t.db, { status: "achieved", progress: 100 });
    expect(ok.progress).toBe(100);
  });

  it("requires a currency with an amount, in ISO 4217 form", async () => {
    await expect(createCommitment(t.db, { amount: "1000" })).rejects.toThrow();
    await expect(createCommitment(t.db, { amount: "1000", currency: "eur" })).rejects.toThrow();
    const ok = await createCommitment(t.db, { amount: "1000.50", currency: "EUR" });
    expect(ok.amount).toBe("1000.50");
  });

  it("refuses a target date before the announcement", async () => {
    await expect(createCommitment(t.db, { announcedOn: "2024-05-01", targetOn: "2024-04-30" })).rejects.toThrow();
  });

  it("refuses an unknown status value at the database level", async () => {
    const c = await createCommitment(t.db);
    await expect(t.db.execute(sql`update commitments set status = 'done' where id = ${c.id}`)).rejects.toThrow();
  });
});

describe("evidence summary trigger", () => {
  it("keeps evidence_count and latest_evidence_on in step with inserts, updates and deletes", async () => {
    const c = await createCommitment(t.db);
    const read = async () => (await t.db.select().from(commitments).where(eq(commitments.id, c.id)))[0]!;

    expect((await read()).evidenceCount).toBe(0);
    expect((await read()).latestEvidenceOn).toBeNull();

    const first = await createEvidence(t.db, c.id, { publishedOn: "2024-03-01" });
    await createEvidence(t.db, c.id, { publishedOn: "2024-02-01" });
    expect(await read()).toMatchObject({ evidenceCount: 2, latestEvidenceOn: "2024-03-01" });

    await t.db.update(evidence).set({ publishedOn: "2025-01-10" }).where(eq(evidence.id, first.id));
    expect(await read()).toMatchObject({ evidenceCount: 2, latestEvidenceOn: "2025-01-10" });

    await t.db.delete(evidence).where(eq(evidence.id, first.id));
    expect(await read()).toMatchObject({ evidenceCount: 1, latestEvidenceOn: "2024-02-01" });
  });

  it("leaves retracted evidence out of the count and the latest date", async () => {
    const c = await createCommitment(t.db);
    await createEvidence(t.db, c.id, { publishedOn: "2024-03-01" });
    const newest = await createEvidence(t.db, c.id, { publishedOn: "2025-05-05" });
    await t.db
      .update(evidence)
      .set({ retractedAt: new Date(), retractionReason: "wrong company" })
      .where(eq(evidence.id, newest.id));
    const [row] = await t.db.select().from(commitments).where(eq(commitments.id, c.id));
    expect(row).toMatchObject({ evidenceCount: 1, latestEvidenceOn: "2024-03-01" });
  });

  it("moves the summary when evidence is moved to another commitment", async () => {
    const a = await createCommitment(t.db);
    const b = await createCommitment(t.db);
    const item = await createEvidence(t.db, a.id, { publishedOn: "2024-03-01" });
    await t.db.update(evidence).set({ commitmentId: b.id }).where(eq(evidence.id, item.id));
    const rows = await queryRows<{ id: number; evidence_count: number }>(
      t.db,
      sql`select id, evidence_count from commitments order by id`,
    );
    expect(rows.map((r) => Number(r.evidence_count))).toEqual([0, 1]);
  });
});

describe("status spans", () => {
  it("start at the announcement for the first status and at the change's day after, each ending when the next starts", async () => {
    const c = await createCommitment(t.db, { announcedOn: "2024-02-10" });
    await t.db.insert(statusChanges).values({
      commitmentId: c.id,
      fromStatus: "announced",
      toStatus: "in_progress",
      progress: 10,
      reason: "r",
      changedAt: new Date("2024-05-06T23:30:00Z"),
    });
    const spans = async () =>
      (
        await t.db.select().from(statusChanges).where(eq(statusChanges.commitmentId, c.id)).orderBy(statusChanges.id)
      ).map((s) => [s.toStatus, s.effectiveFrom, s.supersededOn]);
    expect(await spans()).toEqual([
      ["announced", "2024-02-10", "2024-05-06"],
      ["in_progress", "2024-05-06", null],
    ]);
    await t.db.update(commitments).set({ announcedOn: "2024-01-20" }).where(eq(commitments.id, c.id));
    expect((await spans())[0]).toEqual(["announced", "2024-01-20", "2024-05-06"]);
  });
});
