import { describe, expect, it } from "vitest";
import { GET as getOne } from "../app/api/v1/commitments/[id]/route";
import { GET as exportCsv } from "../app/api/v1/commitments/export.csv/route";
import { GET as exportJson } from "../app/api/v1/commitments/export.json/route";
import { GET as list } from "../app/api/v1/commitments/route";
import { GET as listOrganizations } from "../app/api/v1/organizations/route";
import { GET as listRegions } from "../app/api/v1/regions/route";
import { seedDemoData } from "../db/seed/load";
import { EXPORT_BATCH_SIZE } from "../lib/commitments/export";
import { createCommitment, createOrganization, createRegion } from "./support/factories";
import { setupTestDatabase } from "./support/database";
import { call, routeParams } from "./support/http";

const t = setupTestDatabase();

describe("GET /api/v1/commitments", () => {
  it("answers { data, page, perPage, total } in the contract's shape", async () => {
    await seedDemoData(t.db);
    const { status, body } = await call(list, "/api/v1/commitments?company=siemens&sort=title");
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(["data", "page", "perPage", "total"]);
    expect(body).toMatchObject({ page: 1, perPage: 50, total: 3 });
    const first = body.data[0];
    for (const key of [
      "id",
      "title",
      "summary",
      "maker",
      "counterpart",
      "kind",
      "sector",
      "region",
      "announcedOn",
      "targetOn",
      "amount",
      "currency",
      "status",
      "progress",
      "version",
      "overdue",
      "stale",
      "evidenceCount",
      "latestEvidenceOn",
      "source",
    ]) {
      expect(first).toHaveProperty(key);
    }
    expect(first.maker).toEqual({ slug: "siemens", name: "Siemens" });
    expect(body.data.map((c: { title: string }) => c.title)).toEqual(
      [...body.data.map((c: { title: string }) => c.title)].sort(),
    );
  });

  it("accepts repeated and comma-separated statuses", async () => {
    await seedDemoData(t.db);
    const repeated = await call(list, "/api/v1/commitments?status=announced&status=in_progress");
    const comma = await call(list, "/api/v1/commitments?status=announced,in_progress");
    // The demo ends with 6 announced, 8 in progress and 1 achieved.
    expect(repeated.body.total).toBe(14);
    expect(comma.body.total).toBe(14);
    expect((await call(list, "/api/v1/commitments?status=in_progress")).body.total).toBe(8);
    expect((await call(list, "/api/v1/commitments?status=achieved")).body.total).toBe(1);
  });

  it.each([
    ["status=done", "status"],
    ["announcedFrom=13/10/2023", "announcedFrom"],
    ["sort=secret", "sort"],
    ["perPage=500", "perPage"],
    ["page=-1", "page"],
    ["overdue=maybe", "overdue"],
    ["company=nobody-at-all", "company"],
    ["region=atlantis", "region"],
    ["colour=blue", "colour"],
  ])("refuses %s with a 400 and a message for that field", async (query, field) => {
    const { status, body } = await call(list, `/api/v1/commitments?${query}`);
    expect(status).toBe(400);
    expect(body.error.code).toBe("bad_request");
    expect(body.error.message).toEqual(expect.any(String));
    expect(body.error.fields[field]).toEqual(expect.any(String));
  });

  it("answers an empty page past the end, with the true total", async () => {
    await seedDemoData(t.db);
    const { status, body } = await call(list, "/api/v1/commitments?page=99&perPage=10");
    expect(status).toBe(200);
    expect(body).toEqual({ data: [], page: 99, perPage: 10, total: 15 });
  });
});

describe("GET /api/v1/commitments/{id}", () => {
  it("answers one commitment with its evidence and status history", async () => {
    await seedDemoData(t.db);
    const { body: listed } = await call(list, "/api/v1/commitments?status=achieved");
    const id = String(listed.data[0].id);
    const { status, body } = await call(getOne, `/api/v1/commitments/${id}`, { context: routeParams({ id }) });
    expect(status).toBe(200);
    expect(body.title).toMatch(/sixth-generation/);
    expect(body.evidence.map((e: { publishedOn: string }) => e.publishedOn).sort()).toEqual([
      "2023-05-19",
      "2024-05-09",
      "2025-02-22",
    ]);
    const pilot = body.evidence.find((e: { publishedOn: string }) => e.publishedOn === "2025-02-22");
    expect(pilot).toMatchObject({ stance: "supports", url: "http://en.people.cn/n3/2025/0222/c90000-20280162.html" });
    expect(body.statusHistory).toEqual([
      expect.objectContaining({
        from: null,
        to: "in_progress",
        progress: 10,
        evidenceId: null,
        changedBy: "demo data",
      }),
      expect.objectContaining({ from: "in_progress", to: "in_progress", progress: 60, changedBy: "demo data" }),
      expect.objectContaining({ from: "in_progress", to: "achieved", progress: 100, evidenceId: pilot.id }),
    ]);
    expect(body.statusHistory[2].changedAt.slice(0, 10)).toBe("2025-02-26");
    expect(body.source).toMatchObject({ url: "https://en.dl.gov.cn/art/2023/10/14/art_689_2200902.html" });
  });

  it("answers 404 for an unknown id and 400 for a malformed one", async () => {
    const missing = await call(getOne, "/api/v1/commitments/424242", { context: routeParams({ id: "424242" }) });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe("not_found");
    const malformed = await call(getOne, "/api/v1/commitments/abc", { context: routeParams({ id: "abc" }) });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.fields.id).toMatch(/abc/);
  });
});

describe("exports", () => {
  async function manyCommitments(n: number) {
    const maker = await createOrganization(t.db, { name: "Exporter AG" });
    const other = await createOrganization(t.db, { name: "Someone Else" });
    const region = await createRegion(t.db, { name: "Nordrhein-Westfalen" });
    for (let i = 0; i < n; i++) {
      await createCommitment(t.db, {
        makerId: i % 2 ? other.id : maker.id,
        regionId: region.id,
        title: `Zusage ${String(i).padStart(4, "0")} für Köln`,
      });
    }
  }

  it("CSV holds the whole filtered view (not one page), with a BOM and stable columns", async () => {
    await manyCommitments(EXPORT_BATCH_SIZE + 101); // more than one batch, more than one page
    const { status, headers, body } = await call(
      exportCsv,
      "/api/v1/commitments/export.csv?company=exporter-ag&sort=title&perPage=10",
    );
    expect(status).toBe(200);
    expect(headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(headers.get("content-disposition")).toMatch(/attachment; filename="commitments-\d{4}-\d{2}-\d{2}\.csv"/);
    expect(body.charCodeAt(0)).toBe(0xfeff);
    const lines: string[] = (body as string).slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "id,title,summary,maker_slug,maker_name,counterpart_slug,counterpart_name,kind,sector,region_slug,region_name," +
        "announced_on,target_on,amount,currency,status,progress,overdue,stale,evidence_count,latest_evidence_on," +
        "source_url,source_title,source_published_on,source_location,version,updated_at,jobs",
    );
    const expected = Math.ceil((EXPORT_BATCH_SIZE + 101) / 2);
    expect(lines).toHaveLength(expected + 1);
    expect(headers.get("x-total-count")).toBe(String(expected));
    const titles = lines.slice(1).map((line) => line.split(",")[1]);
    expect(titles[0]).toBe("Zusage 0000 für Köln");
    expect(titles).toEqual([...titles].sort());
    expect(lines.slice(1).every((line) => line.includes(",exporter-ag,Exporter AG,"))).toBe(true);
    // More than a thousand rows are written first: on a busy 2-core machine that alone can take half a minute.
  }, 120_000);

  it("JSON holds the same view as the list, in order", async () => {
    await seedDemoData(t.db);
    const { status, body } = await call(exportJson, "/api/v1/commitments/export.json?region=shenyang&sort=title");
    expect(status).toBe(200);
    const parsed = JSON.parse(body);
    const { body: listed } = await call(list, "/api/v1/commitments?region=shenyang&sort=title&perPage=200");
    expect(parsed.total).toBe(listed.total);
    expect(parsed.data).toEqual(listed.data);
  });

  it("refuses bad input like the list does", async () => {
    const { status, body } = await call(exportCsv, "/api/v1/commitments/export.csv?status=nope");
    expect(status).toBe(400);
    expect(body.error.fields.status).toMatch(/nope/);
  });

  it("exports an empty view as a header only", async () => {
    const { body } = await call(exportCsv, "/api/v1/commitments/export.csv");
    expect(body.slice(1).trimEnd().split("\r\n")).toHaveLength(1);
    const json = await call(exportJson, "/api/v1/commitments/export.json");
    expect(JSON.parse(json.body)).toMatchObject({ total: 0, data: [] });
  });
});

describe("reference lists", () => {
  it("lists organizations and regions with slugs, aliases and parents", async () => {
    await seedDemoData(t.db);
    const orgs = await call(listOrganizations, "/api/v1/organizations");
    expect(orgs.body.data).toContainEqual(
      expect.objectContaining({
        slug: "bmw-brilliance-automotive",
        parent: { slug: "bmw-group", name: "BMW Group" },
        aliases: expect.arrayContaining(["BBA"]),
      }),
    );
    expect(orgs.body.data[0]).not.toHaveProperty("id");
    const regions = await call(listRegions, "/api/v1/regions");
    expect(regions.body.data).toContainEqual(
      expect.objectContaining({ slug: "shenyang", parent: { slug: "liaoning", name: "Liaoning" } }),
    );
  });
});

describe("reference search", () => {
  it("finds organizations by part of a name or alias, in any script", async () => {
    await seedDemoData(t.db);
    const byAlias = await call(listOrganizations, `/api/v1/organizations?q=${encodeURIComponent("华晨")}`);
    expect(byAlias.body.data).toEqual([
      { slug: "bmw-brilliance-automotive", name: "BMW Brilliance Automotive", parentName: "BMW Group", exact: false },
    ]);
    // A whole alias is an exact match: the pickers choose it on Tab and never offer to create it.
    const whole = await call(listOrganizations, `/api/v1/organizations?q=${encodeURIComponent("华晨宝马")}`);
    expect(whole.body.data).toMatchObject([{ slug: "bmw-brilliance-automotive", exact: true }]);
    const byName = await call(listOrganizations, "/api/v1/organizations?q=bmw&limit=1");
    expect(byName.body.data.map((o: { slug: string }) => o.slug)).toEqual(["bmw-group"]);
    const regions = await call(listRegions, `/api/v1/regions?q=${encodeURIComponent("沈")}`);
    expect(regions.body.data.map((r: { slug: string }) => r.slug).sort()).toEqual([
      "shenfu-demonstration-zone",
      "shenyang",
    ]);
  });

  it("refuses unknown parameters and out-of-range limits", async () => {
    const bad = await call(listOrganizations, "/api/v1/organizations?q=x&limit=1000&colour=red");
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toMatchObject({
      limit: expect.stringMatching(/at most 100/),
      colour: expect.any(String),
    });
  });
});
