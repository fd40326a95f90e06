import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { evidence } from "../db/schema";
import { DEFAULT_LIST_PARAMS, type CommitmentListParams } from "../lib/commitments/list-spec";
import { listCommitments } from "../lib/commitments/queries";
import { createCommitment, createEvidence, createOrganization, createRegion } from "./support/factories";
import { setupTestDatabase } from "./support/database";

const t = setupTestDatabase();
const TODAY = "2026-06-30";

const list = (params: Partial<CommitmentListParams>) =>
  listCommitments(t.db, { ...DEFAULT_LIST_PARAMS, ...params }, { today: TODAY });
const titles = async (params: Partial<CommitmentListParams>) => (await list(params)).data.map((c) => c.title).sort();

/** A small world: a group with a joint venture, a government, and a region tree China > Liaoning > Shenyang. */
async function world() {
  const group = await createOrganization(t.db, { name: "Acme Group", aliases: ["ACME", "阿克米"] });
  const venture = await createOrganization(t.db, {
    name: "Acme Shenyang JV",
    kind: "joint_venture",
    parentId: group.id,
  });
  const government = await createOrganization(t.db, { name: "Liaoning Government", kind: "government" });
  const china = await createRegion(t.db, { name: "China", kind: "country" });
  const liaoning = await createRegion(t.db, {
    name: "Liaoning",
    kind: "province",
    parentId: china.id,
    aliases: ["辽宁"],
  });
  const shenyang = await createRegion(t.db, { name: "Shenyang", parentId: liaoning.id });
  const bavaria = await createRegion(t.db, { name: "Bavaria", kind: "province" });
  await createCommitment(t.db, {
    title: "Group plant",
    makerId: group.id,
    counterpartId: government.id,
    regionId: shenyang.id,
  });
  await createCommitment(t.db, {
    title: "JV battery line",
    makerId: venture.id,
    regionId: shenyang.id,
    status: "in_progress",
    progress: 20,
  });
  await createCommitment(t.db, {
    title: "Province support",
    makerId: government.id,
    counterpartId: group.id,
    regionId: liaoning.id,
  });
  await createCommitment(t.db, { title: "Home research", makerId: group.id, regionId: bavaria.id, kind: "intent" });
  return { group, venture, government, china, liaoning, shenyang, bavaria };
}

describe("listCommitments", () => {
  it("returns the contract's read shape", async () => {
    await world();
    const { data, total, page, perPage } = await list({});
    expect({ total, page, perPage }).toEqual({ total: 4, page: 1, perPage: 50 });
    const item = data.find((c) => c.title === "Group plant")!;
    expect(item).toMatchObject({
      maker: { slug: "acme-group", name: "Acme Group" },
      counterpart: { slug: "liaoning-government", name: "Liaoning Government" },
      region: { slug: "shenyang", name: "Shenyang" },
      kind: "pledge",
      status: "announced",
      progress: 0,
      version: 1,
      overdue: false,
      stale: true,
      evidenceCount: 0,
      latestEvidenceOn: null,
      amount: null,
      source: null,
    });
  });

  it("filters by company through slug, name or alias, including subsidiaries unless told not to", async () => {
    await world();
    const expected = ["Group plant", "Home research", "JV battery line"];
    expect(await titles({ company: "acme-group" })).toEqual(expected);
    expect(await titles({ company: "Acme Group" })).toEqual(expected);
    expect(await titles({ company: "acme" })).toEqual(expected);
    expect(await titles({ company: "阿克米" })).toEqual(expected);
    expect(await titles({ company: "acme-group", subsidiaries: false })).toEqual(["Group plant", "Home research"]);
  });

  it("filters by company as maker, counterpart or either", async () => {
    await world();
    expect(await titles({ company: "acme-group", companyRole: "counterpart" })).toEqual(["Province support"]);
    expect(await titles({ company: "acme-group", companyRole: "any" })).toEqual([
      "Group plant",
      "Home research",
      "JV battery line",
      "Province support",
    ]);
  });

  it("reports an unknown company or region and returns nothing for it", async () => {
    await world();
    const result = await list({ company: "nobody", region: "atlantis" });
    expect(result.total).toBe(0);
    expect(result.unresolved.company).toMatch(/nobody/);
    expect(result.unresolved.region).toMatch(/atlantis/);
  });

  it("includes sub-regions in a region filter", async () => {
    await world();
    expect(await titles({ region: "china" })).toEqual(["Group plant", "JV battery line", "Province support"]);
    expect(await titles({ region: "辽宁" })).toEqual(["Group plant", "JV battery line", "Province support"]);
    expect(await titles({ region: "shenyang" })).toEqual(["Group plant", "JV battery line"]);
  });

  it("combines status, kind and company filters", async () => {
    await world();
    expect(await titles({ status: ["in_progress"] })).toEqual(["JV battery line"]);
    expect(await titles({ status: ["announced", "in_progress"], kind: ["intent"] })).toEqual(["Home research"]);
    expect(await titles({ company: "acme-group", status: ["announced"], region: "liaoning" })).toEqual(["Group plant"]);
  });

  it("derives overdue and stale against today's date", async () => {
    const maker = await createOrganization(t.db);
    const region = await createRegion(t.db);
    const base = { makerId: maker.id, regionId: region.id, announcedOn: "2024-01-01" };
    await createCommitment(t.db, { ...base, title: "Late", targetOn: "2026-06-29" });
    await createCommitment(t.db, {
      ...base,
      title: "Late but done",
      targetOn: "2025-01-01",
      status: "achieved",
      progress: 100,
    });
    await createCommitment(t.db, { ...base, title: "Due today", targetOn: "2026-06-30" });
    const fresh = await createCommitment(t.db, { ...base, title: "Fresh evidence" });
    await createEvidence(t.db, fresh.id, { publishedOn: "2025-06-30" }); // exactly 365 days before today
    const old = await createCommitment(t.db, { ...base, title: "Old evidence" });
    await createEvidence(t.db, old.id, { publishedOn: "2025-06-29" });

    expect(await titles({ overdue: true })).toEqual(["Late"]);
    expect(await titles({ stale: true })).toEqual(["Due today", "Late", "Old evidence"]);
    const byTitle = new Map((await list({})).data.map((c) => [c.title, c]));
    expect(byTitle.get("Late")).toMatchObject({ overdue: true, stale: true });
    expect(byTitle.get("Fresh evidence")).toMatchObject({
      overdue: false,
      stale: false,
      evidenceCount: 1,
      latestEvidenceOn: "2025-06-30",
    });
  });

  it("filters by date ranges and sector, and searches text in any script", async () => {
    const maker = await createOrganization(t.db);
    const region = await createRegion(t.db);
    const base = { makerId: maker.id, regionId: region.id };
    await createCommitment(t.db, {
      ...base,
      title: "Batteriewerk in Shenyang",
      announcedOn: "2023-10-13",
      targetOn: "2025-12-31",
      sector: "batteries",
    });
    await createCommitment(t.db, { ...base, title: "扩大沈阳产能", announcedOn: "2024-03-01", sector: "Automotive" });
    await createCommitment(t.db, {
      ...base,
      title: "Digital hub",
      summary: "50% of it in Dalian_",
      announcedOn: "2025-01-01",
      sourceLocation: "para. 7",
    });
    await createCommitment(t.db, {
      ...base,
      title: "Werk in Köln",
      summary: "Größere Fläche",
      announcedOn: "2022-01-01",
    });

    expect(await titles({ announcedFrom: "2024-01-01" })).toEqual(["Digital hub", "扩大沈阳产能"]);
    expect(await titles({ announcedTo: "2022-12-31" })).toEqual(["Werk in Köln"]);
    expect(await titles({ announcedFrom: "2023-10-13", announcedTo: "2024-03-01" })).toEqual([
      "Batteriewerk in Shenyang",
      "扩大沈阳产能",
    ]);
    expect(await titles({ targetFrom: "2025-01-01", targetTo: "2025-12-31" })).toEqual(["Batteriewerk in Shenyang"]);
    expect(await titles({ sector: ["automotive"] })).toEqual(["扩大沈阳产能"]);
    expect(await titles({ q: "batteriewerk" })).toEqual(["Batteriewerk in Shenyang"]);
    expect(await titles({ q: "BATTERIEWERK IN" })).toEqual(["Batteriewerk in Shenyang"]);
    expect(await titles({ q: "沈阳" })).toEqual(["扩大沈阳产能"]);
    // Chinese queries of any length (the pair index serves two characters and more).
    expect(await titles({ q: "沈" })).toEqual(["扩大沈阳产能"]);
    expect(await titles({ q: "阳产能" })).toEqual(["扩大沈阳产能"]);
    expect(await titles({ q: "阳沈" })).toEqual([]);
    // Case is ignored for German umlauts too.
    expect(await titles({ q: "KÖLN" })).toEqual(["Werk in Köln"]);
    expect(await titles({ q: "GRÖßERE FLÄCHE" })).toEqual(["Werk in Köln"]);
    expect(await titles({ q: "para. 7" })).toEqual(["Digital hub"]);
    // LIKE wildcards in the search text are matched literally.
    expect(await titles({ q: "50%" })).toEqual(["Digital hub"]);
    expect(await titles({ q: "%" })).toEqual(["Digital hub"]);
    expect(await titles({ q: "n_" })).toEqual(["Digital hub"]);
  });

  it("filters by the evidence a commitment has (stance, publication dates) and by having an amount", async () => {
    const maker = await createOrganization(t.db);
    const region = await createRegion(t.db);
    const base = { makerId: maker.id, regionId: region.id };
    const a = await createCommitment(t.db, { ...base, title: "Contradicted in March", amount: "5", currency: "EUR" });
    await createEvidence(t.db, a.id, { stance: "contradicts", publishedOn: "2025-03-10" });
    const b = await createCommitment(t.db, { ...base, title: "Supported in March" });
    await createEvidence(t.db, b.id, { stance: "supports", publishedOn: "2025-03-20" });
    const c = await createCommitment(t.db, { ...base, title: "Contradicted, retracted" });
    const retracted = await createEvidence(t.db, c.id, { stance: "contradicts", publishedOn: "2025-03-15" });
    await t.db.update(evidence).set({ retractedAt: new Date() }).where(eq(evidence.id, retracted.id));

    expect(await titles({ evidenceStance: ["contradicts"] })).toEqual(["Contradicted in March"]);
    expect(await titles({ evidenceFrom: "2025-03-01", evidenceTo: "2025-03-31" })).toEqual([
      "Contradicted in March",
      "Supported in March",
    ]);
    expect(await titles({ evidenceStance: ["supports"], evidenceTo: "2025-03-15" })).toEqual([]);
    expect(await titles({ hasAmount: true })).toEqual(["Contradicted in March"]);
  });

  it("sorts by a whitelisted key in either direction, empty values last, and pages with a stable order", async () => {
    const maker = await createOrganization(t.db);
    const region = await createRegion(t.db);
    for (const [title, targetOn] of [
      ["B", "2026-01-01"],
      ["A", null],
      ["C", "2025-01-01"],
      ["D", "2026-01-01"],
    ] as const) {
      await createCommitment(t.db, { makerId: maker.id, regionId: region.id, title, targetOn });
    }
    const order = async (params: Partial<CommitmentListParams>) => (await list(params)).data.map((c) => c.title);
    expect(await order({ sort: { key: "title", desc: false } })).toEqual(["A", "B", "C", "D"]);
    expect(await order({ sort: { key: "title", desc: true } })).toEqual(["D", "C", "B", "A"]);
    expect(await order({ sort: { key: "targetOn", desc: false } })).toEqual(["C", "B", "D", "A"]);
    expect(await order({ sort: { key: "targetOn", desc: true } })).toEqual(["D", "B", "C", "A"]);

    const page1 = await list({ sort: { key: "title", desc: false }, perPage: 3, page: 1 });
    const page2 = await list({ sort: { key: "title", desc: false }, perPage: 3, page: 2 });
    expect(page1.data.map((c) => c.title)).toEqual(["A", "B", "C"]);
    expect(page2.data.map((c) => c.title)).toEqual(["D"]);
    expect(page2.total).toBe(4);
    const past = await list({ perPage: 3, page: 5 });
    expect(past).toMatchObject({ data: [], total: 4, page: 5 });
  });
});
