import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { GET as getCommitment, DELETE as deleteCommitment } from "../app/api/v1/commitments/[id]/route";
import { POST as restoreCommitment } from "../app/api/v1/commitments/[id]/restore/route";
import { POST as postStatus } from "../app/api/v1/commitments/[id]/status/route";
import { POST as mergeOrganization } from "../app/api/v1/organizations/[slug]/merge/route";
import { POST as mergeRegion } from "../app/api/v1/regions/[slug]/merge/route";
import {
  auditLog,
  commitments,
  mentions,
  organizations,
  regions,
  statusChanges,
  statusDailyCounts,
} from "../db/schema";
import { todayIso } from "../lib/dates";
import { sessionHeaders } from "./support/auth";
import { setupTestDatabase } from "./support/database";
import { call, send } from "./support/http";
import { createCommitment, createEvidence, createOrganization, createRegion, createSource } from "./support/factories";

const t = setupTestDatabase();
let editor: Record<string, string>;
let admin: Record<string, string>;
beforeEach(async () => {
  editor = await sessionHeaders(t.db, "editor");
  admin = await sessionHeaders(t.db, "admin");
});

const read = (id: number) =>
  call(getCommitment, `/api/v1/commitments/${id}`, {
    context: { params: Promise.resolve({ id: String(id) }) },
    init: { headers: editor },
  });

const changeStatus = (id: number, body: Record<string, unknown>) =>
  send(postStatus, "POST", `/api/v1/commitments/${id}/status`, body, { headers: editor, params: { id: String(id) } });

const remove = (id: number | string, body: unknown) =>
  send(deleteCommitment, "DELETE", `/api/v1/commitments/${id}`, body, { headers: editor, params: { id: String(id) } });

const restore = (id: number, headers: Record<string, string>) =>
  send(restoreCommitment, "POST", `/api/v1/commitments/${id}/restore`, {}, { headers, params: { id: String(id) } });

async function statusCounts() {
  const rows = await t.db.select().from(statusDailyCounts);
  return rows.map((r) => `${r.status}:${r.day}:${r.started}:${r.ended}`).sort();
}

describe("deleting a commitment", () => {
  async function commitmentWithHistory() {
    const source = await createSource(t.db);
    const c = await createCommitment(t.db, { announcedOn: "2024-01-15", sourceId: source.id });
    await t.db.insert(mentions).values({ commitmentId: c.id, sourceId: source.id });
    const item = await createEvidence(t.db, c.id, { publishedOn: "2024-06-01", stance: "supports" });
    const changed = await changeStatus(c.id, {
      status: "in_progress",
      reason: "Construction began",
      evidenceId: item.id,
      effectiveOn: "2024-06-01",
      version: 1,
    });
    expect(changed.status).toBe(200);
    return { id: c.id, detail: (await read(c.id)).body };
  }

  it("hides it from readers, keeps the reason in the audit log, and an admin restores it whole", async () => {
    const { id, detail } = await commitmentWithHistory();
    const countsBefore = await statusCounts();

    const refused = await remove(id, {});
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toHaveProperty("reason");

    const deleted = await remove(id, { reason: "Recorded twice" });
    expect(deleted).toMatchObject({ status: 200, body: { id, deleted: true } });
    expect((await read(id)).status).toBe(404);
    expect(await t.db.select().from(commitments).where(eq(commitments.id, id))).toHaveLength(0);
    // The whole-database charts forget it at once.
    expect(await statusCounts()).not.toEqual(countsBefore);
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "delete"), eq(auditLog.entityId, String(id))));
    expect(entry?.after).toEqual({ reason: "Recorded twice" });
    expect(entry?.before).toMatchObject({ title: detail.title, status: "in_progress" });

    const byEditor = await restore(id, editor);
    expect(byEditor.status).toBe(403);
    const restored = await restore(id, admin);
    expect(restored.status).toBe(200);
    // Only the version (and the time of the last write) move on.
    const { version, updatedAt: _restoredAt, ...rest } = restored.body;
    const { version: oldVersion, updatedAt: _updatedAt, ...before } = detail;
    expect(rest).toEqual(before);
    expect(version).toBe(oldVersion + 1);
    expect(await statusCounts()).toEqual(countsBefore);

    const again = await restore(id, admin);
    expect(again.status).toBe(404);
    const restoredEntries = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "restore"), eq(auditLog.entityId, String(id))));
    expect(restoredEntries).toHaveLength(1);
  });

  it("answers 404 for a commitment that does not exist", async () => {
    const missing = await remove("999999", { reason: "x" });
    expect(missing.status).toBe(404);
  });
});

describe("merging organizations", () => {
  it("moves every commitment (deleted ones too) and child, and keeps the merged names as aliases", async () => {
    const keep = await createOrganization(t.db, { name: "Siemens", aliases: ["西门子"] });
    const dup = await createOrganization(t.db, { name: "Siemens AG", aliases: ["SAG", "SIEMENS"] });
    const child = await createOrganization(t.db, { name: "Siemens Shenyang", parentId: dup.id });
    const asMaker = await createCommitment(t.db, { makerId: dup.id });
    const asCounterpart = await createCommitment(t.db, { counterpartId: dup.id });
    const gone = await createCommitment(t.db, { makerId: dup.id });
    const deleted = await remove(gone.id, { reason: "Mistake" });
    expect(deleted.status).toBe(200);

    const merged = await send(
      mergeOrganization,
      "POST",
      "/api/v1/organizations/siemens-ag/merge",
      { into: "西门子" },
      {
        headers: editor,
        params: { slug: "siemens-ag" },
      },
    );
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({
      slug: "siemens",
      aliases: ["西门子", "Siemens AG", "SAG"],
      version: keep.version + 1,
      moved: { commitments: 2, deleted: 1, children: 1 },
    });
    expect(await t.db.select().from(organizations).where(eq(organizations.id, dup.id))).toHaveLength(0);
    const [maker] = await t.db.select().from(commitments).where(eq(commitments.id, asMaker.id));
    expect(maker).toMatchObject({ makerId: keep.id, version: asMaker.version + 1 });
    const [counterpart] = await t.db.select().from(commitments).where(eq(commitments.id, asCounterpart.id));
    expect(counterpart?.counterpartId).toBe(keep.id);
    const [moved] = await t.db.select().from(organizations).where(eq(organizations.id, child.id));
    expect(moved?.parentId).toBe(keep.id);

    const restored = await restore(gone.id, admin);
    expect(restored.body.maker).toEqual({ slug: "siemens", name: "Siemens" });

    const entries = await t.db.select().from(auditLog).where(eq(auditLog.action, "merge"));
    expect(entries.map((e) => e.entityId).sort()).toEqual(["siemens", "siemens-ag"]);
  });

  it("refuses merging into itself, into something inside it, or into nothing", async () => {
    const parent = await createOrganization(t.db, { name: "Parent Co" });
    await createOrganization(t.db, { name: "Child Co", parentId: parent.id });
    const attempt = (into: string, slug = "parent-co") =>
      send(
        mergeOrganization,
        "POST",
        `/api/v1/organizations/${slug}/merge`,
        { into },
        {
          headers: editor,
          params: { slug },
        },
      );
    const self = await attempt("Parent Co");
    expect(self.status).toBe(400);
    expect(self.body.error.fields.into).toMatch(/itself/);
    const inside = await attempt("child-co");
    expect(inside.status).toBe(400);
    expect(inside.body.error.fields.into).toMatch(/inside Parent Co/);
    expect((await attempt("Nobody")).status).toBe(400);
    expect((await attempt("parent-co", "no-such-org")).status).toBe(404);
    expect(await t.db.select().from(organizations).where(eq(organizations.id, parent.id))).toHaveLength(1);
  });
});

describe("merging regions", () => {
  it("moves commitments and sub-regions to the region kept", async () => {
    const keep = await createRegion(t.db, { name: "Shenyang", kind: "city" });
    const dup = await createRegion(t.db, { name: "Shenyang City", kind: "city", aliases: ["沈阳市"] });
    const district = await createRegion(t.db, { name: "Tiexi", kind: "other", parentId: dup.id });
    const c = await createCommitment(t.db, { regionId: dup.id });
    const merged = await send(
      mergeRegion,
      "POST",
      "/api/v1/regions/shenyang-city/merge",
      { into: "shenyang" },
      {
        headers: editor,
        params: { slug: "shenyang-city" },
      },
    );
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({ slug: "shenyang", aliases: ["Shenyang City", "沈阳市"] });
    const [row] = await t.db.select().from(commitments).where(eq(commitments.id, c.id));
    expect(row?.regionId).toBe(keep.id);
    const [sub] = await t.db.select().from(regions).where(eq(regions.id, district.id));
    expect(sub?.parentId).toBe(keep.id);
  });
});

describe("back-dated status changes", () => {
  it("take effect on the given day, which the history and the status spans use", async () => {
    const c = await createCommitment(t.db, { announcedOn: "2023-10-10" });
    const changed = await changeStatus(c.id, {
      status: "in_progress",
      reason: "Work began in May 2024",
      effectiveOn: "2024-05-01",
      version: 1,
    });
    expect(changed.status).toBe(200);
    expect(changed.body.statusHistory.map((h: { effectiveOn: string }) => h.effectiveOn)).toEqual([
      "2023-10-10",
      "2024-05-01",
    ]);
    const spans = await t.db
      .select({ to: statusChanges.toStatus, from: statusChanges.effectiveFrom, until: statusChanges.supersededOn })
      .from(statusChanges)
      .where(eq(statusChanges.commitmentId, c.id))
      .orderBy(statusChanges.id);
    expect(spans).toEqual([
      { to: "announced", from: "2023-10-10", until: "2024-05-01" },
      { to: "in_progress", from: "2024-05-01", until: null },
    ]);
    const [started] = await t.db
      .select()
      .from(statusDailyCounts)
      .where(and(eq(statusDailyCounts.status, "in_progress"), eq(statusDailyCounts.day, "2024-05-01")));
    expect(started?.started).toBe(1);

    const later = await changeStatus(c.id, { status: "stalled", reason: "Stalled", version: 2 });
    expect(later.body.statusHistory.at(-1).effectiveOn).toBe(todayIso());
  });

  it("refuse a day in the future, before the announcement, or before the current status", async () => {
    const c = await createCommitment(t.db, { announcedOn: "2023-10-10" });
    const future = await changeStatus(c.id, {
      status: "in_progress",
      reason: "x",
      effectiveOn: "2199-01-01",
      version: 1,
    });
    expect(future.status).toBe(400);
    expect(future.body.error.fields.effectiveOn).toMatch(/today/);
    const early = await changeStatus(c.id, {
      status: "in_progress",
      reason: "x",
      effectiveOn: "2023-01-01",
      version: 1,
    });
    expect(early.status).toBe(400);
    expect(early.body.error.fields.effectiveOn).toMatch(/2023-10-10 or later: the commitment was announced/);
    expect(
      (await changeStatus(c.id, { status: "in_progress", reason: "x", effectiveOn: "2024-06-01", version: 1 })).status,
    ).toBe(200);
    const beforeCurrent = await changeStatus(c.id, {
      status: "stalled",
      reason: "x",
      effectiveOn: "2024-05-31",
      version: 2,
    });
    expect(beforeCurrent.status).toBe(400);
    expect(beforeCurrent.body.error.fields.effectiveOn).toMatch(
      /2024-06-01 or later: its current status \(in progress\)/,
    );
    const badFormat = await changeStatus(c.id, {
      status: "stalled",
      reason: "x",
      effectiveOn: "June 2024",
      version: 2,
    });
    expect(badFormat.status).toBe(400);
  });
});
