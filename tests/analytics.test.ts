import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { GET as statsRoute } from "../app/api/v1/stats/route";
import { auditLog, currencyRates, evidence, statusChanges } from "../db/schema";
import { SYSTEM_ACTOR } from "../lib/audit/record";
import { resolveScope } from "../lib/analytics/scope";
import { getStats } from "../lib/analytics/stats";
import { replaceRates } from "../lib/rates/mutations";
import { createCommitment, createEvidence, createOrganization, createRegion } from "./support/factories";
import { setupTestDatabase } from "./support/database";
import { call } from "./support/http";

const t = setupTestDatabase();
const TODAY = "2026-06-15";

const statsFor = async (scope: { company?: string; region?: string } = {}) =>
  getStats(t.db, await resolveScope(t.db, scope, TODAY), TODAY);

/**
 * A fixture with known answers:
 * - Group (with JV as subsidiary) and Gov; regions Country > Province > {City A, City B}, and Other Country.
 * - 5 commitments, statuses and histories below; evidence and amounts below.
 */
async function world() {
  const group = await createOrganization(t.db, { name: "Group" });
  const jv = await createOrganization(t.db, { name: "JV", kind: "joint_venture", parentId: group.id });
  const gov = await createOrganization(t.db, { name: "Gov", kind: "government" });
  const country = await createRegion(t.db, { name: "Country", kind: "country" });
  const province = await createRegion(t.db, { name: "Province", kind: "province", parentId: country.id });
  const cityA = await createRegion(t.db, { name: "City A", parentId: province.id });
  const cityB = await createRegion(t.db, { name: "City B", parentId: province.id });
  const other = await createRegion(t.db, { name: "Other Country", kind: "country" });

  // c1: Group, City A, announced 2025-01-10 → in progress (changed 2025-03-05) → achieved (2025-05-20).
  const c1 = await createCommitment(t.db, {
    makerId: group.id,
    regionId: cityA.id,
    announcedOn: "2025-01-10",
    status: "achieved",
    progress: 100,
    amount: "1000",
    currency: "EUR",
  });
  await history(c1.id, [
    ["announced", "2025-01-10"],
    ["in_progress", "2025-03-05"],
    ["achieved", "2025-05-20"],
  ]);
  // c2: JV, City B, announced 2025-02-01, in progress since 2025-04-10, target passed (overdue).
  const c2 = await createCommitment(t.db, {
    makerId: jv.id,
    regionId: cityB.id,
    announcedOn: "2025-02-01",
    status: "in_progress",
    progress: 30,
    targetOn: "2026-01-01",
    amount: "500",
    currency: "CNY",
  });
  await history(c2.id, [
    ["announced", "2025-02-01"],
    ["in_progress", "2025-04-10"],
  ]);
  // c3: Gov, Province itself, announced 2025-03-15, still announced; recorded (first status row) only 2025-06-01.
  const c3 = await createCommitment(t.db, {
    makerId: gov.id,
    counterpartId: group.id,
    regionId: province.id,
    announcedOn: "2025-03-15",
    amount: "70",
    currency: "XXX",
  });
  await history(c3.id, [["announced", "2025-06-01"]]);
  // c4: Group, Other Country, announced 2024-11-01, stalled since 2025-02-28.
  const c4 = await createCommitment(t.db, {
    makerId: group.id,
    regionId: other.id,
    announcedOn: "2024-11-01",
    status: "stalled",
  });
  await history(c4.id, [
    ["announced", "2024-11-01"],
    ["stalled", "2025-02-28"],
  ]);
  // c5: Gov, City A, announced 2025-05-05 (same month as no change), abandoned the same month.
  const c5 = await createCommitment(t.db, {
    makerId: gov.id,
    regionId: cityA.id,
    announcedOn: "2025-05-05",
    status: "abandoned",
  });
  await history(c5.id, [
    ["announced", "2025-05-05"],
    ["abandoned", "2025-05-25"],
  ]);

  await createEvidence(t.db, c1.id, { stance: "supports", publishedOn: "2025-03-01" });
  await createEvidence(t.db, c1.id, { stance: "supports", publishedOn: "2025-05-21" });
  await createEvidence(t.db, c2.id, { stance: "contradicts", publishedOn: "2025-05-02" });
  const retracted = await createEvidence(t.db, c2.id, { stance: "supports", publishedOn: "2025-05-03" });
  await t.db.update(evidence).set({ retractedAt: new Date() }).where(eq(evidence.id, retracted.id));
  await createEvidence(t.db, c4.id, { stance: "context", publishedOn: "2025-03-20" });

  await replaceRates(
    t.db,
    {
      reportingCurrency: "USD",
      rates: [
        { currency: "EUR", rate: 1.1, asOf: "2026-05-01" },
        { currency: "CNY", rate: 0.14, asOf: "2026-04-01" },
      ],
    },
    SYSTEM_ACTOR,
    TODAY,
  );
}

/** Replaces a commitment's status history with rows effective on the given dates (the first one initial). */
async function history(commitmentId: number, steps: [string, string][]) {
  await t.db.delete(statusChanges).where(eq(statusChanges.commitmentId, commitmentId));
  let from: string | null = null;
  for (const [to, date] of steps) {
    await t.db.insert(statusChanges).values({
      commitmentId,
      fromStatus: from as never,
      toStatus: to as never,
      progress: to === "achieved" ? 100 : 0,
      reason: "fixture",
      changedAt: new Date(`${date}T12:00:00Z`),
    });
    from = to;
  }
}

beforeEach(world);

describe("statistics", () => {
  it("counts the headline numbers", async () => {
    const { overview } = await statsFor();
    // Stale: the open ones without live evidence since 2025-06-15: c2 (2025-05-02), c3 (none), c4 (2025-03-20).
    expect(overview).toMatchObject({ total: 5, achieved: 1, inProgress: 1, overdue: 1, stale: 3, achievedPercent: 20 });
  });

  it("counts status per maker, subsidiaries apart", async () => {
    const { statusByCompany } = await statsFor();
    expect(statusByCompany.others).toBe(0);
    expect(statusByCompany.rows.map((r) => [r.slug, r.total, r.byStatus])).toEqual([
      ["gov", 2, { announced: 1, abandoned: 1 }],
      ["group", 2, { achieved: 1, stalled: 1 }],
      ["jv", 1, { in_progress: 1 }],
    ]);
  });

  it("rolls regions up, and moves down while one region holds everything", async () => {
    const everything = await statsFor();
    expect(everything.statusByRegion.focus).toBeNull();
    expect(everything.statusByRegion.rows.map((r) => [r.slug, r.total])).toEqual([
      ["country", 4],
      ["other-country", 1],
    ]);
    const group = await statsFor({ company: "group" }); // Group with JV: c1 (City A), c2 (City B), c4 (Other Country)
    expect(group.statusByRegion.rows.map((r) => [r.slug, r.total])).toEqual([
      ["country", 2],
      ["other-country", 1],
    ]);
    const inCountry = await statsFor({ region: "country" });
    // Country's only child, Province, holds all four: the breakdown shows Province, then its cities
    // (Province's own commitment, c3, is the difference).
    expect(inCountry.statusByRegion.focus).toMatchObject({ slug: "province", total: 4 });
    expect(inCountry.statusByRegion.rows.map((r) => [r.slug, r.total, r.byStatus])).toEqual([
      ["city-a", 2, { achieved: 1, abandoned: 1 }],
      ["city-b", 1, { in_progress: 1 }],
    ]);
  });

  it("rebuilds the status of every month from the history", async () => {
    const { statusOverTime } = await statsFor();
    const at = (month: string) => {
      const row = statusOverTime.find((m) => m.month === month)!;
      return Object.fromEntries(Object.entries(row).filter(([k, v]) => k !== "month" && v !== 0));
    };
    expect(statusOverTime).toHaveLength(36);
    expect(statusOverTime[0]!.month).toBe("2023-07");
    expect(at("2024-10")).toEqual({});
    expect(at("2024-11")).toEqual({ announced: 1 }); // c4
    expect(at("2025-01")).toEqual({ announced: 2 }); // c4, c1
    expect(at("2025-02")).toEqual({ announced: 2, stalled: 1 }); // c1, c2 announced; c4 stalled on the 28th
    expect(at("2025-03")).toEqual({ announced: 2, in_progress: 1, stalled: 1 }); // c1 in progress; c3 counts from its announcement
    expect(at("2025-04")).toEqual({ announced: 1, in_progress: 2, stalled: 1 });
    expect(at("2025-05")).toEqual({ announced: 1, in_progress: 1, achieved: 1, stalled: 1, abandoned: 1 }); // c5 born and abandoned in May
    expect(at("2026-06")).toEqual(at("2025-05"));
    // A scope counts from its own spans rather than the whole database's daily counts: Country holds c1, c2, c3, c5.
    const country = (await statsFor({ region: "country" })).statusOverTime;
    expect(country.find((m) => m.month === "2025-05")).toEqual({
      month: "2025-05",
      announced: 1,
      in_progress: 1,
      partially_achieved: 0,
      achieved: 1,
      stalled: 0,
      abandoned: 1,
    });
    expect(country.find((m) => m.month === "2025-02")).toMatchObject({ announced: 2, stalled: 0 });
  });

  it("counts evidence per month and stance, retracted items left out", async () => {
    const { evidenceByMonth } = await statsFor();
    const at = (month: string) => evidenceByMonth.find((m) => m.month === month);
    expect(at("2025-03")).toEqual({ month: "2025-03", supports: 1, contradicts: 0, context: 1 });
    expect(at("2025-05")).toEqual({ month: "2025-05", supports: 1, contradicts: 1, context: 0 });
    expect(evidenceByMonth.reduce((n, m) => n + m.supports + m.contradicts + m.context, 0)).toBe(4);
    const jv = await statsFor({ company: "jv" });
    expect(jv.evidenceByMonth.find((m) => m.month === "2025-05")).toEqual({
      month: "2025-05",
      supports: 0,
      contradicts: 1,
      context: 0,
    });
  });

  it("adds up stated amounts in the reporting currency, naming currencies without a rate", async () => {
    const { amounts } = await statsFor();
    expect(amounts.reportingCurrency).toBe("USD");
    expect(amounts.asOf).toBe("2026-04-01");
    expect(amounts.total).toBeCloseTo(1000 * 1.1 + 500 * 0.14, 6);
    expect(amounts.byCurrency).toEqual([
      { currency: "EUR", amount: 1000, commitments: 1, converted: 1100 },
      { currency: "CNY", amount: 500, commitments: 1, converted: 70 },
      { currency: "XXX", amount: 70, commitments: 1, converted: null },
    ]);
    expect(amounts.byCompany.map((c) => [c.slug, c.converted])).toEqual([
      ["group", 1100],
      ["jv", 70],
    ]);
  });

  it("lists overdue commitments and the latest live evidence", async () => {
    const stats = await statsFor();
    expect(stats.overdue.map((c) => c.targetOn)).toEqual(["2026-01-01"]);
    expect(stats.recentEvidence.map((e) => e.publishedOn)).toEqual([
      "2025-05-21",
      "2025-05-02",
      "2025-03-20",
      "2025-03-01",
    ]);
  });

  it("answers the same through GET /api/v1/stats, and refuses unknown scopes", async () => {
    const { status, body } = await call(statsRoute, "/api/v1/stats?company=group");
    expect(status).toBe(200);
    expect(body.overview.total).toBe(3);
    expect(body.statusByCompany.rows.map((r: { slug: string }) => r.slug)).toEqual(["group", "jv"]);
    const bad = await call(statsRoute, "/api/v1/stats?company=nobody&colour=red");
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields)).toEqual(["colour"]);
  });

  it("keeps rates consistent: one per currency, the reporting one worth 1", async () => {
    await expect(
      replaceRates(
        t.db,
        { reportingCurrency: "EUR", rates: [{ currency: "EUR", rate: 2, asOf: "2026-01-01" }] },
        SYSTEM_ACTOR,
        TODAY,
      ),
    ).rejects.toThrow(/invalid/);
    expect((await t.db.select().from(currencyRates)).map((r) => r.currency).sort()).toEqual(["CNY", "EUR"]);
  });

  it("records every change of the rates in the audit log, with what changed", async () => {
    await replaceRates(
      t.db,
      { reportingCurrency: "USD", rates: [{ currency: "EUR", rate: 1.2, asOf: "2026-06-01" }] },
      { id: null, label: "admin@example.org" },
      TODAY,
    );
    const [entry] = (await t.db.select().from(auditLog).where(eq(auditLog.entityType, "rates"))).slice(-1);
    expect(entry).toMatchObject({ action: "update", actorLabel: "admin@example.org" });
    expect(entry!.changes).toEqual({
      EUR: { from: "1.1 (2026-05-01)", to: "1.2 (2026-06-01)" },
      CNY: { from: "0.14 (2026-04-01)", to: null },
    });
  });
});
