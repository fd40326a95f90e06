import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { commitments, evidence } from "../db/schema";
import { seedDemoData } from "../db/seed/load";
import { sessionHeaders } from "./support/auth";
import { setupTestDatabase } from "./support/database";
import { readImport, undoImport, upload } from "./support/imports";

const t = setupTestDatabase();
let editor: Record<string, string>;
let admin: Record<string, string>;
beforeEach(async () => {
  await seedDemoData(t.db);
  editor = await sessionHeaders(t.db, "editor");
  admin = await sessionHeaders(t.db, "admin");
  const [first] = await t.db.select({ id: commitments.id }).from(commitments).orderBy(commitments.id).limit(1);
  await t.db.update(commitments).set({ externalId: "c-1" }).where(eq(commitments.id, first!.id));
});

const HEADER = "commitment_external_id,url,title,published_on,stance,publisher";
const evidenceCsv = (...rows: string[]) => [HEADER, ...rows].join("\r\n");
const opened = "c-1,https://example.org/plant-opens?utm_source=x,Plant opens,2024-06-01,supports,Example News";
const delayed = "c-1,https://example.org/delay,Plant delayed,2024-07-01,负面,";

const attachedTo = async (externalId: string) => {
  const [owner] = await t.db
    .select({ id: commitments.id })
    .from(commitments)
    .where(eq(commitments.externalId, externalId));
  return t.db.select().from(evidence).where(eq(evidence.commitmentId, owner!.id));
};

describe("importing evidence", () => {
  it("is told by its columns, attaches each link to its commitment, and a second import changes nothing", async () => {
    const before = (await attachedTo("c-1")).length;
    const dry = await upload(editor, "evidence.csv", evidenceCsv(opened, delayed));
    expect(dry.status, JSON.stringify(dry.body)).toBe(200);
    expect(dry.body).toMatchObject({ kind: "evidence", dryRun: true, counts: { create: 2, refused: 0 } });
    expect(await attachedTo("c-1")).toHaveLength(before);

    const done = await upload(editor, "evidence.csv", evidenceCsv(opened, delayed), { dryRun: "false" });
    expect(done.body).toMatchObject({ kind: "evidence", state: "committed", counts: { create: 2 } });
    const attached = await attachedTo("c-1");
    expect(attached).toHaveLength(before + 2);
    expect(attached.find((e) => e.title === "Plant delayed")).toMatchObject({
      stance: "contradicts",
      publisher: "example.org",
    });

    const again = await upload(editor, "evidence.csv", evidenceCsv(opened, delayed), { dryRun: "false" });
    expect(again.body.counts).toMatchObject({ create: 0, unchanged: 2 });
  });

  it("lists stance words it does not know, and takes the analyst's meaning for them", async () => {
    const mixed = "c-1,https://example.org/on-track,On track,2024-08-01,On track,";
    const unknown = await upload(editor, "evidence.csv", evidenceCsv(opened, mixed));
    expect(unknown.body.unknownValues).toEqual({ kind: [], status: [], stance: ["On track"] });
    expect(unknown.body.counts).toMatchObject({ create: 1, refused: 1 });

    const mapping = { columns: {}, values: { stance: { "On track": "supports" } } };
    const done = await upload(editor, "evidence.csv", evidenceCsv(opened, mixed), { dryRun: "false", mapping });
    expect(done.body).toMatchObject({ state: "committed", counts: { create: 2 }, unknownValues: { stance: [] } });
    expect((await attachedTo("c-1")).find((e) => e.title === "On track")?.stance).toBe("supports");
  });

  it("refuses an unknown commitment, a bad link, a future date and the same link twice, writing nothing", async () => {
    const rows = evidenceCsv(
      opened,
      "c-404,https://example.org/a,Unknown,2024-06-01,supports,",
      "c-1,not a link,Bad link,2024-06-01,supports,",
      "c-1,https://example.org/b,Future,2099-01-01,supports,",
      "c-1,https://example.org/plant-opens,Same page,2024-06-02,supports,",
    );
    const before = (await attachedTo("c-1")).length;
    const answer = await upload(editor, "evidence.csv", rows, { dryRun: "false" });
    expect(answer.status).toBe(400);
    expect(await attachedTo("c-1")).toHaveLength(before);
    const report = await readImport(editor, answer.body.error.details.importId, "?action=refused");
    const errors = Object.fromEntries(report.body.rows.map((r: { row: number; errors: object }) => [r.row, r.errors]));
    expect(errors[3]).toEqual({ commitmentExternalId: "names no recorded commitment" });
    expect(errors[4]).toHaveProperty("url");
    expect(errors[5].publishedOn).toBeDefined();
    expect(errors[6]).toEqual({ url: "is also on row 2 for this commitment" });
  });

  it("is undone by an admin unless an item was retracted since", async () => {
    const before = (await attachedTo("c-1")).length;
    const done = await upload(editor, "evidence.csv", evidenceCsv(opened, delayed), { dryRun: "false" });
    const undone = await undoImport(admin, done.body.id);
    expect(undone.status, JSON.stringify(undone.body)).toBe(200);
    expect(await attachedTo("c-1")).toHaveLength(before);

    const second = await upload(editor, "evidence.csv", evidenceCsv(opened), { dryRun: "false" });
    await t.db.update(evidence).set({ retractedAt: new Date() }).where(eq(evidence.title, "Plant opens"));
    const refused = await undoImport(admin, second.body.id);
    expect(refused.status).toBe(409);
    expect(refused.body.error.details.blocking[0]).toMatchObject({
      row: 2,
      reason: "its evidence was retracted since",
    });
  });
});
