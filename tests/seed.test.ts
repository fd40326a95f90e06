import { eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { commitments, organizations, regions, statusChanges } from "../db/schema";
import { demoCommitments } from "../db/seed/demo-data";
import { isDatabaseEmpty, seedDemoData } from "../db/seed/load";
import { listCommitments } from "../lib/commitments/queries";
import { DEFAULT_LIST_PARAMS } from "../lib/commitments/list-spec";
import { setupTestDatabase } from "./support/database";

const t = setupTestDatabase();

describe("demo data", () => {
  it("loads the statement's organizations, regions, source and commitments into an empty database", async () => {
    expect(await isDatabaseEmpty(t.db)).toBe(true);
    const { commitments: loaded } = await seedDemoData(t.db);
    expect(loaded).toBeGreaterThanOrEqual(8);
    expect(await isDatabaseEmpty(t.db)).toBe(false);

    const orgs = await t.db.select().from(organizations);
    expect(orgs.map((o) => o.slug).sort()).toEqual([
      "bmw-brilliance-automotive",
      "bmw-group",
      "liaoning-provincial-government",
      "siemens",
    ]);
    const bba = orgs.find((o) => o.slug === "bmw-brilliance-automotive")!;
    const bmw = orgs.find((o) => o.slug === "bmw-group")!;
    expect(bba.parentId).toBe(bmw.id);
    expect(bba.kind).toBe("joint_venture");
    expect(bba.aliases).toContain("华晨宝马");
    expect(bba.aliases).toContain("BBA");

    const regionRows = await t.db.select().from(regions);
    const byName = new Map(regionRows.map((r) => [r.name, r]));
    expect(byName.get("Liaoning")!.parentId).toBe(byName.get("China")!.id);
    for (const city of ["Shenyang", "Dalian", "Shenfu Demonstration Zone"]) {
      expect(byName.get(city)!.parentId).toBe(byName.get("Liaoning")!.id);
    }
  });

  it("records commitments from both sides, with every kind, each tied to its source", async () => {
    await seedDemoData(t.db);
    const rows = await t.db.select().from(commitments);
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(["pledge", "request", "intent"]));
    expect(rows.every((r) => r.sourceId !== null && r.sourceLocation)).toBe(true);

    const page = await listCommitments(t.db, { ...DEFAULT_LIST_PARAMS, perPage: 200 });
    const makers = new Set(page.data.map((c) => c.maker.slug));
    expect(makers).toEqual(
      new Set(["bmw-group", "bmw-brilliance-automotive", "siemens", "liaoning-provincial-government"]),
    );
    expect(
      page.data.some((c) => c.maker.slug === "liaoning-provincial-government" && c.counterpart?.slug === "siemens"),
    ).toBe(true);
  });

  it("gives every commitment its initial status entry, dated at the statement", async () => {
    await seedDemoData(t.db);
    const [battery] = await t.db
      .select()
      .from(commitments)
      .where(eq(commitments.title, "Accelerate construction of the sixth-generation power battery project"));
    const history = await t.db
      .select()
      .from(statusChanges)
      .where(eq(statusChanges.commitmentId, battery!.id))
      .orderBy(statusChanges.changedAt);
    expect(history[0]).toMatchObject({ fromStatus: null, toStatus: "in_progress", progress: 10 });
    expect(history[0]!.changedAt.toISOString().slice(0, 10)).toBe("2023-10-14");
    const firsts = await t.db.select().from(statusChanges).where(isNull(statusChanges.fromStatus));
    expect(firsts).toHaveLength(demoCommitments.length);
    expect(firsts.every((s) => s.changedAt.toISOString().startsWith("2023-10-14"))).toBe(true);
  });
});
