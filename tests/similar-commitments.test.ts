import { describe, expect, it } from "vitest";
import { GET as similar } from "../app/api/v1/commitments/similar/route";
import { createCommitment, createOrganization } from "./support/factories";
import { setupTestDatabase } from "./support/database";
import { call } from "./support/http";

const t = setupTestDatabase();

const ask = (query: Record<string, string>) =>
  call(similar, `/api/v1/commitments/similar?${new URLSearchParams(query)}`);

describe("GET /api/v1/commitments/similar", () => {
  it("finds the maker's commitments with a similar title, best first, and not other makers'", async () => {
    const bmw = await createOrganization(t.db, { name: "BMW Group", aliases: ["宝马"] });
    const siemens = await createOrganization(t.db, { name: "Siemens" });
    const close = await createCommitment(t.db, {
      makerId: bmw.id,
      title: "Build a new battery plant in Shenyang by 2026",
    });
    const closer = await createCommitment(t.db, { makerId: bmw.id, title: "Build a battery plant in Shenyang" });
    await createCommitment(t.db, { makerId: bmw.id, title: "Localize the supply chain" });
    await createCommitment(t.db, { makerId: siemens.id, title: "Build a battery plant in Shenyang" });

    const { status, body } = await ask({ maker: "宝马", title: "Build a battery plant in Shenyang" });
    expect(status).toBe(200);
    expect(body.data.map((c: { id: number }) => c.id)).toEqual([closer.id, close.id]);
    expect(body.data[0]).toMatchObject({
      title: "Build a battery plant in Shenyang",
      announcedOn: "2024-01-15",
      status: "announced",
      maker: { slug: "bmw-group", name: "BMW Group" },
      score: 1,
    });
  });

  it("reads Chinese titles, counts subsidiaries, and leaves out the commitment being edited", async () => {
    const group = await createOrganization(t.db, { name: "BMW Group" });
    const jv = await createOrganization(t.db, { name: "BMW Brilliance Automotive", parentId: group.id });
    const jvPledge = await createCommitment(t.db, { makerId: jv.id, title: "在沈阳建设一座新工厂" });
    await createCommitment(t.db, { makerId: jv.id, title: "扩大大连港口" });

    const found = await ask({ maker: "bmw-group", title: "在沈阳建设新工厂" });
    expect(found.body.data.map((c: { id: number }) => c.id)).toEqual([jvPledge.id]);
    const editing = await ask({ maker: "bmw-group", title: "在沈阳建设新工厂", except: String(jvPledge.id) });
    expect(editing.body.data).toEqual([]);
  });

  it("answers an empty list when nothing is alike", async () => {
    const maker = await createOrganization(t.db);
    await createCommitment(t.db, { makerId: maker.id, title: "Open a research centre in Munich" });
    const { status, body } = await ask({ maker: maker.slug, title: "Expand the port of Dalian" });
    expect(status).toBe(200);
    expect(body.data).toEqual([]);
  });

  it.each([
    [{ title: "Plant" }, "maker", /required/],
    [{ maker: "x" }, "title", /required/],
    [{ maker: "nobody-at-all", title: "Plant" }, "maker", /no organization is named "nobody-at-all"/],
    [{ maker: "x", title: "Plant", limit: "500" }, "limit", /at most 20/],
    [{ maker: "x", title: "Plant", except: "abc" }, "except", /commitment id/],
    [{ maker: "x", title: "Plant", sort: "title" }, "sort", /unknown parameter/],
  ])("refuses %j with a message for %s", async (query, field, message) => {
    await createOrganization(t.db, { name: "X" });
    const { status, body } = await ask(query as Record<string, string>);
    expect(status).toBe(400);
    expect(body.error.fields[field]).toMatch(message);
  });
});
