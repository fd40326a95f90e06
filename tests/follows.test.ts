import { beforeEach, describe, expect, it } from "vitest";
import { POST as addEvidence } from "../app/api/v1/commitments/[id]/evidence/route";
import { POST as postStatus } from "../app/api/v1/commitments/[id]/status/route";
import { DELETE as unfollowRoute } from "../app/api/v1/follows/[id]/route";
import { GET as listRoute, POST as followRoute } from "../app/api/v1/follows/route";
import { POST as seenRoute } from "../app/api/v1/follows/seen/route";
import { POST as mergeOrganization } from "../app/api/v1/organizations/[slug]/merge/route";
import { follows } from "../db/schema";
import { seedDemoData } from "../db/seed/load";
import { sessionHeaders } from "./support/auth";
import { setupTestDatabase } from "./support/database";
import { brillianceCommitment } from "./support/demo";
import { createCommitment, createOrganization } from "./support/factories";
import { call, send } from "./support/http";

const t = setupTestDatabase();
let viewer: Record<string, string>;
let editor: Record<string, string>;
beforeEach(async () => {
  await seedDemoData(t.db);
  viewer = await sessionHeaders(t.db, "viewer");
  editor = await sessionHeaders(t.db, "editor");
});

const followIt = (body: unknown, headers = viewer) => send(followRoute, "POST", "/api/v1/follows", body, { headers });
const list = async (headers = viewer) => (await call(listRoute, "/api/v1/follows", { init: { headers } })).body;

describe("following", () => {
  it("follows a company, a region, a commitment and a view, once each, for the one who asked", async () => {
    const made = await brillianceCommitment(t.db);
    const company = await followIt({ company: "BMW Group" });
    expect(company.status, JSON.stringify(company.body)).toBe(201);
    expect(company.body).toMatchObject({
      target: "company",
      ref: "bmw-group",
      name: "BMW Group",
      href: "/companies/bmw-group",
    });
    await followIt({ region: "liaoning" });
    await followIt({ commitment: made.id });
    const view = await followIt({
      view: { name: "Stalled", url: "http://elsewhere.example/commitments?status=stalled&page=3" },
    });
    expect(view.body).toMatchObject({
      target: "view",
      ref: "status=stalled",
      href: "/commitments?status=stalled",
      changes: { commitments: 0, evidence: 0, statusChanges: 0 },
    });

    const again = await followIt({ company: "bmw-group" });
    expect(again.body.id).toBe(company.body.id);
    const mine = await list();
    expect(mine.data.map((f: { target: string }) => f.target).sort()).toEqual([
      "commitment",
      "company",
      "region",
      "view",
    ]);
    expect((await list(editor)).data).toEqual([]);
  });

  it("counts what changed since the last visit, subsidiaries, sub-regions and views included, until marked seen", async () => {
    const made = await brillianceCommitment(t.db);
    const company = await followIt({ company: "bmw-group" });
    await followIt({ region: "liaoning" });
    await followIt({ company: "siemens" });
    await followIt({ view: { name: "BBA's", url: "/commitments?company=bmw-brilliance-automotive" } });
    expect(company.body.changes).toEqual({ commitments: 0, evidence: 0, statusChanges: 0 });

    const evidence = await send(
      addEvidence,
      "POST",
      `/api/v1/commitments/${made.id}/evidence`,
      { url: "https://example.org/bba-news", title: "BBA expands", publishedOn: "2024-05-01", stance: "supports" },
      { headers: editor, params: { id: String(made.id) } },
    );
    expect(evidence.status, JSON.stringify(evidence.body)).toBe(201);
    const moved = await send(
      postStatus,
      "POST",
      `/api/v1/commitments/${made.id}/status`,
      {
        status: made.status === "stalled" ? "in_progress" : "stalled",
        reason: "Reported in the news.",
        version: made.version,
      },
      { headers: editor, params: { id: String(made.id) } },
    );
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    await createCommitment(t.db, { makerId: made.makerId, regionId: made.regionId });

    const byName = async () =>
      Object.fromEntries((await list()).data.map((f: { ref: string; changes: unknown }) => [f.ref, f.changes]));
    expect(await byName()).toEqual({
      "bmw-group": { commitments: 1, evidence: 1, statusChanges: 1 },
      liaoning: { commitments: 1, evidence: 1, statusChanges: 1 },
      siemens: { commitments: 0, evidence: 0, statusChanges: 0 },
      "company=bmw-brilliance-automotive": { commitments: 1, evidence: 1, statusChanges: 1 },
    });

    const seen = await send(seenRoute, "POST", "/api/v1/follows/seen", { ids: [company.body.id] }, { headers: viewer });
    expect(seen.body).toEqual({ seen: 1 });
    expect((await byName())["bmw-group"]).toEqual({ commitments: 0, evidence: 0, statusChanges: 0 });
    expect((await byName()).liaoning).toEqual({ commitments: 1, evidence: 1, statusChanges: 1 });
    await send(seenRoute, "POST", "/api/v1/follows/seen", { all: true }, { headers: viewer });
    expect((await byName()).liaoning).toEqual({ commitments: 0, evidence: 0, statusChanges: 0 });
  });

  it("refuses what names nothing, or more than one thing, field by field", async () => {
    const cases: [unknown, string, RegExp][] = [
      [{}, "company", /say what to follow/],
      [{ company: "bmw-group", region: "liaoning" }, "region", /one thing at a time/],
      [{ company: "Atlantis Motors" }, "company", /no organization is named/],
      [{ region: "Atlantis" }, "region", /no region is named/],
      [{ commitment: 999999 }, "commitment", /names no commitment/],
      [{ view: { name: "Odd", url: "/companies/bmw-group" } }, "view.url", /address of the explorer/],
      [{ view: { name: "Odd", url: "/commitments?colour=red" } }, "view.url", /colour: unknown parameter/],
    ];
    for (const [body, field, message] of cases) {
      const answer = await followIt(body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.error.fields[field], JSON.stringify(answer.body)).toMatch(message);
    }
    expect(await t.db.$count(follows)).toBe(0);
  });

  it("stops following one's own follows only", async () => {
    const mine = await followIt({ company: "siemens" });
    const theirs = await followIt({ company: "siemens" }, editor);
    const unfollow = (id: number, headers: Record<string, string>) =>
      call(unfollowRoute, `/api/v1/follows/${id}`, {
        context: { params: Promise.resolve({ id: String(id) }) },
        init: { method: "DELETE", headers },
      });
    expect((await unfollow(theirs.body.id, viewer)).status).toBe(404);
    expect((await unfollow(mine.body.id, viewer)).body).toEqual({ id: mine.body.id, deleted: true });
    expect((await list()).data).toEqual([]);
    expect((await list(editor)).data).toHaveLength(1);
  });

  it("moves a follow with a company merged into another", async () => {
    await createOrganization(t.db, { slug: "siemens-china", name: "Siemens China" });
    await followIt({ company: "siemens-china" });
    const merged = await send(
      mergeOrganization,
      "POST",
      "/api/v1/organizations/siemens-china/merge",
      { into: "siemens" },
      { headers: editor, params: { slug: "siemens-china" } },
    );
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    expect((await list()).data.map((f: { ref: string }) => f.ref)).toEqual(["siemens"]);
  });
});
