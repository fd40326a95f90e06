import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mentions } from "../db/schema";
import { getFacets } from "../lib/commitments/facets";
import { filtersReadRows, resolveReferences } from "../lib/commitments/filter-sql";
import { COMPANY_ROLES, type CommitmentFilters, DEFAULT_LIST_PARAMS } from "../lib/commitments/list-spec";
import { COMMITMENT_KINDS, COMMITMENT_STATUSES } from "../lib/vocabulary";
import { setupTestDatabase } from "./support/database";
import { createCommitment, createEvidence, createOrganization, createRegion, createSource } from "./support/factories";
import { referenceCompanyAndSectorCounts, referenceOtherCounts } from "./support/facets-reference";

const t = setupTestDatabase();
const TODAY = "2026-06-30";
const SECTORS = ["Automotive", "automotive", "Batteries", "Chemicals", null] as const;

/** A small world with every case the counts must get right, drawn from a fixed seed. */
async function randomWorld(seed: number) {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

  const group = await createOrganization(t.db, { name: "Acme Group" });
  const jv = await createOrganization(t.db, { name: "Acme JV", parentId: group.id });
  const plant = await createOrganization(t.db, { name: "Acme Plant", parentId: jv.id });
  const other = await createOrganization(t.db, { name: "Other Co" });
  const gov = await createOrganization(t.db, { name: "Province", kind: "government" });
  const organizations = [group, jv, plant, other, gov];
  const country = await createRegion(t.db, { name: "Country", kind: "country" });
  const province = await createRegion(t.db, { name: "Province Region", kind: "province", parentId: country.id });
  const city = await createRegion(t.db, { name: "City", parentId: province.id });
  const elsewhere = await createRegion(t.db, { name: "Elsewhere", kind: "country" });
  const regions = [country, province, city, elsewhere];
  const source = await createSource(t.db);

  for (let i = 0; i < 60; i++) {
    const status = pick(COMMITMENT_STATUSES);
    const row = await createCommitment(t.db, {
      makerId: pick(organizations).id,
      counterpartId: random() < 0.7 ? pick(organizations).id : null,
      regionId: pick(regions).id,
      kind: pick(COMMITMENT_KINDS),
      status,
      progress: status === "achieved" ? 100 : 0,
      sector: pick(SECTORS),
      announcedOn: pick(["2023-05-01", "2024-02-01", "2025-09-01"]),
      targetOn: pick([null, "2025-12-01", "2027-01-01"]),
    });
    if (random() < 0.4) await createEvidence(t.db, row.id, { publishedOn: pick(["2024-01-01", "2026-03-01"]) });
    if (random() < 0.2)
      await t.db.insert(mentions).values({ commitmentId: row.id, sourceId: source.id, restatement: true });
  }
  return { organizations, regions };
}

const subset = <T>(items: readonly T[]) => fc.subarray([...items], { maxLength: 2 });

function filtersArbitrary(slugs: string[], regionSlugs: string[]): fc.Arbitrary<Partial<CommitmentFilters>> {
  return fc.record(
    {
      company: fc.constantFrom(...slugs),
      companyRole: fc.constantFrom(...COMPANY_ROLES),
      subsidiaries: fc.boolean(),
      region: fc.constantFrom(...regionSlugs),
      status: subset(COMMITMENT_STATUSES),
      kind: subset(COMMITMENT_KINDS),
      sector: subset(["automotive", "batteries"]),
      overdue: fc.boolean(),
      stale: fc.boolean(),
      restated: fc.boolean(),
      announcedFrom: fc.constantFrom("2024-01-01"),
      q: fc.constantFrom("Acme", "Commitment"),
    },
    { requiredKeys: [] },
  );
}

describe("facet counts", () => {
  it("are those of the plain, one-statement-per-facet counts, for any filters", async () => {
    const world = await randomWorld(7);
    const slugs = world.organizations.map((o) => o.slug);
    const regionSlugs = world.regions.map((r) => r.slug);
    const ways = new Set<string>();
    await fc.assert(
      // Half the draws keep only the filters a small index answers, so that both ways of counting are compared.
      fc.asyncProperty(filtersArbitrary(slugs, regionSlugs), fc.boolean(), async (drawn, indexedOnly) => {
        const { q: _q, overdue: _o, stale: _s, restated: _r, announcedFrom: _a, ...indexed } = drawn;
        const chosen = indexedOnly ? indexed : drawn;
        // A company's role and subsidiaries apply only with a company; without one they stay at their defaults.
        const filters = { ...DEFAULT_LIST_PARAMS, ...chosen };
        ways.add(filtersReadRows(filters) ? "one pass" : "a statement per facet");
        const refs = await resolveReferences(t.db, filters);
        const [fast, reference, others] = await Promise.all([
          getFacets(t.db, filters, refs, TODAY),
          referenceCompanyAndSectorCounts(t.db, filters, refs, TODAY),
          referenceOtherCounts(t.db, filters, refs, TODAY),
        ]);
        expect({ makers: fast.makers, sectors: fast.sectors }).toEqual(reference);
        const nonZero = (counts: Record<string, number>) => Object.entries(counts).filter(([, n]) => n > 0);
        expect(nonZero(fast.status).sort()).toEqual(nonZero(others.status).sort());
        expect(nonZero(fast.kind).sort()).toEqual(nonZero(others.kind).sort());
        expect(fast.regions.map(({ value, count, parent }) => ({ value, count, parent }))).toEqual(others.regions);
        expect({ overdue: fast.overdue, stale: fast.stale }).toEqual({ overdue: others.overdue, stale: others.stale });
      }),
      { numRuns: 60, seed: 20261201 },
    );
    // Both ways of counting were compared.
    expect([...ways].sort()).toEqual(["a statement per facet", "one pass"]);
  });
});
