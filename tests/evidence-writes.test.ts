import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { GET as getCommitment } from "../app/api/v1/commitments/[id]/route";
import { POST as retractRoute } from "../app/api/v1/commitments/[id]/evidence/[evidenceId]/retract/route";
import { PATCH as editRoute } from "../app/api/v1/commitments/[id]/evidence/[evidenceId]/route";
import { POST as addRoute } from "../app/api/v1/commitments/[id]/evidence/route";
import { auditLog, commitments, evidence } from "../db/schema";
import { sessionHeaders } from "./support/auth";
import { createCommitment } from "./support/factories";
import { setupTestDatabase } from "./support/database";
import { call, routeParams, send } from "./support/http";

const t = setupTestDatabase();
let editor: Record<string, string>;
let commitmentId: number;
beforeEach(async () => {
  editor = await sessionHeaders(t.db, "editor");
  commitmentId = (await createCommitment(t.db, { status: "in_progress", progress: 20, announcedOn: "2023-10-13" })).id;
});

const item = {
  url: "HTTPS://WWW.Reuters.com/business/autos/bmw-shenyang-battery-plant?utm_source=twitter&fbclid=xyz#comments",
  title: "BMW starts battery production in Shenyang",
  publishedOn: "2024-09-01",
  stance: "supports",
};

const add = (body: Record<string, unknown>, id = commitmentId) =>
  send(addRoute, "POST", `/api/v1/commitments/${id}/evidence`, body, { headers: editor, params: { id: String(id) } });
const edit = (evidenceId: number, body: Record<string, unknown>) =>
  send(editRoute, "PATCH", `/api/v1/commitments/${commitmentId}/evidence/${evidenceId}`, body, {
    headers: editor,
    params: { id: String(commitmentId), evidenceId: String(evidenceId) },
  });
const retract = (evidenceId: number, body: Record<string, unknown>) =>
  send(retractRoute, "POST", `/api/v1/commitments/${commitmentId}/evidence/${evidenceId}/retract`, body, {
    headers: editor,
    params: { id: String(commitmentId), evidenceId: String(evidenceId) },
  });
const storedEvidence = () => t.db.select().from(evidence).where(eq(evidence.commitmentId, commitmentId));

describe("attaching evidence", () => {
  it("stores a normalized link, a publisher from the host and English by default", async () => {
    const { status, body } = await add(item);
    expect(status).toBe(201);
    expect(body).toMatchObject({
      url: "https://www.reuters.com/business/autos/bmw-shenyang-battery-plant",
      publisher: "reuters.com",
      language: "en",
      stance: "supports",
      version: 1,
      retracted: null,
      addedBy: expect.stringMatching(/^editor-/),
    });
    const [commitment] = await t.db.select().from(commitments).where(eq(commitments.id, commitmentId));
    expect(commitment).toMatchObject({ evidenceCount: 1, latestEvidenceOn: "2024-09-01" });
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.entityType, "evidence"));
    expect(entry).toMatchObject({ action: "create", entityId: String(body.id) });
  });

  it("refuses the same page again, however its address is written, and names the existing item", async () => {
    const first = await add(item);
    const again = await add({
      ...item,
      url: "https://www.reuters.com/business/autos/bmw-shenyang-battery-plant?gclid=1",
      title: "Same page",
    });
    expect(again.status).toBe(409);
    expect(again.body.error.fields.url).toBe(`already attached as evidence #${first.body.id}`);
    expect(again.body.error.details.existing).toMatchObject({
      id: first.body.id,
      url: first.body.url,
    });
    expect(again.body.error.details.existing).not.toHaveProperty("href");
    expect(await storedEvidence()).toHaveLength(1);
  });

  it("refuses a link that differs only by scheme, www., trailing slash or index.html", async () => {
    const first = await add({ ...item, url: "http://siemens.com/x" });
    expect(first.status).toBe(201);
    for (const url of ["https://www.siemens.com/x", "https://siemens.com/x/", "http://www.siemens.com/x/index.html"]) {
      const again = await add({ ...item, url, title: "Same page" });
      expect(again.status).toBe(409);
      expect(again.body.error).toMatchObject({
        code: "conflict",
        fields: { url: `already attached as evidence #${first.body.id}` },
        details: { existing: { id: first.body.id, url: "http://siemens.com/x" } },
      });
    }
    expect(await storedEvidence()).toHaveLength(1);
  });

  it("refuses a duplicate of an item stored under the older, stricter key", async () => {
    const [old] = await t.db
      .insert(evidence)
      .values({
        commitmentId,
        url: "https://www.siemens.com/x/",
        urlNormalized: "https://www.siemens.com/x/",
        title: "Stored before",
        publishedOn: "2024-06-01",
        stance: "supports",
      })
      .returning();
    const again = await add({ ...item, url: "http://siemens.com/x" });
    expect(again.status).toBe(409);
    expect(again.body.error.details.existing.id).toBe(old!.id);
  });

  it("refuses an edit that makes one item's link another's", async () => {
    await add({ ...item, url: "https://siemens.com/a" });
    const second = await add({ ...item, url: "https://siemens.com/b" });
    const edited = await edit(second.body.id, { url: "http://www.siemens.com/a/", version: 1 });
    expect(edited.status).toBe(409);
    expect((await edit(second.body.id, { url: "https://siemens.com/b/index.html", version: 1 })).status).toBe(200);
  });

  it("accepts the same page on another commitment", async () => {
    await add(item);
    const other = await createCommitment(t.db);
    expect((await add(item, other.id)).status).toBe(201);
  });

  it.each([
    [{ url: "javascript:alert(document.cookie)" }, "url", /http or https/],
    [{ url: "data:text/html;base64,PHNjcmlwdD4=" }, "url", /http or https/],
    [{ url: "not a link" }, "url", /full web address/],
    [{ archiveUrl: "javascript:void(0)" }, "archiveUrl", /http or https/],
    [{ publishedOn: "2199-01-01" }, "publishedOn", /future/],
    [{ publishedOn: "01/09/2024" }, "publishedOn", /YYYY-MM-DD/],
    [{ title: "   " }, "title", /required/],
    [{ stance: "neutral" }, "stance", /supports, contradicts, context/],
    [{ language: "english" }, "language", /ISO 639-1/],
    [{ note: "n".repeat(10_001) }, "note", /at most 10,000/],
  ])("refuses %j with a message for %s, and stores nothing", async (change, field, message) => {
    const { status, body } = await add({ ...item, ...change });
    expect(status).toBe(400);
    expect(body.error.fields[field]).toMatch(message);
    expect(await storedEvidence()).toHaveLength(0);
  });

  it("refuses a 1 MB note with 413", async () => {
    const { status, body } = await add({ ...item, note: "n".repeat(1024 * 1024) });
    expect(status).toBe(413);
    expect(body.error.message).toMatch(/larger than 64 KB/);
  });

  it("keeps markup in titles and notes as plain text", async () => {
    const { body } = await add({ ...item, title: '<img src=x onerror="alert(1)">', note: "<script>alert(1)</script>" });
    expect(body.title).toBe('<img src=x onerror="alert(1)">');
    expect(body.note).toBe("<script>alert(1)</script>");
  });
});

describe("the status suggestion", () => {
  it("appears when a contradicting item is newer than every supporting one, and changes nothing by itself", async () => {
    const support = await add(item);
    expect(support.body.suggestion).toBeNull(); // already in progress
    const contra = await add({
      url: "https://www.caixin.com/bmw-battery-delay",
      title: "Battery plant delayed to 2026",
      publishedOn: "2025-02-10",
      stance: "contradicts",
    });
    expect(contra.body.suggestion).toMatchObject({ status: "stalled", evidenceId: contra.body.id });
    expect(contra.body.suggestion.reason).toMatch(/Battery plant delayed/);
    const [row] = await t.db.select().from(commitments).where(eq(commitments.id, commitmentId));
    expect(row!.status).toBe("in_progress");
  });
});

describe("editing and retracting evidence", () => {
  it("edits with the version it was based on, and refuses a stale one", async () => {
    const { body: created } = await add(item);
    const edited = await edit(created.id, { stance: "context", note: "Only a trial line", version: 1 });
    expect(edited.body).toMatchObject({ stance: "context", note: "Only a trial line", version: 2 });
    const stale = await edit(created.id, { title: "Late edit", version: 1 });
    expect(stale.status).toBe(409);
    const [entry] = (await t.db.select().from(auditLog).where(eq(auditLog.action, "update"))).filter(
      (e) => e.entityType === "evidence",
    );
    expect(entry!.changes).toMatchObject({
      stance: { from: "supports", to: "context" },
      note: { from: null, to: "Only a trial line" },
    });
  });

  it("retracts with a reason: the item stays listed, stops counting, and its link may be attached again", async () => {
    const { body: created } = await add(item);
    const noReason = await retract(created.id, { reason: "", version: 1 });
    expect(noReason.status).toBe(400);
    const retracted = await retract(created.id, { reason: "Article was about another plant", version: 1 });
    expect(retracted.status).toBe(200);
    expect(retracted.body.retracted).toMatchObject({
      reason: "Article was about another plant",
      by: expect.stringMatching(/^editor-/),
    });

    const detail = await call(getCommitment, `/api/v1/commitments/${commitmentId}`, {
      context: routeParams({ id: String(commitmentId) }),
    });
    expect(detail.body.evidence).toHaveLength(1);
    expect(detail.body.evidence[0].retracted.reason).toBe("Article was about another plant");
    expect(detail.body).toMatchObject({ evidenceCount: 0, latestEvidenceOn: null });

    expect((await edit(created.id, { title: "Change after retraction", version: 2 })).status).toBe(409);
    expect((await retract(created.id, { reason: "again", version: 2 })).status).toBe(409);
    expect((await add(item)).status).toBe(201);
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, "retract"));
    expect(entry!.changes).toMatchObject({
      retracted: { from: false, to: true },
      reason: { from: null, to: "Article was about another plant" },
    });
  });

  it("answers 404 for evidence of another commitment", async () => {
    const { body: created } = await add(item);
    const other = await createCommitment(t.db);
    const wrong = await send(
      editRoute,
      "PATCH",
      `/api/v1/commitments/${other.id}/evidence/${created.id}`,
      { title: "x", version: 1 },
      {
        headers: editor,
        params: { id: String(other.id), evidenceId: String(created.id) },
      },
    );
    expect(wrong.status).toBe(404);
  });
});
