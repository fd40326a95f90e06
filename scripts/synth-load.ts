// Bulk writing for the synthetic data generator. Each batch is one INSERT … SELECT from
// json_to_recordset($1): a single text parameter per statement whatever the row count, which both
// PGlite and postgres.js pass through cheaply and which has no limit on the number of bind parameters.

import { type SQL, sql } from "drizzle-orm";
import type { Database, DatabaseHandle } from "../db/client";
import { queryRows } from "../db/sql";

/** Column name and the SQL type json_to_recordset reads it as. */
export type ColumnSpec = readonly (readonly [name: string, type: string])[];

export const COMMITMENT_COLUMNS: ColumnSpec = [
  ["id", "integer"],
  ["title", "text"],
  ["summary", "text"],
  ["maker_id", "integer"],
  ["counterpart_id", "integer"],
  ["kind", "commitment_kind"],
  ["sector", "text"],
  ["region_id", "integer"],
  ["announced_on", "date"],
  ["target_on", "date"],
  ["amount", "numeric"],
  ["currency", "text"],
  ["status", "commitment_status"],
  ["progress", "smallint"],
  ["source_id", "integer"],
  ["source_location", "text"],
  ["version", "integer"],
  ["created_at", "timestamptz"],
  ["updated_at", "timestamptz"],
];

export const STATUS_CHANGE_COLUMNS: ColumnSpec = [
  ["commitment_id", "integer"],
  ["from_status", "commitment_status"],
  ["to_status", "commitment_status"],
  ["progress", "smallint"],
  ["reason", "text"],
  ["changed_at", "timestamptz"],
  ["changed_by", "text"],
];

export const EVIDENCE_COLUMNS: ColumnSpec = [
  ["commitment_id", "integer"],
  ["url", "text"],
  ["url_normalized", "text"],
  ["title", "text"],
  ["publisher", "text"],
  ["published_on", "date"],
  ["language", "text"],
  ["stance", "evidence_stance"],
  ["note", "text"],
  ["archive_url", "text"],
  ["added_at", "timestamptz"],
];

/** One multi-row INSERT of `rows` (objects keyed by column name). */
export function insertRows(
  table: string,
  columns: ColumnSpec,
  rows: readonly object[],
  { overridingIds = false } = {},
): SQL {
  const names = columns.map(([name]) => name).join(", ");
  const definitions = columns.map(([name, type]) => `${name} ${type}`).join(", ");
  const overriding = overridingIds ? " overriding system value" : "";
  return sql`insert into ${sql.raw(table)} (${sql.raw(names)})${sql.raw(overriding)}
    select ${sql.raw(names)} from json_to_recordset(${JSON.stringify(rows)}::json) as x(${sql.raw(definitions)})`;
}

export type NamedTreeRow = {
  slug: string;
  name: string;
  kind: string;
  parent_slug: string | null;
  aliases: string[];
  country?: string | null;
};

/**
 * Inserts organizations or regions level by level, linking parents by slug. Rows whose slug already
 * exists (the demo data, an earlier run) are kept as they are and reused. Returns every slug's id.
 */
export async function insertNamedTree(
  db: Database,
  table: "regions" | "organizations",
  rows: NamedTreeRow[],
): Promise<Map<string, number>> {
  const depthOf = new Map<string, number>();
  const bySlug = new Map(rows.map((r) => [r.slug, r]));
  const depth = (row: NamedTreeRow): number => {
    const known = depthOf.get(row.slug);
    if (known !== undefined) return known;
    const parent = row.parent_slug ? bySlug.get(row.parent_slug) : undefined;
    const value = parent ? depth(parent) + 1 : 0;
    depthOf.set(row.slug, value);
    return value;
  };
  const levels: NamedTreeRow[][] = [];
  for (const row of rows) (levels[depth(row)] ??= []).push(row);

  const kindType = table === "regions" ? "region_kind" : "organization_kind";
  const country = table === "organizations";
  for (const level of levels) {
    // Ordered by position so ids follow the generator's order whatever join the planner picks
    // (the same seed gives the same ids on PGlite and PostgreSQL).
    const numbered = level.map((row, position) => ({ ...row, position }));
    await db.execute(sql`insert into ${sql.raw(table)} (slug, name, kind, ${sql.raw(country ? "country, " : "")}parent_id, aliases)
      select x.slug, x.name, x.kind, ${sql.raw(country ? "x.country, " : "")}p.id, x.aliases
        from json_to_recordset(${JSON.stringify(numbered)}::json)
             as x(slug text, name text, kind ${sql.raw(kindType)}, country text, parent_slug text, aliases text[], position integer)
        left join ${sql.raw(table)} p on p.slug = x.parent_slug
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

export type SourceRow = {
  url: string;
  title: string;
  publisher: string;
  published_on: string;
  event_on: string | null;
  language: string;
};

/** Inserts sources (an existing url is reused) and returns every url's id. */
export async function insertSources(db: Database, rows: SourceRow[]): Promise<Map<string, number>> {
  await db.execute(sql`insert into sources (url, title, publisher, published_on, event_on, language)
    select url, title, publisher, published_on, event_on, language
      from json_to_recordset(${JSON.stringify(rows.map((row, position) => ({ ...row, position })))}::json)
           as x(url text, title text, publisher text, published_on date, event_on date, language text, position integer)
     order by x.position
    on conflict (url) do nothing`);
  return idsByKey(
    db,
    "sources",
    "url",
    rows.map((r) => r.url),
  );
}

async function idsByKey(db: Database, table: string, key: string, values: string[]): Promise<Map<string, number>> {
  const rows = await queryRows<{ id: number; key: string }>(
    db,
    sql`select id, ${sql.raw(key)} as key from ${sql.raw(table)}
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

export const DISABLE_SUMMARY_TRIGGER = "alter table evidence disable trigger evidence_summary";
export const ENABLE_SUMMARY_TRIGGER = "alter table evidence enable trigger evidence_summary";

/**
 * What the evidence_summary trigger would have done row by row, as one statement: the same aggregate as
 * refresh_commitment_evidence_summary() in the migrations, which leaves out retracted evidence once the
 * schema has retraction (so this works on databases migrated before and after that column arrived).
 */
export async function refreshEvidenceSummary(handle: DatabaseHandle): Promise<void> {
  const [retraction] = await handle.query<{ present: boolean }>(
    `select exists (select 1 from information_schema.columns
                     where table_schema = current_schema() and table_name = 'evidence' and column_name = 'retracted_at') as present`,
  );
  const live = retraction?.present ? "where retracted_at is null" : "";
  await handle.exec(`
    update commitments c
       set evidence_count = s.n, latest_evidence_on = s.latest
      from (select commitment_id, count(*)::integer as n, max(published_on) as latest
              from evidence ${live} group by commitment_id) s
     where c.id = s.commitment_id
       and (c.evidence_count, c.latest_evidence_on) is distinct from (s.n, s.latest)`);
}
