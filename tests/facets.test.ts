import { describe, expect, it } from "vitest";
import { getFacets } from "../lib/commitments/facets";
import { resolveReferences } from "../lib/commitments/filter-sql";
import { type CommitmentFilters, DEFAULT_LIST_PARAMS } from "../lib/commitments/list-spec";
import { createCommitment, createEvidence, createOrganization, createRegion } from "./support/factories";
import { setupTestDatabase } from "./support/database";

const t = setupTestDatabase();
const TODAY = "2026-06-30";

async function facets(filters: Partial<CommitmentFilters>) {
  const all = { ...DEFAULT_LIST_PARAMS, ...filters };
  return getFacets(t.db, all, await resolveReferences(t.db, all), TODAY);
}

async function world() {
  const group = await createOrganization(t.db, { name: "Acme Group" });
  const jv = await createOrganization(t.db, { name: "Acme JV", parentId: group.id });
  const gov = await createOrganization(t.db, { name: "Province", kind: "government" });
  const country = await createRegion(t.db, { name: "Country", kind: "country" });
  const province = await createRegion(t.db, { name: "Province Region", kind: "province", parentId: country.id });
  const city = await createRegion(t.db, { name: "City", parentId: province.id });
  const at = (makerId: number, regionId: number, extra: Parameters<typeof createCommitment>[1] = {}) =>
    createCommitment(t.db, { makerId, regionId, announcedOn: "2024-01-01", ...extra });
  await at(group.id, city.id, { sector: "Automotive", kind: "pledge" });
  await at(group.id, province.id, {
    sector: "automotive",
    kind: "intent",
    status: "in_progress",
    progress: 20,
    targetOn: "2025-01-01",
  });
  await at(jv.id, city.id, { sector: "Batteries", status: "achieved", progress: 100 });
  const fresh = await at(gov.id, province.id, { kind: "request" });
  await createEvidence(t.db, fresh.id, { publishedOn: "2026-01-01" });
}

describe("facet counts", () => {
  it("counts every value of every dimension when nothing is filtered", async () => {
    await world();
    const f = await facets({});
    expect(f.status).toEqual({
      announced: 2,
      in_progress: 1,
      partially_achieved: 0,
      achieved: 1,
      stalled: 0,
      abandoned: 0,
    });
    expect(f.kind).toEqual({ pledge: 2, request: 1, intent: 1 });
    // Sectors are grouped regardless of case.
    expect(f.sectors).toEqual([
      { value: "automotive", label: "Automotive", count: 2 },
      { value: "batteries", label: "Batteries", count: 1 },
    ]);
    // A company counts what choosing it gives: by default with its subsidiaries (the group's own two and its
    // joint venture's one)…
    expect(f.makers).toEqual([
      { value: "acme-group", label: "Acme Group", count: 3 },
      { value: "acme-jv", label: "Acme JV", count: 1 },
      { value: "province", label: "Province", count: 1 },
    ]);
    // …and only its own when subsidiaries are left out.
    expect((await facets({ subsidiaries: false })).makers).toEqual([
      { value: "acme-group", label: "Acme Group", count: 2 },
      { value: "acme-jv", label: "Acme JV", count: 1 },
      { value: "province", label: "Province", count: 1 },
    ]);
    // Regions count their sub-regions too.
    expect(f.regions.map((r) => [r.value, r.count, r.parent])).toEqual([
      ["city", 2, "province-region"],
      ["country", 4, null],
      ["province-region", 4, "country"],
    ]);
    expect(f.overdue).toBe(1); // the in-progress one with a 2025 target
    expect(f.stale).toBe(2); // open, without recent evidence: the announced pledge and the in-progress intent
  });

  it("counts a company in the role chosen, once per commitment", async () => {
    await world();
    const [group] = (await facets({})).makers;
    const acme = await createOrganization(t.db, { name: "Acme Partner" });
    const province = (await t.db.query.organizations.findFirst({ where: (o, { eq }) => eq(o.slug, "province") }))!;
    const region = (await t.db.query.regions.findFirst())!;
    // Acme Partner makes one commitment to the province, and is the counterpart of one of its own makers' too.
    await createCommitment(t.db, { makerId: acme.id, counterpartId: province.id, regionId: region.id });
    await createCommitment(t.db, { makerId: province.id, counterpartId: acme.id, regionId: region.id });
    const count = (f: Awaited<ReturnType<typeof facets>>, slug: string) =>
      f.makers.find((m) => m.value === slug)?.count ?? 0;
    expect(count(await facets({ companyRole: "maker" }), "acme-partner")).toBe(1);
    expect(count(await facets({ companyRole: "counterpart" }), "acme-partner")).toBe(1);
    expect(count(await facets({ companyRole: "counterpart" }), "province")).toBe(1);
    expect(count(await facets({ companyRole: "any" }), "acme-partner")).toBe(2);
    expect(count(await facets({ companyRole: "any" }), "province")).toBe(3);
    // A commitment between the group and its own joint venture counts once for the group.
    expect(group).toMatchObject({ value: "acme-group", count: 3 });
    const bySlug = async (slug: string) =>
      (await t.db.query.organizations.findFirst({ where: (o, { eq }) => eq(o.slug, slug) }))!;
    const [groupRow, jv] = [await bySlug("acme-group"), await bySlug("acme-jv")];
    await createCommitment(t.db, { makerId: groupRow.id, counterpartId: jv.id, regionId: region.id });
    expect(count(await facets({ companyRole: "any" }), "acme-group")).toBe(4);
    expect(count(await facets({ companyRole: "any", subsidiaries: false }), "acme-group")).toBe(3);
  });

  it("counts each dimension under all the other filters but its own", async () => {
    await world();
    const f = await facets({ status: ["announced"], company: "acme-group" });
    // Status counts ignore the status filter but keep the company filter (with its joint venture).
    expect(f.status).toMatchObject({ announced: 1, in_progress: 1, achieved: 1 });
    // Company counts ignore the company filter but keep the status filter.
    expect(f.makers.map((m) => [m.value, m.count])).toEqual([
      ["acme-group", 1],
      ["province", 1],
    ]);
    expect(f.kind).toEqual({ pledge: 1, request: 0, intent: 0 });
    expect(f.regions.find((r) => r.value === "country")?.count).toBe(1);
  });

  it("keeps the overdue and stale toggles apart", async () => {
    await world();
    const f = await facets({ overdue: true });
    expect(f.overdue).toBe(1);
    expect(f.stale).toBe(1); // stale among the overdue ones
    expect(f.status).toMatchObject({ in_progress: 1, announced: 0 });
  });
});
