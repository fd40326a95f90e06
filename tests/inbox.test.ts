import { beforeEach, describe, expect, it } from "vitest";
import { POST as addEvidence } from "../app/api/v1/commitments/[id]/evidence/route";
import { POST as postStatus } from "../app/api/v1/commitments/[id]/status/route";
import { POST as followRoute } from "../app/api/v1/follows/route";
import { POST as readRoute } from "../app/api/v1/inbox/read/route";
import { GET as inboxRoute } from "../app/api/v1/inbox/route";
import { seedDemoData } from "../db/seed/load";
import { sessionHeaders } from "./support/auth";
import { setupTestDatabase } from "./support/database";
import { brillianceCommitment } from "./support/demo";
import { createCommitment } from "./support/factories";
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
const inbox = async (query = "", headers = viewer) => call(inboxRoute, `/api/v1/inbox${query}`, { init: { headers } });
const markRead = (body: unknown, headers = viewer) => send(readRoute, "POST", "/api/v1/inbox/read", body, { headers });

async function attachEvidence(id: number, url: string) {
  const answer = await send(
    addEvidence,
    "POST",
    `/api/v1/commitments/${id}/evidence`,
    { url, title: "BBA expands", publishedOn: "2024-05-01", stance: "supports" },
    { headers: editor, params: { id: String(id) } },
  );
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
}

describe("inbox", () => {
  it("holds what happened to what one follows after following it, once, with an unread count", async () => {
    expect((await inbox()).body).toEqual({ data: [], unread: 0 });
    const made = await brillianceCommitment(t.db);
    await followIt({ company: "bmw-group" });
    await followIt({ commitment: made.id }); // the same events through two follows count once
    expect((await inbox()).body).toEqual({ data: [], unread: 0 }); // nothing from before following

    await attachEvidence(made.id, "https://example.org/bba-news");
    const moved = await send(
      postStatus,
      "POST",
      `/api/v1/commitments/${made.id}/status`,
      { status: made.status === "stalled" ? "in_progress" : "stalled", reason: "In the news.", version: made.version },
      { headers: editor, params: { id: String(made.id) } },
    );
    expect(moved.status).toBe(200);
    const elsewhere = await createCommitment(t.db, { title: "Someone else's plant" });

    const answer = await inbox();
    expect(answer.status).toBe(200);
    expect(answer.body.unread).toBe(2);
    expect(answer.body.data).toMatchObject([
      { kind: "status_changed", commitment: { id: made.id, title: made.title }, read: false },
      { kind: "evidence_added", summary: "Evidence (supports): BBA expands", read: false },
    ]);
    expect(JSON.stringify(answer.body)).not.toContain(String(elsewhere.title));
    // The editor follows nothing: their inbox is empty.
    expect((await inbox("", editor)).body).toEqual({ data: [], unread: 0 });
  });

  it("filters by kind and unread, pages by id, and marks items or everything read", async () => {
    const made = await brillianceCommitment(t.db);
    await followIt({ region: "liaoning" });
    for (const n of [1, 2, 3]) await attachEvidence(made.id, `https://example.org/bba-${n}`);
    await createCommitment(t.db, { makerId: made.makerId, regionId: made.regionId, title: "A new line in Tiexi" });

    const all = (await inbox()).body;
    expect(all.data.map((i: { kind: string }) => i.kind)).toEqual([
      "commitment_added",
      "evidence_added",
      "evidence_added",
      "evidence_added",
    ]);
    const evidenceOnly = (await inbox("?kind=evidence_added&limit=2")).body;
    expect(evidenceOnly.data).toHaveLength(2);
    const next = (await inbox(`?kind=evidence_added&before=${evidenceOnly.data[1].id}`)).body;
    expect(next.data.map((i: { id: number }) => i.id)).toEqual([all.data[3].id]);

    expect((await markRead({ ids: [all.data[0].id, all.data[1].id] })).body).toEqual({ read: 2 });
    expect((await markRead({ ids: [all.data[0].id] })).body).toEqual({ read: 0 });
    const unread = (await inbox("?unread=true")).body;
    expect(unread.unread).toBe(2);
    expect(unread.data.map((i: { id: number }) => i.id)).toEqual([all.data[2].id, all.data[3].id]);
    expect((await inbox()).body.data.map((i: { read: boolean }) => i.read)).toEqual([true, true, false, false]);

    // Another person's read marks are theirs.
    await followIt({ region: "liaoning" }, editor);
    await attachEvidence(made.id, "https://example.org/bba-4");
    expect((await inbox("", editor)).body.unread).toBe(1);
    expect((await markRead({ all: true })).body).toEqual({ read: 3 });
    expect((await inbox()).body.unread).toBe(0);
    expect((await inbox("", editor)).body.unread).toBe(1);
  });

  it("refuses a filter or a body it cannot read, field by field", async () => {
    const badKind = await inbox("?kind=gossip");
    expect(badKind.status, JSON.stringify(badKind.body)).toBe(400);
    expect(badKind.body.error.fields.kind).toMatch(/must be among/);
    const badLimit = await inbox("?limit=0");
    expect(badLimit.status).toBe(400);
    expect(Object.keys(badLimit.body.error.fields)).toEqual(["limit"]);
    const badBody = await markRead({ ids: [] });
    expect(badBody.status).toBe(400);
    const anonymous = await call(inboxRoute, "/api/v1/inbox", {});
    expect(anonymous.status).toBe(401);
  });
});
