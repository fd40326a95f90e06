import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { truncateAll } from "../db/reset";
import { commitments, evidence, statusChanges } from "../db/schema";
import { demoCommitments } from "../db/seed/demo-data";
import { demoFollowUps } from "../db/seed/demo-follow-up";
import { seedDemoData } from "../db/seed/load";
import { getStatsFor } from "../lib/analytics/stats";
import { demoEvidenceCount, demoStaleCount, demoStatusCounts } from "./support/demo-facts";
import { setupTestDatabase } from "./support/database";

const t = setupTestDatabase();
const TODAY = "2026-11-30";

describe("demo follow-up", () => {
  it("attaches evidence published 2022–2026 to the commitments it concerns", async () => {
    await seedDemoData(t.db);
    const rows = await t.db.select().from(evidence);
    expect(rows).toHaveLength(demoEvidenceCount);
    expect(rows.length).toBeGreaterThanOrEqual(15);
    expect(rows.every((e) => e.publishedOn >= "2022-01-01" && e.publishedOn <= "2026-12-31")).toBe(true);
    expect(rows.every((e) => e.addedBy === "demo data" && e.note && e.publisher)).toBe(true);
    expect(new Set(rows.map((e) => e.stance))).toEqual(new Set(["supports", "context"]));

    // Each commitment's summary (kept by a trigger) counts what was attached to it.
    const byTitle = new Map((await t.db.select().from(commitments)).map((c) => [c.title, c]));
    for (const followUp of demoFollowUps) {
      const c = byTitle.get(followUp.commitment)!;
      expect(c.evidenceCount, followUp.commitment).toBe(followUp.evidence.length);
      expect(c.latestEvidenceOn).toBe(
        followUp.evidence
          .map((e) => e.publishedOn)
          .sort()
          .at(-1),
      );
    }
  });

  it("records each status change after the evidence it cites, ending at the commitment's status", async () => {
    await seedDemoData(t.db);
    const all = await t.db.select().from(commitments);
    const items = new Map((await t.db.select().from(evidence)).map((e) => [e.id, e]));
    let changes = 0;
    for (const c of all) {
      const history = await t.db
        .select()
        .from(statusChanges)
        .where(eq(statusChanges.commitmentId, c.id))
        .orderBy(asc(statusChanges.changedAt));
      for (const [i, change] of history.entries()) {
        if (i === 0) continue;
        changes += 1;
        const previous = history[i - 1]!;
        expect(change.fromStatus, c.title).toBe(previous.toStatus);
        expect(change.changedAt > previous.changedAt).toBe(true);
        const cited = items.get(change.evidenceId!);
        expect(cited?.commitmentId, `${c.title}: the change cites its own evidence`).toBe(c.id);
        expect(change.changedAt.toISOString().slice(0, 10) > cited!.publishedOn).toBe(true);
        expect(change.reason.length).toBeGreaterThan(20);
        // The trigger dates each span by the day it was recorded, so the history over time shows it.
        expect(change.effectiveFrom).toBe(change.changedAt.toISOString().slice(0, 10));
      }
      const last = history.at(-1)!;
      expect({ status: c.status, progress: c.progress }).toEqual({ status: last.toStatus, progress: last.progress });
      expect(c.version).toBe(history.length);
    }
    expect(changes).toBe(demoFollowUps.reduce((n, f) => n + f.statuses.length, 0));
  });

  it("gives the dashboard statuses, evidence by month and a history to draw", async () => {
    await seedDemoData(t.db);
    const stats = await getStatsFor(t.db, {}, TODAY);
    const expected = demoStatusCounts();
    expect(expected).toEqual({ announced: 6, in_progress: 8, achieved: 1 });
    expect(stats.overview).toMatchObject({
      total: demoCommitments.length,
      achieved: expected.achieved,
      inProgress: expected.in_progress,
      stale: demoStaleCount(TODAY),
    });
    expect(demoStaleCount(TODAY)).toBe(9);
    expect(stats.evidenceByMonth.filter((m) => m.supports + m.context + m.contradicts > 0).length).toBeGreaterThan(5);
    expect(stats.recentEvidence.length).toBeGreaterThan(0);
    // Month by month: everything announced at first, then commitments moving on.
    const first = stats.statusOverTime[0]!;
    const last = stats.statusOverTime.at(-1)!;
    expect(first.announced).toBeGreaterThan(last.announced);
    expect(last).toMatchObject({ in_progress: 8, achieved: 1, announced: 6 });
  });

  it("loads the same rows every time", async () => {
    const snapshot = async () => {
      await seedDemoData(t.db);
      const items = await t.db
        .select({
          commitmentId: evidence.commitmentId,
          url: evidence.url,
          publishedOn: evidence.publishedOn,
          addedAt: evidence.addedAt,
        })
        .from(evidence)
        .orderBy(evidence.id);
      const history = await t.db
        .select({
          commitmentId: statusChanges.commitmentId,
          toStatus: statusChanges.toStatus,
          changedAt: statusChanges.changedAt,
          evidenceId: statusChanges.evidenceId,
        })
        .from(statusChanges)
        .orderBy(statusChanges.id);
      return { items, history };
    };
    const once = await snapshot();
    await truncateAll(t.db);
    expect(await snapshot()).toEqual(once);
  });
});
