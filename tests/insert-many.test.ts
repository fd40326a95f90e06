import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { insertMany } from "../db/insert-many";
import { auditLog, organizations } from "../db/schema";
import { setupTestDatabase } from "./support/database";

const t = setupTestDatabase();

describe("insertMany (rows as one JSON parameter)", () => {
  it("writes every kind of column as drizzle's insert would, and answers the rows in order", async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => ({
      slug: `maker-${i}`,
      name: i === 7 ? `Quote "and" back\\slash 宝马 ${i}` : `Maker ${i}`,
      kind: "company" as const,
      aliases: i % 2 === 0 ? [`M${i}`, "华晨"] : [],
    }));
    const made = await insertMany(t.db, organizations, rows, ["id", "slug"]);
    expect(made.map((m) => m.slug)).toEqual(rows.map((r) => r.slug));
    expect(made.every((m) => typeof m.id === "number")).toBe(true);
    const stored = await t.db
      .select()
      .from(organizations)
      .where(inArray(organizations.id, [made[0]!.id, made[7]!.id]))
      .orderBy(organizations.id);
    expect(stored[0]).toMatchObject({ name: "Maker 0", aliases: ["M0", "华晨"], country: null, version: 1 });
    expect(stored[1]).toMatchObject({ name: `Quote "and" back\\slash 宝马 7`, aliases: [] });
    expect(stored[0]!.createdAt).toBeInstanceOf(Date);
  });

  it("keeps JSON columns as objects and leaves out keys a row does not give as null", async () => {
    await insertMany(t.db, auditLog, [
      {
        actorLabel: "tester",
        action: "import",
        entityType: "commitment",
        entityId: "1",
        after: { a: [1, "x"], n: null },
      },
      { actorLabel: "tester", action: "import", entityType: "commitment", entityId: "2" },
    ]);
    const [first] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, "1"));
    const [second] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, "2"));
    expect(first!.after).toEqual({ a: [1, "x"], n: null });
    expect(second!.after).toBeNull();
  });

  it("refuses a row that leaves out a column with a default another row gives", async () => {
    const rows = [
      { slug: "a", name: "A", kind: "company" as const, aliases: ["x"] },
      { slug: "b", name: "B", kind: "company" as const },
    ];
    await expect(insertMany(t.db, organizations, rows)).rejects.toThrow(/every row must give organizations.aliases/);
    expect(await t.db.$count(organizations)).toBe(0);
  });

  it("does nothing for no rows", async () => {
    expect(await insertMany(t.db, organizations, [], ["id"])).toEqual([]);
  });
});
