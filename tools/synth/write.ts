// Bulk writing for the synthetic data generator. Each batch is one INSERT … SELECT from
// json_to_recordset($1): a single text parameter per statement whatever the row count, which both
// PGlite and postgres.js pass through cheaply and which has no limit on the number of bind parameters.
// Rows are keyed like the schema's insert types; column names and SQL types come from the schema.

import { type SQL, getTableColumns, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Database, DatabaseHandle } from "../../db/client";
import { organizations, regions, sources } from "../../db/schema";
import { queryRows } from "../../db/sql";

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * `json_to_recordset(rows) as x(…)` with one field per key of the first row, typed as the table's column of
 * that key, or as `extra` names for keys that are not columns (a parent's slug, a position).
 */
function recordset(table: PgTable, rows: readonly object[], extra: Record<string, string> = {}): SQL {
  const columns = getTableColumns(table);
  const fields = Object.keys(rows[0] ?? {}).map((key) => {
    const type = columns[key]?.getSQLType() ?? extra[key];
    if (type === undefined) throw new Error(`"${key}" is neither a column of the table nor an extra field`);
    return `${quoted(key)} ${type}`;
  });
  return sql`json_to_recordset(${JSON.stringify(rows)}::json) as x(${sql.raw(fields.join(", "))})`;
}

/** The table's column names for the given row keys, as a list for INSERT. */
function columnList(table: PgTable, keys: readonly string[]): SQL {
  const columns = getTableColumns(table);
  return sql.raw(keys.map((key) => quoted(columns[key]!.name)).join(", "));
}

/** A row of the table's insert type, with its id when ids are given (`overridingIds`). */
export type InsertRow<T extends PgTable> = T["$inferInsert"] & { id?: number };

/** One multi-row INSERT of `rows`; every row has the same keys. */
export function insertRows<T extends PgTable>(
  table: T,
  rows: readonly InsertRow<T>[],
  { overridingIds = false } = {},
): SQL {
  if (rows.length === 0) throw new Error("insertRows needs at least one row");
  const keys = Object.keys(rows[0]!);
  const overriding = overridingIds ? sql` overriding system value` : sql``;
  return sql`insert into ${table} (${columnList(table, keys)})${overriding}
    select ${sql.raw(keys.map(quoted).join(", "))} from ${recordset(table, rows)}`;
}

export type NamedTreeRow = {
  slug: string;
  name: string;
  kind: string;
  aliases: string[];
  parentSlug: string | null;
  country: string | null;
};

/**
 * Inserts organizations or regions level by level, linking parents by slug. Rows whose slug already
 * exists (the demo data, an earlier run) are kept as they are and reused. Returns every slug's id.
 */
export async function insertNamedTree(
  db: Database,
  table: typeof regions | typeof organizations,
  rows: readonly NamedTreeRow[],
): Promise<Map<string, number>> {
  const depthOf = new Map<string, number>();
  const bySlug = new Map(rows.map((r) => [r.slug, r]));
  const depth = (row: NamedTreeRow): number => {
    const known = depthOf.get(row.slug);
    if (known !== undefined) return known;
    const parent = row.parentSlug ? bySlug.get(row.parentSlug) : undefined;
    const value = parent ? depth(parent) + 1 : 0;
    depthOf.set(row.slug, value);
    return value;
  };
  const levels: NamedTreeRow[][] = [];
  for (const row of rows) (levels[depth(row)] ??= []).push(row);

  const withCountry = table === organizations;
  for (const level of levels) {
    // Ordered by position so ids follow the generator's order whatever join the planner picks
    // (the same seed gives the same ids on PGlite and PostgreSQL).
    const numbered = level.map((r, position) => ({
      slug: r.slug,
      name: r.name,
      kind: r.kind,
      aliases: r.aliases,
      ...(withCountry ? { country: r.country } : {}),
      parentSlug: r.parentSlug,
      position,
    }));
    const country = sql.raw(withCountry ? "country, " : "");
    await db.execute(sql`insert into ${table} (slug, name, kind, aliases, ${country}parent_id)
      select x.slug, x.name, x.kind, x.aliases, ${sql.raw(withCountry ? "x.country, " : "")}p.id
        from ${recordset(table, numbered, { parentSlug: "text", position: "integer" })}
        left join ${table} p on p.slug = x."parentSlug"
       order by x.position
      on conflict (slug) do nothing`);
  }
  return idsByKey(
    db,
    table,
    "slug",
    rows.map((r) => r.slug),
  );
}

/** Inserts sources (an existing url is reused) and returns every url's id. */
export async function insertSources(
  db: Database,
  rows: readonly (typeof sources.$inferInsert)[],
): Promise<Map<string, number>> {
  const numbered = rows.map((row, position) => ({ ...row, position }));
  const keys = Object.keys(rows[0] ?? {});
  await db.execute(sql`insert into ${sources} (${columnList(sources, keys)})
    select ${sql.raw(keys.map(quoted).join(", "))} from ${recordset(sources, numbered, { position: "integer" })}
     order by x.position
    on conflict (url) do nothing`);
  return idsByKey(
    db,
    sources,
    "url",
    rows.map((r) => r.url),
  );
}

async function idsByKey(
  db: Database,
  table: typeof regions | typeof organizations | typeof sources,
  key: "slug" | "url",
  values: string[],
): Promise<Map<string, number>> {
  const rows = await queryRows<{ id: number; key: string }>(
    db,
    sql`select id, ${sql.raw(key)} as key from ${table}
         where ${sql.raw(key)} in (select json_array_elements_text(${JSON.stringify(values)}::json))`,
  );
  return new Map(rows.map((r) => [r.key, Number(r.id)]));
}

/**
 * Takes `count` consecutive ids from a table's identity sequence and returns the first, so that rows
 * can be written with known ids (children reference them without a round trip) while anything else
 * inserting at the same time keeps getting ids after the reserved range.
 */
export async function reserveIds(db: Database, table: string, count: number): Promise<number> {
  const [row] = await queryRows<{ first: string | number }>(
    db,
    sql`select setval(pg_get_serial_sequence(${table}, 'id'), nextval(pg_get_serial_sequence(${table}, 'id')) + ${count} - 1) - ${count} + 1 as first`,
  );
  return Number(row!.first);
}

/**
 * Runs batches of statements in order on one connection. While batch k runs in the database, the
 * iterator is already producing batch k+1 (generation happens in `next()`), so the CPU work of
 * building rows overlaps with the database's work of writing them.
 */
export async function runPipelined(db: Database, batches: Iterable<SQL[]>): Promise<void> {
  let inflight: Promise<void> = Promise.resolve();
  let failure: { error: unknown } | undefined;
  for (const statements of batches) {
    await inflight;
    if (failure) throw failure.error;
    // PGlite answers within the same tick, so without this the whole load would be one chain of
    // microtasks and signals (Ctrl-C) would only be seen at the very end.
    await new Promise((resolve) => setImmediate(resolve));
    inflight = (async () => {
      for (const statement of statements) await db.execute(statement);
    })().catch((error: unknown) => {
      failure = { error };
    });
  }
  await inflight;
  if (failure) throw failure.error;
}

export const disableSummaryTrigger = (handle: DatabaseHandle) =>
  handle.exec("alter table evidence disable trigger evidence_summary");
export const enableSummaryTrigger = (handle: DatabaseHandle) =>
  handle.exec("alter table evidence enable trigger evidence_summary");

/**
 * What the evidence_summary trigger would have done row by row, as one statement: the same aggregate as
 * refresh_commitment_evidence_summary() in the migrations, leaving out retracted evidence.
 */
export async function refreshEvidenceSummary(handle: DatabaseHandle): Promise<void> {
  await handle.exec(`
    update commitments c
       set evidence_count = s.n, latest_evidence_on = s.latest
      from (select commitment_id, count(*)::integer as n, max(published_on) as latest
              from evidence where retracted_at is null group by commitment_id) s
     where c.id = s.commitment_id
       and (c.evidence_count, c.latest_evidence_on) is distinct from (s.n, s.latest)`);
}

/**
 * A run that was killed outright (kill -9, or tsx force-killing a busy process after Ctrl-C) leaves the
 * trigger off and some summaries stale; the next run puts both right before doing anything else.
 */
export async function repairEvidenceSummary(handle: DatabaseHandle, log: (line: string) => void): Promise<void> {
  const [trigger] = await handle.query<{ enabled: string }>(
    "select tgenabled as enabled from pg_trigger where tgname = 'evidence_summary' and tgrelid = 'evidence'::regclass",
  );
  if (trigger?.enabled !== "D") return;
  log(
    "The evidence_summary trigger was left disabled by an interrupted run; refreshing the summaries and enabling it.",
  );
  await refreshEvidenceSummary(handle);
  await enableSummaryTrigger(handle);
}
