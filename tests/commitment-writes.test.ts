import { count, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { PATCH as patchCommitment } from "../app/api/v1/commitments/[id]/route";
import { POST as postStatus } from "../app/api/v1/commitments/[id]/status/route";
import { POST as postCommitment } from "../app/api/v1/commitments/route";
import { auditLog, commitments, statusChanges } from "../db/schema";
import { seedDemoData } from "../db/seed/load";
import { sessionHeaders } from "./support/auth";
import { createOrganization } from "./support/factories";
import { setupTestDatabase } from "./support/database";
import { send } from "./support/http";

const t = setupTestDatabase();
let editor: Record<string, string>;
beforeEach(async () => {
  await seedDemoData(t.db);
  editor = await sessionHeaders(t.db, "editor");
});

const newCommitment = {
  title: "Open a battery recycling plant in Dalian",
  maker: "宝马", // an alias of BMW Group
  counterpart: "Liaoning Province",
  kind: "pledge",
  sector: "batteries",
  region: "大连",
  announcedOn: "2024-05-20",
  targetOn: "2027-12-31",
  amount: 1_500_000_000,
  currency: "cny",
  source: {
    url: "https://example.com/news/recycling?utm_source=feed#top",
    title: "BMW plans recycling plant",
    publishedOn: "2024-05-21",
  },
  sourceLocation: "para. 2",
};

const countCommitments = async () => (await t.db.select({ n: count() }).from(commitments))[0]!.n;
const auditOf = async (entityType: string, id: number | string) =>
  (await t.db.select().from(auditLog).where(eq(auditLog.entityType, entityType))).filter(
    (e) => e.entityId === String(id),
  );

describe("recording a commitment", () => {
  it("creates it with names resolved from aliases, its source, an initial status entry and an audit entry", async () => {
    const { status, body } = await send(postCommitment, "POST", "/api/v1/commitments", newCommitment, {
      headers: editor,
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({
      title: newCommitment.title,
      maker: { slug: "bmw-group" },
      counterpart: { slug: "liaoning-provincial-government" },
      region: { slug: "dalian" },
      amount: 1_500_000_000,
      currency: "CNY",
      status: "announced",
      progress: 0,
      version: 1,
      source: { url: "https://example.com/news/recycling", title: "BMW plans recycling plant", location: "para. 2" },
    });
    expect(body.statusHistory).toEqual([
      expect.objectContaining({ from: null, to: "announced", changedBy: expect.stringMatching(/^editor-/) }),
    ]);
    const [entry] = await auditOf("commitment", body.id);
    expect(entry).toMatchObject({ action: "create", actorLabel: expect.stringMatching(/^editor-/) });
    expect(entry!.changes).toMatchObject({
      maker: { from: null, to: "bmw-group" },
      title: { from: null, to: newCommitment.title },
    });
  });

  it("reuses an existing source with the same address", async () => {
    const demoSource = {
      url: "https://en.dl.gov.cn/art/2023/10/14/art_689_2200902.html",
      title: "Other title",
      publishedOn: "2023-10-14",
    };
    const { body } = await send(
      postCommitment,
      "POST",
      "/api/v1/commitments",
      { ...newCommitment, source: demoSource },
      { headers: editor },
    );
    expect(body.source.title).toBe("Liaoning delegation led by Hao Peng visits BMW Group and Siemens in Munich");
  });

  it("forces 100% when recorded as achieved", async () => {
    const { body } = await send(
      postCommitment,
      "POST",
      "/api/v1/commitments",
      { ...newCommitment, status: "achieved", progress: 40 },
      { headers: editor },
    );
    expect(body).toMatchObject({ status: "achieved", progress: 100 });
  });

  it.each([
    [{ maker: "Nobody Inc" }, "maker", /no organization is named/],
    [{ region: "Atlantis" }, "region", /no region is named/],
    [{ kind: "promise" }, "kind", /pledge, request, intent/],
    [{ status: "done" }, "status", /announced/],
    [{ announcedOn: "2199-01-01" }, "announcedOn", /future/],
    [{ announcedOn: "2024-02-30" }, "announcedOn", /YYYY-MM-DD/],
    [{ targetOn: "2020-01-01" }, "targetOn", /before the announcement/],
    [{ currency: null }, "currency", /required with an amount/],
    [{ currency: "EURO" }, "currency", /ISO 4217/],
    [{ progress: 120 }, "progress", /at most 100/],
    [{ title: "" }, "title", /required/],
    [{ title: "x".repeat(301) }, "title", /at most 300/],
    [{ source: { url: "javascript:alert(1)", title: "x", publishedOn: "2024-01-01" } }, "source.url", /http or https/],
    [{ colour: "red" }, "colour", /unknown field/],
  ])("refuses %j with a message for %s, and stores nothing", async (change, field, message) => {
    const before = await countCommitments();
    const { status, body } = await send(
      postCommitment,
      "POST",
      "/api/v1/commitments",
      { ...newCommitment, ...change },
      { headers: editor },
    );
    expect(status).toBe(400);
    expect(body.error.fields[field]).toMatch(message);
    expect(await countCommitments()).toBe(before);
  });

  it("refuses malformed JSON, the wrong content type and an oversized body", async () => {
    expect((await send(postCommitment, "POST", "/api/v1/commitments", "{not json", { headers: editor })).status).toBe(
      400,
    );
    const huge = { ...newCommitment, summary: "x".repeat(1024 * 1024) };
    const tooLarge = await send(postCommitment, "POST", "/api/v1/commitments", huge, { headers: editor });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.error.code).toBe("payload_too_large");
  });

  it("names the candidates when a reference is ambiguous, and accepts the slug", async () => {
    await createOrganization(t.db, { name: "Acme Motors", aliases: ["ACME"] });
    await createOrganization(t.db, { name: "Acme Chemicals", aliases: ["acme"] });
    const ambiguous = await send(
      postCommitment,
      "POST",
      "/api/v1/commitments",
      { ...newCommitment, maker: "Acme" },
      { headers: editor },
    );
    expect(ambiguous.status).toBe(400);
    expect(ambiguous.body.error.fields.maker).toMatch(
      /Acme Chemicals \(acme-chemicals\), Acme Motors \(acme-motors\); give the slug/,
    );
    const bySlug = await send(
      postCommitment,
      "POST",
      "/api/v1/commitments",
      { ...newCommitment, maker: "acme-motors" },
      { headers: editor },
    );
    expect(bySlug.body.maker).toEqual({ slug: "acme-motors", name: "Acme Motors" });
  });
});

describe("editing a commitment", () => {
  async function created() {
    return (await send(postCommitment, "POST", "/api/v1/commitments", newCommitment, { headers: editor })).body;
  }

  it("changes fields, bumps the version and records a before/after diff", async () => {
    const c = await created();
    const { status, body } = await send(
      patchCommitment,
      "PATCH",
      `/api/v1/commitments/${c.id}`,
      {
        title: "Open a battery recycling plant in Dalian by 2028",
        targetOn: "2028-06-30",
        counterpart: null,
        version: 1,
      },
      { headers: editor, params: { id: String(c.id) } },
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ version: 2, targetOn: "2028-06-30", counterpart: null });
    const entries = await auditOf("commitment", c.id);
    expect(entries.map((e) => e.action)).toEqual(["create", "update"]);
    expect(entries[1]!.changes).toEqual({
      title: { from: newCommitment.title, to: "Open a battery recycling plant in Dalian by 2028" },
      targetOn: { from: "2027-12-31", to: "2028-06-30" },
      counterpart: { from: "liaoning-provincial-government", to: null },
      version: { from: 1, to: 2 },
    });
  });

  it("refuses a stale version with 409 and keeps the newer data", async () => {
    const c = await created();
    const path = `/api/v1/commitments/${c.id}`;
    await send(
      patchCommitment,
      "PATCH",
      path,
      { title: "First edit", version: 1 },
      { headers: editor, params: { id: String(c.id) } },
    );
    const stale = await send(
      patchCommitment,
      "PATCH",
      path,
      { title: "Second edit, based on version 1", version: 1 },
      { headers: editor, params: { id: String(c.id) } },
    );
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: "conflict", details: { currentVersion: 2 } });
    expect(stale.body.error.message).toMatch(/changed by someone else/);
    const [row] = await t.db.select().from(commitments).where(eq(commitments.id, c.id));
    expect(row).toMatchObject({ title: "First edit", version: 2 });
  });

  it("lets exactly one of two concurrent writers win; the other gets 409", async () => {
    const c = await created();
    const other = await sessionHeaders(t.db, "editor");
    const path = `/api/v1/commitments/${c.id}`;
    const results = await Promise.all([
      send(
        patchCommitment,
        "PATCH",
        path,
        { title: "Writer A", version: 1 },
        { headers: editor, params: { id: String(c.id) } },
      ),
      send(
        patchCommitment,
        "PATCH",
        path,
        { title: "Writer B", version: 1 },
        { headers: other, params: { id: String(c.id) } },
      ),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200)!.body.title;
    const [row] = await t.db.select().from(commitments).where(eq(commitments.id, c.id));
    expect(row).toMatchObject({ title: winner, version: 2 });
    expect((await auditOf("commitment", c.id)).filter((e) => e.action === "update")).toHaveLength(1);
  });

  it("sends status changes to the status route", async () => {
    const c = await created();
    const { status, body } = await send(
      patchCommitment,
      "PATCH",
      `/api/v1/commitments/${c.id}`,
      { status: "achieved", version: 1 },
      { headers: editor, params: { id: String(c.id) } },
    );
    expect(status).toBe(400);
    expect(body.error.fields.status).toMatch(/POST \/api\/v1\/commitments\/\{id\}\/status/);
  });

  it("answers 404 for an unknown commitment and 400 for a malformed id", async () => {
    expect(
      (
        await send(
          patchCommitment,
          "PATCH",
          "/api/v1/commitments/99999",
          { title: "x", version: 1 },
          { headers: editor, params: { id: "99999" } },
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await send(
          patchCommitment,
          "PATCH",
          "/api/v1/commitments/x",
          { title: "x", version: 1 },
          { headers: editor, params: { id: "x" } },
        )
      ).status,
    ).toBe(400);
  });
});

describe("changing a status", () => {
  const statusOf = async (id: number) => (await t.db.select().from(commitments).where(eq(commitments.id, id)))[0]!;
  const change = (id: number, body: Record<string, unknown>) =>
    send(postStatus, "POST", `/api/v1/commitments/${id}/status`, body, { headers: editor, params: { id: String(id) } });

  it("applies the contract's progress rules and records from → to with the reason", async () => {
    const c = (await send(postCommitment, "POST", "/api/v1/commitments", newCommitment, { headers: editor })).body;
    let r = await change(c.id, { status: "in_progress", reason: "Groundbreaking reported", version: 1 });
    expect(r.body).toMatchObject({ status: "in_progress", progress: 10, version: 2 });
    r = await change(c.id, { status: "in_progress", progress: 40, reason: "Trial production", version: 2 });
    expect(r.body.progress).toBe(40);
    r = await change(c.id, { status: "partially_achieved", reason: "One line of two", version: 3 });
    expect(r.body.progress).toBe(50);
    r = await change(c.id, { status: "achieved", progress: 70, reason: "Opened", version: 4 });
    expect(r.body).toMatchObject({ status: "achieved", progress: 100 });
    const history = await t.db
      .select()
      .from(statusChanges)
      .where(eq(statusChanges.commitmentId, c.id))
      .orderBy(statusChanges.id);
    expect(history.map((h) => [h.fromStatus, h.toStatus, h.progress, h.reason])).toEqual([
      [null, "announced", 0, "Recorded from “BMW plans recycling plant”."],
      ["announced", "in_progress", 10, "Groundbreaking reported"],
      ["in_progress", "in_progress", 40, "Trial production"],
      ["in_progress", "partially_achieved", 50, "One line of two"],
      ["partially_achieved", "achieved", 100, "Opened"],
    ]);
    const audit = (await auditOf("commitment", c.id)).filter((e) => e.action === "status_change");
    expect(audit.at(-1)!.changes).toMatchObject({
      status: { from: "partially_achieved", to: "achieved" },
      progress: { from: 50, to: 100 },
    });
  });

  it("needs a reason and the current version, and changes nothing otherwise", async () => {
    const c = (await send(postCommitment, "POST", "/api/v1/commitments", newCommitment, { headers: editor })).body;
    const noReason = await change(c.id, { status: "stalled", reason: "  ", version: 1 });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields.reason).toMatch(/required/);
    const stale = await change(c.id, { status: "stalled", reason: "No news", version: 7 });
    expect(stale.status).toBe(409);
    const same = await change(c.id, { status: "announced", reason: "Again", version: 1 });
    expect(same.status).toBe(400);
    expect(await statusOf(c.id)).toMatchObject({ status: "announced", version: 1 });
  });

  it("links only evidence of the same commitment", async () => {
    const c = (await send(postCommitment, "POST", "/api/v1/commitments", newCommitment, { headers: editor })).body;
    const r = await change(c.id, { status: "stalled", reason: "See item", evidenceId: 424242, version: 1 });
    expect(r.status).toBe(400);
    expect(r.body.error.fields.evidenceId).toMatch(/not evidence of this commitment/);
  });
});
