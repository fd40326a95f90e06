import { beforeEach, describe, expect, it } from "vitest";
import { GET as exportCsv } from "../app/api/v1/commitments/export.csv/route";
import { GET as exportJson } from "../app/api/v1/commitments/export.json/route";
import { GET as list } from "../app/api/v1/commitments/route";
import { createCommitment, createOrganization, createRegion } from "./support/factories";
import { setupTestDatabase } from "./support/database";
import { call } from "./support/http";

// The free-text search (`q`) also matches the names and aliases of a commitment's maker, counterpart and
// region, so that 沈阳, 宝马 or 华晨宝马 typed in the search box find what the filters find.

const t = setupTestDatabase();

type Row = { id: number; title: string };
const ids = async (query: string) => {
  const { status, body } = await call(list, `/api/v1/commitments?${query}&perPage=200&sort=id`);
  expect(status, JSON.stringify(body)).toBe(200);
  return (body.data as Row[]).map((r) => r.id);
};

let c: Record<"inShenyang" | "byJv" | "toBmw" | "inDalian" | "byGroup", number>;
beforeEach(async () => {
  const china = await createRegion(t.db, { name: "China", kind: "country", aliases: ["中国"] });
  const liaoning = await createRegion(t.db, {
    name: "Liaoning",
    kind: "province",
    parentId: china.id,
    aliases: ["辽宁"],
  });
  const shenyang = await createRegion(t.db, { name: "Shenyang", parentId: liaoning.id, aliases: ["沈阳", "沈阳市"] });
  const dalian = await createRegion(t.db, { name: "Dalian", parentId: liaoning.id, aliases: ["大连"] });
  const tiexi = await createRegion(t.db, { name: "Tiexi District", kind: "zone", parentId: shenyang.id });
  const group = await createOrganization(t.db, { name: "BMW Group", aliases: ["宝马", "宝马集团"] });
  const jv = await createOrganization(t.db, {
    name: "BMW Brilliance Automotive",
    kind: "joint_venture",
    parentId: group.id,
    aliases: ["BBA", "华晨宝马"],
  });
  const government = await createOrganization(t.db, { name: "Liaoning Provincial Government", kind: "government" });
  const other = await createOrganization(t.db, { name: "Harbour Operator" });
  c = {
    inShenyang: (await createCommitment(t.db, { title: "Train welders", makerId: other.id, regionId: tiexi.id })).id,
    byJv: (await createCommitment(t.db, { title: "Localize seats", makerId: jv.id, regionId: dalian.id })).id,
    toBmw: (
      await createCommitment(t.db, {
        title: "Improve the business environment",
        makerId: government.id,
        counterpartId: group.id,
        regionId: dalian.id,
      })
    ).id,
    inDalian: (await createCommitment(t.db, { title: "Deepen the harbour", makerId: other.id, regionId: dalian.id }))
      .id,
    byGroup: (await createCommitment(t.db, { title: "Open a design studio", makerId: group.id, regionId: dalian.id }))
      .id,
  };
});

describe("free text finds makers, counterparts and regions by any of their names", () => {
  it("沈阳 finds what region=沈阳 finds: commitments in Shenyang and below it, and nothing else", async () => {
    expect(await ids("region=沈阳")).toEqual([c.inShenyang]);
    expect(await ids("q=沈阳")).toEqual([c.inShenyang]);
  });

  it("宝马 finds what company=宝马 finds, and the commitments made to BMW as counterpart", async () => {
    expect(await ids("company=宝马&companyRole=any")).toEqual([c.byJv, c.toBmw, c.byGroup]);
    expect(await ids("q=宝马")).toEqual([c.byJv, c.toBmw, c.byGroup]);
  });

  it("华晨宝马 finds the joint venture's commitments only", async () => {
    expect(await ids("q=华晨宝马")).toEqual(await ids("company=华晨宝马"));
    expect(await ids("q=华晨宝马")).toEqual([c.byJv]);
  });

  it("matches names, slugs and aliases in any case, and part of a name", async () => {
    expect(await ids("q=bba")).toEqual([c.byJv]);
    expect(await ids("q=brilliance")).toEqual([c.byJv]);
    expect(await ids("q=tiexi-district")).toEqual([c.inShenyang]);
    expect(await ids("q=harbour")).toEqual([c.inShenyang, c.inDalian]); // a maker's name, and a title
  });

  it("reads traditional characters as the simplified names they stand for", async () => {
    expect(await ids("q=瀋陽")).toEqual([c.inShenyang]);
    expect(await ids("q=寶馬")).toEqual([c.byJv, c.toBmw, c.byGroup]);
  });

  it("still finds titles, and narrows with the other filters", async () => {
    expect(await ids("q=seats")).toEqual([c.byJv]);
    expect(await ids("q=宝马&region=大连&kind=pledge")).toEqual([c.byJv, c.toBmw, c.byGroup]);
    expect(await ids("q=宝马&company=liaoning-provincial-government")).toEqual([c.toBmw]);
    expect(await ids("q=nothing-is-called-this")).toEqual([]);
  });

  it("exports the same view as the list", async () => {
    const json = await call(exportJson, "/api/v1/commitments/export.json?q=沈阳");
    expect(JSON.parse(json.body).data.map((r: Row) => r.id)).toEqual([c.inShenyang]);
    const csv = await call(exportCsv, "/api/v1/commitments/export.csv?q=华晨宝马");
    const lines = csv.body.trimEnd().split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("Localize seats");
  });
});
