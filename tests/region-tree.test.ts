import { describe, expect, it } from "vitest";
import { seedDemoData } from "../db/seed/load";
import { listRegionTree, listRegions } from "../lib/regions/queries";
import { setupTestDatabase } from "./support/database";

const t = setupTestDatabase();

describe("the region tree", () => {
  it("lists each parent before its children, with own and rolled-up counts, in the shape every list uses", async () => {
    await seedDemoData(t.db);
    const tree = await listRegionTree(t.db);
    const at = (slug: string) => tree.findIndex((r) => r.slug === slug);
    expect(at("liaoning")).toBeGreaterThanOrEqual(0);
    expect(at("liaoning")).toBeLessThan(at("shenyang"));
    const liaoning = tree[at("liaoning")]!;
    const shenyang = tree[at("shenyang")]!;
    expect(shenyang).toMatchObject({ parent: { slug: "liaoning", name: "Liaoning" }, depth: liaoning.depth + 1 });
    expect(liaoning.total).toBeGreaterThanOrEqual(liaoning.own + shenyang.total);
    expect(shenyang.total).toBeGreaterThan(0);

    // The tree's rows are the summaries the region list answers, with counts added.
    const { own: _own, total: _total, depth: _depth, ...summary } = shenyang;
    expect(await listRegions(t.db)).toContainEqual(summary);
  });
});
