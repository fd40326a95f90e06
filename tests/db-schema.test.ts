import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { commitments, evidence, statusChanges } from "../db/schema";
import { queryRows } from "../db/sql";
import { checkSummaries } from "../db/summaries";
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

describe("daily counts for the dashboard", () => {
  // What the triggers keep; db/summaries.ts recounts it from the rows themselves (all-zero rows are left
  // behind on purpose).
  const kept = () =>
    Promise.all([
      queryRows(
        t.db,
        sql`select day::text as day, stance::text as stance, published, added from evidence_daily_counts
            where published <> 0 or added <> 0 order by 1, 2`,
      ),
      queryRows(
        t.db,
        sql`select status::text as status, day::text as day, started, ended from status_daily_counts
            where started <> 0 or ended <> 0 order by 1, 2`,
      ),
    ]);
  const expectInStep = async () => {
    const [evidenceCounts, statusCounts] = await kept();
    expect(evidenceCounts.length).toBeGreaterThan(0);
    expect(statusCounts.length).toBeGreaterThan(0);
    expect(await checkSummaries(t.db)).toEqual([
      { summary: "commitments.evidence_count and latest_evidence_on", mismatches: 0 },
      { summary: "status_changes.superseded_on", mismatches: 0 },
      { summary: "evidence_daily_counts", mismatches: 0 },
      { summary: "status_daily_counts", mismatches: 0 },
      { summary: "scope_evidence_counts", mismatches: 0 },
      { summary: "scope_evidence_added", mismatches: 0 },
      { summary: "scope_status_counts", mismatches: 0 },
    ]);
  };

  it("stay in step with every kind of write, one row or many at a time", async () => {
    const a = await createCommitment(t.db, { announcedOn: "2024-02-10" });
    const b = await createCommitment(t.db, { announcedOn: "2024-03-01" });
    const items = await t.db
      .insert(evidence)
      .values(
        [1, 2, 3, 4, 5].map((n) => ({
          commitmentId: n % 2 ? a.id : b.id,
          url: `https://example.org/${n}`,
          urlNormalized: `https://example.org/${n}`,
          title: `Item ${n}`,
          publishedOn: `2024-0${n}-15`,
          stance: n % 2 ? ("supports" as const) : ("context" as const),
          addedAt: new Date(`2024-06-0${n}T23:30:00Z`),
        })),
      )
      .returning();
    await expectInStep();
    expect((await kept())[0]).toContainEqual({ day: "2024-01-15", stance: "supports", published: 1, added: 0 });

    const [first, second, third] = items as [(typeof items)[0], (typeof items)[0], (typeof items)[0]];
    await t.db
      .update(evidence)
      .set({ stance: "contradicts", publishedOn: "2024-01-20" })
      .where(eq(evidence.id, first.id));
    await t.db.update(evidence).set({ retractedAt: new Date() }).where(eq(evidence.id, second.id));
    await t.db.update(evidence).set({ title: "Renamed" }).where(eq(evidence.id, third.id));
    await t.db.update(evidence).set({ commitmentId: b.id }).where(eq(evidence.id, third.id));
    await expectInStep();
    await t.db.update(evidence).set({ retractedAt: null }).where(eq(evidence.id, second.id));
    await t.db.delete(evidence).where(eq(evidence.id, first.id));
    await expectInStep();

    await t.db.insert(statusChanges).values([
      {
        commitmentId: a.id,
        fromStatus: "announced",
        toStatus: "in_progress",
        progress: 10,
        reason: "r",
        changedAt: new Date("2024-05-06T10:00:00Z"),
      },
      {
        commitmentId: b.id,
        fromStatus: "announced",
        toStatus: "stalled",
        progress: 0,
        reason: "r",
        changedAt: new Date("2024-05-06T11:00:00Z"),
      },
    ]);
    await t.db.insert(statusChanges).values({
      commitmentId: a.id,
      fromStatus: "in_progress",
      toStatus: "achieved",
      progress: 100,
      reason: "r",
      changedAt: new Date("2024-09-01T10:00:00Z"),
    });
    await expectInStep();
    await t.db.update(commitments).set({ announcedOn: "2024-01-05" }).where(eq(commitments.id, a.id));
    await expectInStep();

    // A commitment given another maker, another region, or both, moves its counts kept per maker and region.
    const other = await createCommitment(t.db, { announcedOn: "2024-03-01" });
    await t.db.update(commitments).set({ makerId: other.makerId }).where(eq(commitments.id, a.id));
    await expectInStep();
    await t.db.update(commitments).set({ regionId: other.regionId }).where(eq(commitments.id, b.id));
    await expectInStep();
    await t.db.update(commitments).set({ makerId: b.makerId, regionId: b.regionId }).where(eq(commitments.id, a.id));
    await expectInStep();
    const underMaker = await queryRows<{ n: number }>(
      t.db,
      sql`select coalesce(sum(published), 0)::int as n from scope_evidence_counts
           where scope = 'maker' and key_id = ${other.makerId}`,
    );
    expect(underMaker[0]?.n).toBe(0);
    // With the announcement moved in the same update, across a month: that moves the first span as well.
    await t.db
      .update(commitments)
      .set({ makerId: other.makerId, regionId: other.regionId, announcedOn: "2023-11-20" })
      .where(eq(commitments.id, a.id));
    await expectInStep();

    // Deleting a commitment takes its evidence and history with it (cascades), and their counts.
    await t.db.delete(commitments).where(eq(commitments.id, b.id));
    await expectInStep();
    const [evidenceCounts] = await kept();
    expect(evidenceCounts.reduce((n, r) => n + Number(r.published), 0)).toBe(1); // only a's item 5 is left
  });
});

describe("trigger functions", () => {
  it("work with an empty search_path, as during pg_restore, because they name their tables with the schema", async () => {
    const c = await createCommitment(t.db, { announcedOn: "2024-02-10" });
    await t.db.transaction(async (tx) => {
      await tx.execute(sql`set local search_path to ''`);
      await tx.execute(sql`insert into public.evidence (commitment_id, url, url_normalized, title, published_on, stance)
                           values (${c.id}, 'https://example.org/a', 'https://example.org/a', 'A', '2024-03-01', 'supports')`);
      await tx.execute(sql`insert into public.status_changes (commitment_id, from_status, to_status, progress, reason)
                           values (${c.id}, 'announced', 'in_progress', 10, 'Work began')`);
      await tx.execute(sql`update public.commitments set announced_on = '2024-01-01' where id = ${c.id}`);
      await tx.execute(sql`update public.evidence set retracted_at = now() where commitment_id = ${c.id}`);
      await tx.execute(sql`delete from public.evidence where commitment_id = ${c.id}`);
    });
    expect((await checkSummaries(t.db)).every((check) => check.mismatches === 0)).toBe(true);
  });

  it("date a first status change from the announcement with an empty search_path too", async () => {
    const c = await createCommitment(t.db, { announcedOn: "2024-02-10" });
    let effective: unknown;
    const attempt = t.db.transaction(async (tx) => {
      await tx.execute(sql`set local search_path to ''`);
      const [row] = await queryRows<{ day: string }>(
        tx,
        sql`insert into public.status_changes (commitment_id, from_status, to_status, progress, reason)
            values (${c.id}, null, 'announced', 0, 'Recorded') returning effective_from::text as day`,
      );
      effective = row?.day;
      tx.rollback();
    });
    await expect(attempt).rejects.toThrow();
    expect(effective).toBe("2024-02-10");
  });
});
