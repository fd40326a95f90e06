import { type SQL, is, sql } from "drizzle-orm";
import { PgTable, getTableConfig } from "drizzle-orm/pg-core";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { migrationsFolder } from "../db/migrate";
import * as schema from "../db/schema";
import { searchableText } from "../db/searchable-text";
import { queryRows } from "../db/sql";
import { setupTestDatabase } from "./support/database";
import { fileFunctions, fileIndexes, fileTriggers, functionText, oneLine } from "./support/sql-definitions";

// db/sql/ holds the current definition of every function and trigger, and the indexes only hand-written SQL
// creates; these tests hold it to the migrated database. PostgreSQL prints the definitions (PGlite prints them
// the same way); the files may differ from that only in indentation, blank lines and wrapping.

const t = setupTestDatabase();

type Definition = { name: string; definition: string };

/** Runs catalog queries with a fixed search_path, since it decides which names PostgreSQL prints qualified. */
function catalog(query: SQL): Promise<Definition[]> {
  return t.db.transaction(async (tx) => {
    await tx.execute(sql`set local search_path to public`);
    return queryRows<Definition>(tx, query);
  });
}

const byName = (rows: Definition[], normalize: (text: string) => string) =>
  Object.fromEntries(rows.map((r) => [r.name, normalize(r.definition)]));
const normalized = (definitions: Map<string, string>, normalize: (text: string) => string) =>
  Object.fromEntries([...definitions].map(([name, definition]) => [name, normalize(definition)]));

describe("db/sql", () => {
  it("functions.sql holds every function of ours (not pg_trgm's), as the database defines it", async () => {
    const rows = await catalog(sql`
      select p.proname as name, pg_get_functiondef(p.oid) as definition
        from pg_proc p join pg_namespace n on n.oid = p.pronamespace
       where n.nspname = 'public'
         and not exists (select 1 from pg_depend d
                          where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')`);
    expect(rows.length).toBeGreaterThan(0);
    expect(byName(rows, functionText)).toEqual(normalized(fileFunctions(), functionText));
  });

  it("triggers.sql holds every trigger, as the database defines it", async () => {
    const rows = await catalog(sql`
      select c.relname || '.' || tg.tgname as name, pg_get_triggerdef(tg.oid) as definition
        from pg_trigger tg join pg_class c on c.oid = tg.tgrelid
       where not tg.tgisinternal`);
    expect(rows.length).toBeGreaterThan(0);
    expect(byName(rows, oneLine)).toEqual(normalized(fileTriggers(), oneLine));
  });

  it("indexes.sql holds the indexes that neither the schema nor a constraint accounts for", async () => {
    const rows = await catalog(sql`
      select i.relname as name, pg_get_indexdef(i.oid) as definition
        from pg_index x join pg_class i on i.oid = x.indexrelid join pg_namespace n on n.oid = i.relnamespace
       where n.nspname = 'public'
         and not exists (select 1 from pg_constraint k where k.conindid = x.indexrelid and k.contype in ('p', 'u', 'x'))`);
    const declared = Object.values(schema)
      .filter((value) => is(value, PgTable))
      .flatMap((table) => {
        const config = getTableConfig(table);
        return config.indexes.map((index) => index.config.name ?? `an unnamed index on ${config.name}`);
      });
    const names = rows.map((r) => r.name);
    expect(declared.filter((name) => !names.includes(name))).toEqual([]);
    const rest = rows.filter((r) => !declared.includes(r.name));
    expect(byName(rest, oneLine)).toEqual(normalized(fileIndexes(), oneLine));
  });
});

describe("the searchable text", () => {
  it("is the expression of both search indexes, exactly", async () => {
    const text = searchableText(schema.commitments);
    // PostgreSQL prints the expression db/searchable-text.ts builds, from indexes on a copy of the table made
    // for the purpose; the transaction drops the copy again.
    const [printed] = await t.db.transaction(async (tx) => {
      await tx.execute(sql`create schema search_probe`);
      await tx.execute(sql`create table search_probe.commitments (like public.commitments)`);
      await tx.execute(sql`create index text_probe on search_probe.commitments (${text})`);
      await tx.execute(sql`create index pairs_probe on search_probe.commitments (cjk_bigrams(${text}))`);
      const rows = await queryRows<{ trigrams: string; pairs: string; text: string; textPairs: string }>(
        tx,
        sql`select pg_get_indexdef('public.commitments_search_trgm_idx'::regclass, 1, true) as trigrams,
                   pg_get_indexdef('public.commitments_search_cjk_idx'::regclass, 1, true) as pairs,
                   pg_get_indexdef('search_probe.text_probe'::regclass, 1, true) as text,
                   pg_get_indexdef('search_probe.pairs_probe'::regclass, 1, true) as "textPairs"`,
      );
      await tx.execute(sql`drop schema search_probe cascade`);
      return rows;
    });
    expect(printed!.text).toContain("COALESCE(source_location");
    expect(printed!.trigrams).toBe(printed!.text);
    expect(printed!.pairs).toBe(printed!.textPairs);
  });
});

describe("migrations", () => {
  // Migrations up to 0015 appended hand-written SQL to generated files; from 0016 on it goes into files made
  // with `drizzle-kit generate --custom` (README, "Hand-written SQL").
  it("after 0015 keep hand-written SQL in custom migrations", () => {
    const handWritten = /\bcreate\s+(or\s+replace\s+)?(function|trigger)\b|\$\$|\binclude\s*\(/i;
    const misplaced = fs
      .readdirSync(migrationsFolder)
      .filter((file) => /^\d{4}_.*\.sql$/.test(file) && Number(file.slice(0, 4)) > 15)
      .filter((file) => {
        const text = fs.readFileSync(path.join(migrationsFolder, file), "utf8");
        return handWritten.test(text) && !text.startsWith("-- Custom SQL migration file");
      });
    expect(misplaced).toEqual([]);
  });
});
