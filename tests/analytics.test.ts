import { describe, expect, it } from "vitest";
import { getOverview } from "../lib/analytics/overview";
import { statusCountsByMaker } from "../lib/analytics/status-by-company";
import { createCommitment, createEvidence, createOrganization, createRegion } from "./support/factories";
import { setupTestDatabase } from "./support/database";

const t = setupTestDatabase();

describe("dashboard aggregates", () => {
  it("counts an empty database as zero, with no achieved share", async () => {
    expect(await getOverview(t.db, { today: "2026-01-01" })).toEqual({
      total: 0,
      achieved: 0,
      inProgress: 0,
      overdue: 0,
      stale: 0,
      achievedPercent: null,
    });
    expect(await statusCountsByMaker(t.db)).toEqual([]);
  });

  it("computes the headline counts and the status split per maker", async () => {
    const alpha = await createOrganization(t.db, { name: "Alpha" });
    const beta = await createOrganization(t.db, { name: "Beta" });
    const region = await createRegion(t.db);
    const base = { regionId: region.id, announcedOn: "2024-01-01" };
    await createCommitment(t.db, { ...base, makerId: alpha.id, status: "achieved", progress: 100 });
    await createCommitment(t.db, {
      ...base,
      makerId: alpha.id,
      status: "in_progress",
      progress: 30,
      targetOn: "2025-01-01",
    });
    const recent = await createCommitment(t.db, { ...base, makerId: alpha.id });
    await createEvidence(t.db, recent.id, { publishedOn: "2025-12-01" });
    await createCommitment(t.db, { ...base, makerId: beta.id, status: "abandoned", targetOn: "2024-06-01" });

    expect(await getOverview(t.db, { today: "2026-01-01" })).toEqual({
      total: 4,
      achieved: 1,
      inProgress: 1,
      overdue: 1, // the in-progress one; the abandoned one is closed
      stale: 1, // the in-progress one; "recent" has evidence within a year, the others are closed
      achievedPercent: 25,
    });
    expect(await statusCountsByMaker(t.db)).toEqual([
      { slug: "alpha", name: "Alpha", total: 3, byStatus: { achieved: 1, in_progress: 1, announced: 1 } },
      { slug: "beta", name: "Beta", total: 1, byStatus: { abandoned: 1 } },
    ]);
  });
});
