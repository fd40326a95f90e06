import { parse } from "csv-parse/sync";
import iconv from "iconv-lite";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { auditLog, commitments, organizations } from "../db/schema";
import { GET as exportCsv } from "../app/api/v1/commitments/export.csv/route";
import { truncateAll } from "../db/reset";
import { seedDemoData } from "../db/seed/load";
import { sessionHeaders } from "./support/auth";
import { setupTestDatabase } from "./support/database";
import { call } from "./support/http";
import { readImport, refusedRows, undoImport, upload, workbook } from "./support/imports";

const t = setupTestDatabase();
let editor: Record<string, string>;
let admin: Record<string, string>;
beforeEach(async () => {
  await seedDemoData(t.db);
  editor = await sessionHeaders(t.db, "editor");
  admin = await sessionHeaders(t.db, "admin");
});

const HEADER = "external_id,title,maker,kind,region,announced_on,target_on,amount,currency,status,jobs";
const csv = (...rows: string[]) => [HEADER, ...rows].join("\r\n");
const plant =
  "x-1,Build a plant in Shenyang,BMW Group,pledge,Shenyang,2024-03-01,2026-12-31,1000000,EUR,In Progress,300";
const hub = "x-2,Open a logistics hub,Siemens,intent,Liaoning,2024-04-01,,,,announced,";

const byExternal = async (externalId: string) =>
  (await t.db.select().from(commitments).where(eq(commitments.externalId, externalId)))[0];

describe("POST /api/v1/imports", () => {
  it("reports a dry run row by row and writes nothing", async () => {
    const before = await t.db.$count(commitments);
    const answer = await upload(editor, "pledges.csv", csv(plant, hub));
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body).toMatchObject({ dryRun: true, state: "dry_run", counts: { create: 2, refused: 0 } });
    expect(answer.body.columns).toContainEqual({
      header: "maker",
      field: "maker",
      sample: ["BMW Group", "Siemens"],
    });
    expect(await t.db.$count(commitments)).toBe(before);
  });

  it("commits all rows in one go, maps values, and a second import of the same file changes nothing", async () => {
    const first = await upload(editor, "pledges.csv", csv(plant, hub), { dryRun: "false" });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ dryRun: false, state: "committed", counts: { create: 2 } });
    const stored = await byExternal("x-1");
    expect(stored).toMatchObject({ status: "in_progress", jobs: 300, currency: "EUR", targetOn: "2026-12-31" });
    const audited = await t.db.select().from(auditLog).where(eq(auditLog.action, "import"));
    expect(audited.filter((a) => a.entityType === "commitment")).toHaveLength(2);
    const entry = audited.find((a) => a.entityType === "import");
    expect(entry?.entityId).toBe(String(first.body.id));
    expect(entry?.after).toMatchObject({ fileName: "pledges.csv", fileSha256: first.body.fileSha256 });
    expect(first.body.fileSha256).toMatch(/^[0-9a-f]{64}$/);

    const again = await upload(editor, "pledges.csv", csv(plant, hub), { dryRun: "false" });
    expect(again.body.counts).toEqual({ create: 0, update: 0, unchanged: 2, refused: 0 });
    expect((await byExternal("x-1"))!.version).toBe(stored!.version);
  });

  it("updates by external id, naming the fields that change", async () => {
    await upload(editor, "pledges.csv", csv(plant), { dryRun: "false" });
    const changed = plant.replace("In Progress", "achieved").replace("300", "450");
    const dry = await upload(editor, "pledges.csv", csv(changed));
    expect(dry.body.counts).toMatchObject({ update: 1 });
    expect(dry.body.rows[0]).toMatchObject({
      row: 2,
      action: "update",
      changes: { status: { from: "in_progress", to: "achieved" }, jobs: { from: 300, to: 450 } },
    });
    await upload(editor, "pledges.csv", csv(changed), { dryRun: "false" });
    expect(await byExternal("x-1")).toMatchObject({ status: "achieved", progress: 100, jobs: 450, version: 2 });
  });

  it("refuses bad rows with a message per field, and then writes nothing at all", async () => {
    const before = await t.db.$count(commitments);
    const rows = csv(
      plant,
      "x-3,Bad date,BMW Group,pledge,Shenyang,2024-13-45,,,,,",
      "x-4,Unknown status,BMW Group,pledge,Shenyang,2024-01-01,,,,finished-ish,",
      "x-5,Negative,BMW Group,pledge,Shenyang,2024-01-01,,-5,EUR,,",
      "x-6,Currency alone,BMW Group,pledge,Shenyang,2024-01-01,,,EUR,,",
      "x-1,Same id twice,BMW Group,pledge,Shenyang,2024-01-01,,,,,",
      "x-7,Too many cells,BMW Group,pledge,Shenyang,2024-01-01,,,,,,extra",
    );
    const answer = await upload(editor, "bad.csv", rows, { dryRun: "false" });
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toMatch(/6 rows are refused, so nothing was imported/);
    expect(await t.db.$count(commitments)).toBe(before);
    const report = await readImport(editor, answer.body.error.details.importId, "?action=refused");
    const errors = Object.fromEntries(report.body.rows.map((r: { row: number; errors: object }) => [r.row, r.errors]));
    expect(errors[3]).toHaveProperty("announcedOn");
    expect(errors[4].status).toMatch(/must be one of/);
    expect(errors[5].amount).toMatch(/negative/);
    expect(errors[6].currency).toMatch(/without an amount/);
    expect(errors[7].externalId).toBe("is also on row 2");
    expect(errors[8].row).toMatch(/12 cells/);
  });

  it("gives the refused rows back as CSV with an error column, which imports once fixed", async () => {
    const bad = "x-9,Bad date,BMW Group,pledge,Shenyang,2024-02-30,,,,,";
    const dry = await upload(editor, "pledges.csv", csv(plant, bad));
    const download = await refusedRows(editor, dry.body.id);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-disposition")).toContain("pledges-refused.csv");
    const [header, row] = parse(download.body.replace(/^\uFEFF/, "")) as string[][];
    expect(header).toEqual([...HEADER.split(","), "error"]);
    expect(row!.slice(0, 3)).toEqual(["x-9", "Bad date", "BMW Group"]);
    expect(row!.at(-1)).toMatch(/^Announced on: /);

    const fixed = download.body.replace("2024-02-30", "2024-02-28");
    const again = await upload(editor, "pledges-refused.csv", fixed, { dryRun: "false" });
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expect(again.body.counts).toMatchObject({ create: 1, refused: 0 });
    expect(again.body.columns.find((c: { header: string }) => c.header === "error").field).toBeNull();
  });

  it("refuses files it cannot read, with a clear message", async () => {
    const empty = await upload(editor, "empty.csv", "");
    expect(empty.status).toBe(400);
    const binary = await upload(editor, "image.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    expect(binary.body.error.message).toMatch(/not a CSV or Excel/);
    const headerOnly = await upload(editor, "header.csv", "colour,size\r\n");
    expect(headerOnly.status).toBe(400);
    expect(headerOnly.body.error.message).toMatch(/No column gives title, maker, kind, region, announced on/);
    expect(headerOnly.body.error.details.columns).toEqual([
      { header: "colour", field: null, sample: [] },
      { header: "size", field: null, sample: [] },
    ]);
  });

  it("reads Chinese headers and values, in GB18030 and in an Excel workbook, and takes the analyst's mapping", async () => {
    const chinese = "编号,标题,承诺方,类型,地区,宣布日期,状态\r\nz-1,扩大沈阳产能,宝马,承诺,沈阳,2024-05-01,进行中\r\n";
    const gbk = await upload(editor, "承诺.csv", iconv.encode(chinese, "gb18030"), { dryRun: "false" });
    expect(gbk.status, JSON.stringify(gbk.body)).toBe(200);
    expect(await byExternal("z-1")).toMatchObject({ title: "扩大沈阳产能", status: "in_progress", kind: "pledge" });
    // Nothing was mapped by hand for it, so a file with its columns has no mapping to reuse.
    const again = await upload(editor, "承诺.csv", iconv.encode(chinese, "gb18030"));
    expect(again.body).toMatchObject({ mappingFrom: null, counts: { unchanged: 1 } });

    const book = await workbook([
      ["Ref", "What", "Who", "Type", "Where", "When", "Stage"],
      ["w-1", "Expand R&D", "BMW Group", "Pledge", "Shenyang", new Date(Date.UTC(2024, 5, 1)), "Underway"],
    ]);
    const mapping = {
      columns: { What: "title", Who: "maker", Where: "region", When: "announcedOn", Stage: "status" },
      values: { status: { Underway: "in_progress" } },
    };
    const xlsx = await upload(editor, "pledges.xlsx", book, { dryRun: "false", mapping });
    expect(xlsx.status, JSON.stringify(xlsx.body)).toBe(200);
    expect(await byExternal("w-1")).toMatchObject({ announcedOn: "2024-06-01", status: "in_progress" });

    // A file with the same columns, later, is read with the mapping chosen for it the first time.
    const reused = await upload(editor, "pledges-june.xlsx", book);
    expect(reused.body).toMatchObject({ mappingFrom: xlsx.body.id, mapping, counts: { unchanged: 1 } });
    const unknown = await upload(editor, "pledges.xlsx", book, { mapping: { columns: mapping.columns } });
    expect(unknown.body.unknownValues).toEqual({ kind: [], status: ["Underway"], stance: [] });
  });

  it("refuses a formula cell in a workbook", async () => {
    const book = await workbook([
      ["external_id", "title", "maker", "kind", "region", "announced_on", "amount", "currency"],
      ["f-1", "Formula", "BMW Group", "pledge", "Shenyang", "2024-01-01", { formula: "1+1", result: 2 }, "EUR"],
    ]);
    const answer = await upload(editor, "formula.xlsx", book);
    expect(answer.body.rows[0]).toMatchObject({
      action: "refused",
      errors: { amount: expect.stringMatching(/formula/) },
    });
  });

  it("creates the makers and regions nothing knows, flagging names that look like known ones", async () => {
    const row = "n-1,New plant,Siemens Mobility GmbH,pledge,Tieling,2024-01-01,,,,,";
    const dry = await upload(editor, "new.csv", csv(row));
    expect(dry.body.created.organizations).toEqual([
      { name: "Siemens Mobility GmbH", nearMisses: expect.arrayContaining(["Siemens"]) },
    ]);
    expect(dry.body.created.regions).toEqual([{ name: "Tieling", nearMisses: expect.any(Array) }]);
    await upload(editor, "new.csv", csv(row), { dryRun: "false" });
    const [created] = await t.db.select().from(organizations).where(eq(organizations.slug, "siemens-mobility-gmbh"));
    expect(created).toMatchObject({ name: "Siemens Mobility GmbH", kind: "other" });
  });
});

describe("undoing an import", () => {
  it("removes what it created and restores what it changed, for admins only", async () => {
    await upload(editor, "first.csv", csv(plant), { dryRun: "false" });
    const second = await upload(
      editor,
      "second.csv",
      csv(plant.replace("300", "900"), "u-1,Undo me,New Maker Co,pledge,Shenyang,2024-01-01,,,,,"),
      {
        dryRun: "false",
      },
    );
    expect(second.body.counts).toMatchObject({ create: 1, update: 1 });
    expect((await undoImport(editor, second.body.id)).status).toBe(403);
    const undone = await undoImport(admin, second.body.id);
    expect(undone.status, JSON.stringify(undone.body)).toBe(200);
    expect(await byExternal("u-1")).toBeUndefined();
    expect(await byExternal("x-1")).toMatchObject({ jobs: 300 });
    expect(await t.db.select().from(organizations).where(eq(organizations.slug, "new-maker-co"))).toEqual([]);
    expect((await readImport(editor, second.body.id)).body.state).toBe("undone");
    expect((await undoImport(admin, second.body.id)).status).toBe(409);
  });

  it("is refused, naming the rows, when one of its commitments was edited since", async () => {
    const done = await upload(editor, "first.csv", csv(plant, hub), { dryRun: "false" });
    await t.db
      .update(commitments)
      .set({ title: "Edited by hand", version: 2 })
      .where(eq(commitments.externalId, "x-2"));
    const refused = await undoImport(admin, done.body.id);
    expect(refused.status).toBe(409);
    expect(refused.body.error.details.blocking).toEqual([
      { row: 3, commitmentId: (await byExternal("x-2"))!.id, reason: "its commitment was edited since" },
    ]);
    expect(await byExternal("x-1")).toBeDefined();
  });
});

describe("the export's own columns", () => {
  it("import into an empty instance and export again as the same rows", async () => {
    const exported = await call(exportCsv, "/api/v1/commitments/export.csv?sort=title&perPage=200");
    expect(exported.status).toBe(200);
    await truncateAll(t.db);
    const editorHere = await sessionHeaders(t.db, "editor");
    const imported = await upload(editorHere, "export.csv", exported.body, { dryRun: "false" });
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    expect(imported.body.counts.refused).toBe(0);

    const again = await call(exportCsv, "/api/v1/commitments/export.csv?sort=title&perPage=200");
    // Ids, versions and times are this instance's own; evidence was not imported, so what depends on it differs.
    const own = new Set(["id", "version", "updated_at", "evidence_count", "latest_evidence_on", "stale"]);
    const rows = (text: string) => {
      const [header, ...lines] = parse(text.replace(/^\uFEFF/, ""), { relax_column_count: true }) as string[][];
      return lines.map((line) => Object.fromEntries(header!.flatMap((h, i) => (own.has(h) ? [] : [[h, line[i]]]))));
    };
    expect(rows(again.body)).toEqual(rows(exported.body));
    expect(rows(again.body).length).toBeGreaterThan(5);
  });
});
