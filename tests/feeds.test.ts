import { eq } from "drizzle-orm";
import { XMLParser } from "fast-xml-parser";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { POST as addEvidence } from "../app/api/v1/commitments/[id]/evidence/route";
import { POST as restoreCommitment } from "../app/api/v1/commitments/[id]/restore/route";
import { DELETE as deleteCommitment } from "../app/api/v1/commitments/[id]/route";
import { POST as postStatus } from "../app/api/v1/commitments/[id]/status/route";
import { GET as allFeed } from "../app/feeds/[file]/route";
import { GET as commitmentFeed } from "../app/feeds/commitments/[file]/route";
import { GET as companyFeed } from "../app/feeds/companies/[file]/route";
import { GET as regionFeed } from "../app/feeds/regions/[file]/route";
import { GET as viewFeed } from "../app/feeds/views/[file]/route";
import { POST as followRoute } from "../app/api/v1/follows/route";
import { events, mentions, sources } from "../db/schema";
import { seedDemoData } from "../db/seed/load";
import { sessionHeaders, tokenHeaders } from "./support/auth";
import { setupTestDatabase } from "./support/database";
import { brillianceCommitment } from "./support/demo";
import { createCommitment } from "./support/factories";
import { routeParams, send } from "./support/http";

const t = setupTestDatabase();
let editor: Record<string, string>;
let admin: Record<string, string>;
beforeEach(async () => {
  await seedDemoData(t.db);
  editor = await sessionHeaders(t.db, "editor");
  admin = await sessionHeaders(t.db, "admin");
});
afterEach(() => {
  delete process.env.PUBLIC_READ;
});

type Handler = (request: Request, context: { params: Promise<{ file: string }> }) => Promise<Response>;
const get = (handler: Handler, path: string, headers: Record<string, string> = {}) =>
  handler(
    new Request(`http://tracker.test${path}`, { headers }),
    routeParams({ file: path.split("?")[0]!.split("/").pop()! }),
  );

const eventsOf = (commitmentId: number) =>
  t.db.select().from(events).where(eq(events.commitmentId, commitmentId)).orderBy(events.id);

const atom = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" || name === "link" });

describe("events", () => {
  it("are stored once per happening, whatever wrote it, and a restore does not repeat them", async () => {
    const made = await brillianceCommitment(t.db);
    const params = { id: String(made.id) };
    const [source] = await t.db.select({ id: sources.id }).from(sources).limit(1);
    const before = (await eventsOf(made.id)).length;

    await send(
      addEvidence,
      "POST",
      `/api/v1/commitments/${made.id}/evidence`,
      {
        url: "https://example.org/bba-line",
        title: "New line opens",
        publishedOn: "2024-05-01",
        stance: "supports",
      },
      { headers: editor, params },
    );
    await send(
      postStatus,
      "POST",
      `/api/v1/commitments/${made.id}/status`,
      {
        status: made.status === "stalled" ? "in_progress" : "stalled",
        reason: "Line opened.",
        version: made.version,
      },
      { headers: editor, params },
    );
    await t.db.insert(mentions).values({
      commitmentId: made.id,
      sourceId: source!.id,
      restatement: true,
      changed: ["amount"],
      createdBy: "test",
    });

    const after = await eventsOf(made.id);
    expect(after.slice(before).map((e) => e.kind)).toEqual(["evidence_added", "status_changed", "restated"]);
    expect(after.at(-3)!.summary).toBe("Evidence (supports): New line opens");
    expect(after.at(-2)!.summary).toMatch(/^Status: .+ → .+ \(Line opened\.\)$/);
    expect(after.at(-1)!.summary).toBe("Announced again, with a different amount");

    const removed = await send(
      deleteCommitment,
      "DELETE",
      `/api/v1/commitments/${made.id}`,
      { reason: "Recorded twice." },
      { headers: editor, params },
    );
    expect(removed.status, JSON.stringify(removed.body)).toBe(200);
    const restored = await send(
      restoreCommitment,
      "POST",
      `/api/v1/commitments/${made.id}/restore`,
      {},
      { headers: admin, params },
    );
    expect(restored.status, JSON.stringify(restored.body)).toBe(200);
    expect((await eventsOf(made.id)).map((e) => e.id)).toEqual(after.map((e) => e.id));

    const fresh = await createCommitment(t.db, { makerId: made.makerId, regionId: made.regionId });
    expect((await eventsOf(fresh.id)).map((e) => e.kind)).toEqual(["commitment_added"]);
  });
});

describe("feeds", () => {
  it("give the instance's events as valid Atom and JSON Feed, newest first, linking to the commitments", async () => {
    const response = await get(allFeed, "/feeds/all.atom");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/atom+xml");
    const doc = atom.parse(await response.text());
    expect(doc.feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(doc.feed.id).toBe("http://tracker.test/feeds/all");
    expect(doc.feed.title).toContain("Commitment Tracker");
    expect(Date.parse(doc.feed.updated)).not.toBeNaN();
    expect(doc.feed.entry.length).toBeGreaterThan(0);
    for (const entry of doc.feed.entry) {
      expect(entry.id).toMatch(/^tag:tracker\.test,2023:event:\d+$/);
      expect(entry.title).toBeTruthy();
      expect(Date.parse(entry.updated)).not.toBeNaN();
      expect(entry.link[0]["@_href"]).toMatch(/^http:\/\/tracker\.test\/commitments\/\d+$/);
    }
    const dates = doc.feed.entry.map((e: { updated: string }) => Date.parse(e.updated));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));

    const json = await get(allFeed, "/feeds/all.json");
    expect(json.headers.get("content-type")).toContain("application/feed+json");
    const feed = (await json.json()) as {
      version: string;
      items: { id: string; url: string; content_text?: string }[];
    };
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.items.length).toBe(doc.feed.entry.length);
    expect(feed.items[0]!.url).toMatch(/^http:\/\/tracker\.test\/commitments\/\d+$/);
  });

  it("scope a company with its subsidiaries, a region with what is within it, one commitment and a followed view", async () => {
    const made = await brillianceCommitment(t.db);
    await send(
      addEvidence,
      "POST",
      `/api/v1/commitments/${made.id}/evidence`,
      {
        url: "https://example.org/bba-feed",
        title: "Feed me",
        publishedOn: "2024-05-01",
        stance: "context",
      },
      { headers: editor, params: { id: String(made.id) } },
    );
    const titles = async (handler: Handler, path: string) => {
      const doc = atom.parse(await (await get(handler, path)).text());
      return (doc.feed.entry ?? []).map((e: { summary?: string; content?: string; title: string }) =>
        JSON.stringify(e),
      );
    };
    expect((await titles(companyFeed, "/feeds/companies/bmw-group.atom")).join()).toContain("Feed me");
    expect((await titles(companyFeed, "/feeds/companies/siemens.atom")).join()).not.toContain("Feed me");
    expect((await titles(regionFeed, "/feeds/regions/liaoning.atom")).join()).toContain("Feed me");
    const own = await titles(commitmentFeed, `/feeds/commitments/${made.id}.atom`);
    expect(own[0]).toContain("Feed me");
    expect(own.every((entry: string) => entry.includes(`/commitments/${made.id}`))).toBe(true);

    // A followed explorer view has its feed too, by the follow's id: what its filters select.
    const viewer = await sessionHeaders(t.db, "viewer");
    const followed = await send(
      followRoute,
      "POST",
      "/api/v1/follows",
      { view: { name: "BBA's", url: "/commitments?company=bmw-brilliance-automotive" } },
      { headers: viewer },
    );
    const viewDoc = atom.parse(await (await get(viewFeed, `/feeds/views/${followed.body.id}.atom`)).text());
    expect(viewDoc.feed.title).toBe("Commitment Tracker: BBA's");
    expect(JSON.stringify(viewDoc.feed.entry)).toContain("Feed me");
    const otherView = await send(
      followRoute,
      "POST",
      "/api/v1/follows",
      { view: { name: "Siemens'", url: "/commitments?company=siemens" } },
      { headers: viewer },
    );
    const otherDoc = atom.parse(await (await get(viewFeed, `/feeds/views/${otherView.body.id}.atom`)).text());
    expect(JSON.stringify(otherDoc.feed.entry ?? [])).not.toContain("Feed me");
    expect((await get(viewFeed, "/feeds/views/999999.atom")).status).toBe(404);

    expect((await get(companyFeed, "/feeds/companies/atlantis-motors.atom")).status).toBe(404);
    expect((await get(commitmentFeed, "/feeds/commitments/999999.json")).status).toBe(404);
    expect((await get(allFeed, "/feeds/all.rss")).status).toBe(404);
    expect((await get(companyFeed, "/feeds/companies/%E0%A4%A.atom")).status).toBe(404);
  });

  it("need an API token, in a header or the address, when the instance is not public", async () => {
    process.env.PUBLIC_READ = "false";
    expect((await get(allFeed, "/feeds/all.atom")).status).toBe(401);
    const authorization = (await tokenHeaders(t.db, "viewer")).authorization!;
    expect((await get(allFeed, "/feeds/all.atom", { authorization })).status).toBe(200);
    const token = authorization.replace("Bearer ", "");
    expect((await get(allFeed, `/feeds/all.atom?token=${encodeURIComponent(token)}`)).status).toBe(200);
    expect((await get(allFeed, "/feeds/all.atom?token=wrong")).status).toBe(401);
  });
});
