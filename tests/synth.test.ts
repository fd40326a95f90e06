import { describe, expect, it } from "vitest";
import { type SQL, getTableColumns, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Database } from "../db/client";
import { commitments, evidence, organizations, regions, sources, statusChanges } from "../db/schema";
import { queryRows } from "../db/sql";
import { truncateAll } from "../db/reset";
import { checkSummaries } from "../db/summaries";
import { repairDeferredCounts } from "../tools/synth/deferred-counts";
import { repairDeferredIndexes, withIndexesDeferred } from "../tools/synth/deferred-indexes";
import { type SynthOptions, generateSynthData } from "../tools/synth/generate";
import { setupTestDatabase } from "./support/database";

const t = setupTestDatabase();

const TABLES = { regions, organizations, sources, commitments, statusChanges, evidence };

type Fingerprint = Record<keyof typeof TABLES, { rows: number; md5: string }>;

/** Every column the generator determines: all but the write times the database fills in for the world's rows. */
function generatedColumns(table: PgTable): SQL {
  const stampedByDatabase = table === commitments ? [] : ["created_at", "updated_at"];
  const names = Object.values(getTableColumns(table))
    .map((column) => column.name)
    .filter((name) => !stampedByDatabase.includes(name));
  return sql.join(
    names.map((name) => sql.identifier(name)),
    sql`, `,
  );
}

/**
 * Row count and an md5 of every row of every table the generator writes, in id order. Timestamps are written
 * in UTC, so the same data gives the same checksums on PGlite and on PostgreSQL whatever the server's zone.
 */
async function fingerprint(db: Database): Promise<Fingerprint> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local time zone 'UTC'`);
    const result: Partial<Fingerprint> = {};
    for (const [name, table] of Object.entries(TABLES)) {
      const [row] = await queryRows<{ rows: number; md5: string }>(
        tx,
        sql`select count(*)::integer as rows, md5(coalesce(string_agg(t::text, ' | ' order by t.id), '')) as md5
              from (select ${generatedColumns(table)} from ${table}) t`,
      );
      result[name as keyof Fingerprint] = row!;
    }
    return result as Fingerprint;
  });
}

/** Generates into an emptied database (ids restarted, as in a fresh one) and fingerprints the result. */
async function generateFresh(options: SynthOptions): Promise<Fingerprint> {
  await truncateAll(t.db);
  await generateSynthData(t.handle, options);
  return fingerprint(t.db);
}

describe("synthetic data generator", () => {
  const options: SynthOptions = { commitments: 300, evidence: 3, seed: 1, today: "2026-11-24" };

  it("writes the same rows for the same seed and a different set for another seed", { timeout: 120_000 }, async () => {
    const first = await generateFresh(options);
    const again = await generateFresh(options);
    expect(again).toEqual(first);

    expect(first.commitments.rows).toBe(300);
    for (const name of Object.keys(TABLES) as (keyof Fingerprint)[]) expect(first[name].rows, name).toBeGreaterThan(0);
    const [summary] = await t.handle.query<{ evidence: number; counted: number }>(
      `select (select count(*)::integer from evidence) as evidence, (select sum(evidence_count)::integer from commitments) as counted`,
    );
    expect(summary!.counted).toBe(summary!.evidence);

    const other = await generateFresh({ ...options, seed: 2 });
    expect(other.commitments.md5).not.toBe(first.commitments.md5);
    expect(other.evidence.md5).not.toBe(first.evidence.md5);
  });

  const indexes = () =>
    t.handle.query<{ name: string; definition: string }>(
      `select indexname as name, indexdef as definition from pg_indexes
        where schemaname = 'public' and tablename in ('commitments', 'evidence') order by 1`,
    );

  it(
    "loaded in bulk, writes the same rows and ends with every index and every kept count as triggers would leave them",
    { timeout: 120_000 },
    async () => {
      const before = await indexes();
      const kept = await generateFresh(options);
      const deferred = await generateFresh({ ...options, bulkLoad: true });
      expect(deferred).toEqual(kept);
      expect(await indexes()).toEqual(before);
      expect(before.length).toBeGreaterThan(10);
    },
  );

  it("builds the indexes a killed run left unbuilt before anything else", async () => {
    const before = await indexes();
    // A write that never returns stands for a process killed mid-run: the indexes are dropped and kept aside.
    const killed = withIndexesDeferred(
      t.handle,
      ["commitments", "evidence"],
      () => new Promise<never>(() => {}),
      () => {},
    );
    await expect.poll(async () => (await indexes()).length).toBeLessThan(before.length);
    const lines: string[] = [];
    await repairDeferredIndexes(t.handle, (line) => lines.push(line));
    expect(await indexes()).toEqual(before);
    expect(lines).toEqual(["An interrupted run left indexes unbuilt; building them now."]);
    void killed;
  });

  it("counts afresh and turns the count triggers on when a killed run left them off", async () => {
    await generateFresh({ ...options, commitments: 20 });
    await t.handle.exec("alter table evidence disable trigger scope_evidence_counts_insert");
    await t.handle.exec(`insert into evidence (commitment_id, url, url_normalized, title, published_on, stance)
                         select id, 'https://example.org/' || id, 'https://example.org/' || id, 'Late', '2026-01-05', 'supports'
                           from commitments`);
    const off = await checkSummaries(t.db);
    expect(off.find((check) => check.summary === "scope_evidence_counts")?.mismatches).toBeGreaterThan(0);
    const lines: string[] = [];
    await repairDeferredCounts(t.handle, (line) => lines.push(line));
    expect((await checkSummaries(t.db)).filter((check) => check.mismatches > 0)).toEqual([]);
    expect(lines).toHaveLength(1);
    const [trigger] = await t.handle.query<{ enabled: string }>(
      "select tgenabled as enabled from pg_trigger where tgname = 'scope_evidence_counts_insert'",
    );
    expect(trigger?.enabled).toBe("O");
  });
});
