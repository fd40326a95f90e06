import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { commitments, evidence, statusChanges } from "../db/schema";
import { checkSummaries } from "../db/summaries";
import { resolveScope } from "../lib/analytics/scope";
import { getStats } from "../lib/analytics/stats";
import { COMMITMENT_KINDS, COMMITMENT_STATUSES, EVIDENCE_STANCES } from "../lib/vocabulary";
import { setupTestDatabase } from "./support/database";
import { createCommitment, createEvidence, createOrganization, createRegion } from "./support/factories";

// A company's or a region's statistics read counts kept per maker and per region (db/schema-scope-counts.ts);
// for every scope of a mixed world, before and after the writes that move those counts, they must be what
// counting the scope's own rows gives.

const t = setupTestDatabase();
const TODAY = "2026-06-30";

function seeded(seed: number) {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  return { random, pick: <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]! };
}

async function mixedWorld(seed: number) {
  const { random, pick } = seeded(seed);
  const group = await createOrganization(t.db, { name: "Acme Group" });
  const unit = await createOrganization(t.db, { name: "Acme Unit", parentId: group.id });
  const other = await createOrganization(t.db, { name: "Other Co" });
  const gov = await createOrganization(t.db, { name: "Province Government", kind: "government" });
  const country = await createRegion(t.db, { name: "Country", kind: "country" });
  const province = await createRegion(t.db, { name: "Province", kind: "province", parentId: country.id });
  const city = await createRegion(t.db, { name: "City", parentId: province.id });
  const elsewhere = await createRegion(t.db, { name: "Elsewhere", kind: "country" });
  const organizations = [group, unit, other, gov];
  const regions = [country, province, city, elsewhere];
  const days = ["2022-11-03", "2024-02-10", "2025-08-31", "2026-04-15", "2026-06-20"];

  const ids: number[] = [];
  for (let i = 0; i < 40; i++) {
    const row = await createCommitment(t.db, {
      makerId: pick(organizations).id,
      regionId: pick(regions).id,
      kind: pick(COMMITMENT_KINDS),
      announcedOn: pick(["2022-06-01", "2024-01-15", "2025-03-01"]),
      targetOn: pick([null, "2025-12-01", "2027-01-01"]),
      jobs: random() < 0.3 ? 100 : null,
    });
    ids.push(row.id);
    for (let n = Math.floor(random() * 4); n > 0; n--) {
      await createEvidence(t.db, row.id, {
        publishedOn: pick(days),
        stance: pick(EVIDENCE_STANCES),
        addedAt: new Date(`${pick(days)}T${pick(["00:30", "23:30"])}:00Z`),
      });
    }
    if (random() < 0.5) {
      const status = pick(COMMITMENT_STATUSES.filter((s) => s !== "announced" && s !== "achieved"));
      await t.db.insert(statusChanges).values({
        commitmentId: row.id,
        fromStatus: "announced",
        toStatus: status,
        progress: 10,
        reason: "r",
        changedAt: new Date(`${pick(days)}T12:00:00Z`),
      });
      await t.db.update(commitments).set({ status, progress: 10 }).where(eq(commitments.id, row.id));
    }
  }
  return { organizations, regions, ids, pick };
}

/** Every company and region scope's statistics, from the kept counts and from the rows themselves. */
async function bothWays(scopes: { company?: string; region?: string }[]) {
  return Promise.all(
    scopes.map(async (scope) => {
      const resolved = await resolveScope(t.db, scope, TODAY);
      expect(resolved.keys, JSON.stringify(scope)).toBeDefined();
      return {
        scope,
        kept: await getStats(t.db, resolved, TODAY),
        counted: await getStats(t.db, { ...resolved, keys: undefined }, TODAY),
      };
    }),
  );
}

describe("a company's or region's statistics from the counts kept per maker and region", () => {
  it("equal the counts of the scope's own rows, before and after moves, retractions and deletions", async () => {
    const world = await mixedWorld(7);
    const scopes = [
      ...world.organizations.map((o) => ({ company: o.slug })),
      ...world.regions.map((r) => ({ region: r.slug })),
    ];
    const check = async () => {
      for (const { scope, kept, counted } of await bothWays(scopes)) {
        expect(kept, JSON.stringify(scope)).toEqual(counted);
      }
      expect((await checkSummaries(t.db)).filter((c) => c.mismatches > 0)).toEqual([]);
    };
    await check();

    const [first, second, third] = world.ids as [number, number, number];
    await t.db.update(commitments).set({ makerId: world.organizations[2]!.id }).where(eq(commitments.id, first));
    await t.db
      .update(commitments)
      .set({ regionId: world.regions[3]!.id, announcedOn: "2021-12-20" })
      .where(eq(commitments.id, second));
    await t.db.update(evidence).set({ retractedAt: new Date() }).where(eq(evidence.commitmentId, third));
    await t.db.delete(commitments).where(eq(commitments.id, world.ids[3]!));
    await check();

    // The figures are not all zero: the comparison covers evidence, statuses over time and the headline.
    const [acme] = await bothWays([{ company: world.organizations[0]!.slug }]);
    expect(acme!.kept.overview.total).toBeGreaterThan(0);
    expect(acme!.kept.evidenceByMonth.some((m) => m.supports + m.contradicts + m.context > 0)).toBe(true);
    expect(acme!.kept.statusOverTime.some((m) => m.announced > 0)).toBe(true);
  });

  it("are used only for one company or one region, not for both at once", async () => {
    const world = await mixedWorld(11);
    const both = await resolveScope(
      t.db,
      { company: world.organizations[0]!.slug, region: world.regions[0]!.slug },
      TODAY,
    );
    expect(both.keys).toBeUndefined();
    const unknown = await resolveScope(t.db, { company: "nobody-at-all" }, TODAY);
    expect(unknown.keys).toBeUndefined();
  });
});
