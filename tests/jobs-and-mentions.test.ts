import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { GET as getCommitment, PATCH as patchCommitment } from "../app/api/v1/commitments/[id]/route";
import { GET as exportCsv } from "../app/api/v1/commitments/export.csv/route";
import { GET as listCommitments, POST as postCommitment } from "../app/api/v1/commitments/route";
import { mentions, sources } from "../db/schema";
import { seedDemoData } from "../db/seed/load";
import { resolveScope } from "../lib/analytics/scope";
import { getStats } from "../lib/analytics/stats";
import { sessionHeaders } from "./support/auth";
import { setupTestDatabase } from "./support/database";
import { call, routeParams, send } from "./support/http";

const TODAY = "2026-11-30";
const t = setupTestDatabase();
let editor: Record<string, string>;
beforeEach(async () => {
  await seedDemoData(t.db);
  editor = await sessionHeaders(t.db, "editor");
});

const plant = {
  title: "Build a battery plant in Shenyang",
  maker: "bmw-group",
  kind: "pledge",
  region: "shenyang",
  announcedOn: "2024-05-20",
  jobs: 2_300,
  source: { url: "https://example.com/plant", title: "Plant announced", publishedOn: "2024-05-21" },
};

async function create(body: Record<string, unknown>) {
  const answer = await send(postCommitment, "POST", "/api/v1/commitments", body, { headers: editor });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body as { id: number; version: number; jobs: number | null };
}

describe("jobs", () => {
  it("are recorded, edited, read back and refused when not a whole number", async () => {
    const created = await create(plant);
    expect(created.jobs).toBe(2_300);
    const edited = await send(
      patchCommitment,
      "PATCH",
      `/api/v1/commitments/${created.id}`,
      { version: 1, jobs: 2_500 },
      {
        headers: editor,
        params: { id: String(created.id) },
      },
    );
    expect(edited.body.jobs).toBe(2_500);
    for (const jobs of [-1, 2.5, "many"]) {
      const refused = await send(
        postCommitment,
        "POST",
        "/api/v1/commitments",
        { ...plant, jobs },
        { headers: editor },
      );
      expect(refused.status).toBe(400);
      expect(refused.body.error.fields).toHaveProperty("jobs");
    }
  });

  it("filter, sort, export and add up in the statistics", async () => {
    await create(plant);
    await create({ ...plant, title: "Hire engineers", jobs: 700, source: undefined });
    const withJobs = await call(listCommitments, "/api/v1/commitments?hasJobs=true&sort=-jobs");
    expect(withJobs.body.data.map((c: { jobs: number }) => c.jobs)).toEqual([2_300, 700]);
    const csv = await call(exportCsv, "/api/v1/commitments/export.csv?hasJobs=true");
    const [header, ...rows] = (csv.body as string).slice(1).trimEnd().split("\r\n");
    expect(header!.split(",").at(-1)).toBe("jobs");
    expect(rows.map((row) => row.split(",").at(-1)).sort()).toEqual(["2300", "700"]);
    const stats = await getStats(t.db, await resolveScope(t.db, { company: "bmw-group" }, TODAY), TODAY);
    expect(stats.overview).toMatchObject({ jobsPledged: 3_000, withJobs: 2 });
  });
});

describe("mentions of a commitment's source", () => {
  it("are recorded with the commitment, follow a change of source, and appear in its read", async () => {
    const created = await create(plant);
    const read = await call(getCommitment, `/api/v1/commitments/${created.id}`, {
      context: routeParams({ id: String(created.id) }),
    });
    expect(read.body.mentions).toEqual([
      expect.objectContaining({
        source: expect.objectContaining({ url: "https://example.com/plant", title: "Plant announced" }),
        quote: null,
        start: null,
        end: null,
        restatement: false,
        changed: [],
      }),
    ]);
    const moved = await send(
      patchCommitment,
      "PATCH",
      `/api/v1/commitments/${created.id}`,
      { version: 1, source: { url: "https://example.com/other", title: "Other", publishedOn: "2024-05-22" } },
      { headers: editor, params: { id: String(created.id) } },
    );
    expect(moved.body.mentions.map((m: { source: { url: string } }) => m.source.url)).toEqual([
      "https://example.com/other",
    ]);
    await send(
      patchCommitment,
      "PATCH",
      `/api/v1/commitments/${created.id}`,
      { version: 2, source: null },
      {
        headers: editor,
        params: { id: String(created.id) },
      },
    );
    expect(await t.db.select().from(mentions).where(eq(mentions.commitmentId, created.id))).toEqual([]);
  });

  it("exist for the demo data too, one per commitment", async () => {
    const [demoSource] = await t.db.select().from(sources);
    const rows = await t.db.select().from(mentions).where(eq(mentions.sourceId, demoSource!.id));
    expect(rows).toHaveLength(15);
  });
});
