import { describe, expect, it } from "vitest";
import { resolveScope } from "../lib/analytics/scope";
import { getStats } from "../lib/analytics/stats";
import { commitmentsTo, listOrganizationsWithCounts } from "../lib/organizations/queries";
import { createCommitment, createOrganization } from "./support/factories";
import { setupTestDatabase } from "./support/database";

const t = setupTestDatabase();
const TODAY = "2026-06-15";

// A request's maker is the party asked, who may never have agreed: it is counted apart from what the
// makers bound themselves to, and the company page shows what others committed to it.
describe("pledged by and asked of", () => {
  async function world() {
    const firm = await createOrganization(t.db, { name: "Firm" });
    const plant = await createOrganization(t.db, { name: "Firm Plant", parentId: firm.id });
    const gov = await createOrganization(t.db, { name: "Province Gov", kind: "government" });
    const pledge = { makerId: firm.id, counterpartId: gov.id, kind: "pledge" as const };
    await createCommitment(t.db, { ...pledge, status: "achieved", progress: 100, announcedOn: "2025-01-01" });
    await createCommitment(t.db, { ...pledge, announcedOn: "2025-02-01" });
    await createCommitment(t.db, {
      makerId: gov.id,
      counterpartId: plant.id,
      kind: "pledge",
      announcedOn: "2025-03-01",
    });
    // The province asked the firm for two things; one is done, which says nothing of the firm's own record.
    const asked = { makerId: firm.id, counterpartId: gov.id, kind: "request" as const };
    await createCommitment(t.db, { ...asked, status: "achieved", progress: 100 });
    await createCommitment(t.db, asked);
    return { firm, gov };
  }

  it("counts requests apart in the status by company and in the achieved rate", async () => {
    await world();
    const stats = await getStats(t.db, await resolveScope(t.db, { company: "firm" }, TODAY), TODAY);
    expect(stats.overview).toMatchObject({ total: 4, bound: 2, requests: 2, achieved: 1, achievedPercent: 50 });
    expect(stats.statusByCompany.rows).toEqual([
      { slug: "firm", name: "Firm", total: 2, byStatus: { achieved: 1, announced: 1 } },
    ]);
    const firm = (await listOrganizationsWithCounts(t.db)).find((o) => o.slug === "firm");
    expect(firm).toMatchObject({ made: 4, achieved: 1, achievedPercent: 50 });
    expect(stats.requestsByCompany.rows).toEqual([
      { slug: "firm", name: "Firm", total: 2, byStatus: { achieved: 1, announced: 1 } },
    ]);
  });

  it("lists what was committed to an organization and its subsidiaries", async () => {
    await world();
    const toFirm = await commitmentsTo(t.db, "firm");
    expect(toFirm.total).toBe(1);
    expect(toFirm.latest.map((c) => [c.maker.slug, c.kind])).toEqual([["province-gov", "pledge"]]);
    const toGov = await commitmentsTo(t.db, "province-gov");
    expect(toGov).toMatchObject({ total: 4, byKind: { pledge: 2, request: 2 } });
    expect(toGov.latest[0]!.announcedOn >= toGov.latest[1]!.announcedOn).toBe(true);
  });
});
