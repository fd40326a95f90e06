import { count, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { GET as getCommitment } from "../app/api/v1/commitments/[id]/route";
import { POST as accept } from "../app/api/v1/intake/accept/route";
import { POST as extract } from "../app/api/v1/intake/extract/route";
import { GET as getSource } from "../app/api/v1/sources/[id]/route";
import { commitments, mentions, sources } from "../db/schema";
import { seedDemoData } from "../db/seed/load";
import { getCommitmentDetail } from "../lib/commitments/detail";
import { buildTimeline, timelineAudit } from "../lib/commitments/timeline";
import { quotesInContext } from "../lib/mentions/queries";
import { sha256Hex } from "../lib/sources/text";
import { sessionHeaders } from "./support/auth";
import { setupTestDatabase } from "./support/database";
import { call, routeParams, send } from "./support/http";

const t = setupTestDatabase();
let editor: Record<string, string>;
beforeEach(async () => {
  await seedDemoData(t.db);
  editor = await sessionHeaders(t.db, "editor");
});

// A follow-up statement in the genre, written for this test: BMW states again that it will bring the
// new-generation models into series production in Shenyang, now by 2026, and pledges a new plant.
const text = [
  "Shenyang, 12 March 2025 — Governor Wang met BMW Group executives in Shenyang.",
  "",
  "BMW Group will bring the new-generation models into series production in Shenyang as early as possible, by 2026.",
  "BMW Group will invest 10 billion yuan in a new battery plant in Shenyang and create 1,200 jobs.",
  "The governor thanked BMW for its long support.",
].join("\n");
const restated = text.indexOf("BMW Group will bring");
const newPlant = text.indexOf("BMW Group will invest");
const sentenceAt = (start: number) => ({ start, end: text.indexOf(".", start) + 1 });
const source = {
  url: "https://example.org/news/bmw-2025",
  title: "Governor meets BMW",
  publisher: "Example Daily",
  publishedOn: "2025-03-12",
  text,
};

const post = (handler: typeof extract, path: string, body: unknown) =>
  send(handler, "POST", path, body, { headers: editor });
const countOf = async (table: typeof commitments | typeof sources | typeof mentions) =>
  (await t.db.select({ n: count() }).from(table))[0]!.n;

describe("POST /api/v1/intake/extract", () => {
  it("finds the candidates with their offsets, known names, and the commitments they restate; stores nothing", async () => {
    const before = await countOf(commitments);
    const { status, body } = await post(extract, "/api/v1/intake/extract", { text, publishedOn: "2025-03-12" });
    expect(status).toBe(200);
    expect(body.language).toBe("en");
    expect(body.candidates).toHaveLength(2);
    for (const c of body.candidates) expect(text.slice(c.start, c.end)).toBe(c.quote);
    const [again, plant] = body.candidates;
    expect(again).toMatchObject({
      kind: "pledge",
      maker: { slug: "bmw-group" },
      region: { slug: "shenyang" },
      targetOn: "2026",
    });
    expect(again.restates[0]).toMatchObject({
      title: "Bring BMW's new-generation models into series production in Shenyang as early as possible",
    });
    expect(plant).toMatchObject({ amount: 10_000_000_000, currency: "CNY", jobs: 1_200, sector: "batteries" });
    expect(await countOf(commitments)).toBe(before);
  });

  it("refuses an empty text, a language it cannot read, and a text over 1 MB", async () => {
    expect((await post(extract, "/api/v1/intake/extract", { text: "  " })).body.error.fields).toHaveProperty("text");
    expect((await post(extract, "/api/v1/intake/extract", { text, language: "fr" })).body.error.fields).toHaveProperty(
      "language",
    );
    const huge = await post(extract, "/api/v1/intake/extract", { text: "a".repeat(1024 * 1024 + 1) });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe("payload_too_large");
  });
});

describe("POST /api/v1/intake/accept", () => {
  const restatedCommitmentId = async () =>
    (await t.db.select().from(commitments)).find((c) => c.title.startsWith("Bring BMW's new-generation models"))!.id;

  it("stores the source with its text and hash, a commitment quoting its words, and a restatement with what changed", async () => {
    const existing = await restatedCommitmentId();
    const { status, body } = await post(accept, "/api/v1/intake/accept", {
      source,
      accept: [
        {
          ...sentenceAt(newPlant),
          title: "Build a battery plant in Shenyang",
          kind: "pledge",
          maker: "BMW",
          counterpart: "liaoning-provincial-government",
          region: "沈阳",
          amount: 10_000_000_000,
          currency: "CNY",
          jobs: 1_200,
          targetOn: "2027",
        },
        // A restatement needs no title, maker or region: the commitment keeps its own.
        { ...sentenceAt(restated), kind: "pledge", targetOn: "2026", restates: existing },
      ],
    });
    expect(status, JSON.stringify(body)).toBe(201);
    expect(body.source).toMatchObject({ url: source.url, text, textSha256: sha256Hex(text), textMatchesHash: true });
    const [created, again] = body.commitments;
    expect(created).toMatchObject({
      title: "Build a battery plant in Shenyang",
      jobs: 1_200,
      targetOn: "2027-12-31",
      announcedOn: "2025-03-12",
    });
    expect(created.mentions).toEqual([
      expect.objectContaining({
        quote: text.slice(newPlant, sentenceAt(newPlant).end),
        start: newPlant,
        restatement: false,
      }),
    ]);
    expect(again.id).toBe(existing);
    expect(again.mentions.map((m: { restatement: boolean; changed: string[] }) => [m.restatement, m.changed])).toEqual([
      [false, []],
      [true, ["targetOn"]],
    ]);

    const read = await call(getSource, `/api/v1/sources/${body.source.id}`, {
      context: routeParams({ id: String(body.source.id) }),
    });
    expect(read.body.mentions.map((m: { start: number }) => m.start)).toEqual([restated, newPlant]);
    const detail = await call(getCommitment, `/api/v1/commitments/${existing}`, {
      context: routeParams({ id: String(existing) }),
    });
    expect(detail.body.mentions).toHaveLength(2);

    const commitment = (await getCommitmentDetail(t.db, existing, { today: "2025-06-01" }))!;
    const restatedEvent = buildTimeline(commitment, await timelineAudit(t.db, commitment)).find(
      (e) => e.type === "restatement",
    );
    expect(restatedEvent).toMatchObject({
      when: "2025-03-12",
      source: { id: body.source.id },
      changes: [{ field: "targetOn", from: null, to: "2026", direction: "stated" }],
    });
    const contexts = await quotesInContext(t.db, existing);
    const restatedMention = commitment.mentions.find((m) => m.restatement)!;
    expect(contexts.get(restatedMention.id)).toEqual({
      before: "",
      quote: text.slice(restated, sentenceAt(restated).end),
      after: "",
    });
  });

  it("requires a title, maker and region for a new commitment, naming the item", async () => {
    const { status, body } = await post(accept, "/api/v1/intake/accept", {
      source,
      accept: [{ ...sentenceAt(newPlant), kind: "pledge", maker: "bmw-group" }],
    });
    expect(status).toBe(400);
    expect(Object.keys(body.error.fields).sort()).toEqual(["accept.0.region", "accept.0.title"]);
  });

  it("writes nothing when one item fails, and names the item", async () => {
    const before = [await countOf(commitments), await countOf(sources), await countOf(mentions)];
    const { status, body } = await post(accept, "/api/v1/intake/accept", {
      source,
      accept: [
        { ...sentenceAt(newPlant), title: "Plant", kind: "pledge", maker: "bmw-group", region: "shenyang" },
        { ...sentenceAt(restated), title: "Models", kind: "pledge", maker: "Nobody Known GmbH", region: "shenyang" },
      ],
    });
    expect(status).toBe(400);
    expect(body.error.fields).toHaveProperty("accept.1.maker");
    expect([await countOf(commitments), await countOf(sources), await countOf(mentions)]).toEqual(before);
  });

  it("refuses offsets outside the text and a quote that does not match, naming the item", async () => {
    const outside = await post(accept, "/api/v1/intake/accept", {
      source,
      accept: [{ start: 10, end: text.length + 5, title: "x", kind: "pledge", maker: "bmw-group", region: "shenyang" }],
    });
    expect(outside.status).toBe(400);
    expect(outside.body.error.fields).toHaveProperty("accept.0.end");
    const mismatch = await post(accept, "/api/v1/intake/accept", {
      source,
      accept: [
        {
          ...sentenceAt(newPlant),
          quote: "something else",
          title: "x",
          kind: "pledge",
          maker: "bmw-group",
          region: "shenyang",
        },
      ],
    });
    expect(mismatch.body.error.fields).toHaveProperty("accept.0.quote");
  });

  it("keeps a quoted text fixed: the same address with another text is refused, and the database refuses the change too", async () => {
    const first = await post(accept, "/api/v1/intake/accept", {
      source,
      accept: [{ ...sentenceAt(newPlant), title: "Plant", kind: "pledge", maker: "bmw-group", region: "shenyang" }],
    });
    expect(first.status).toBe(201);
    const corrected = await post(accept, "/api/v1/intake/accept", {
      source: { ...source, text: `${text} Corrected.` },
      accept: [{ ...sentenceAt(newPlant), title: "Plant", kind: "pledge", maker: "bmw-group", region: "shenyang" }],
    });
    expect(corrected.status).toBe(409);
    expect(corrected.body.error.fields).toHaveProperty("source.text");
    await expect(
      t.db.update(sources).set({ text: "changed" }).where(eq(sources.id, first.body.source.id)),
    ).rejects.toThrow();
  });
});
