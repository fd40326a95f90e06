import { type Column, getTableColumns, getTableName, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Database } from "./client";
import { queryRows } from "./sql";

// Many rows in one statement whose one parameter is the rows as JSON:
//   insert into t (a, b) select a, b from json_populate_recordset(null::t, $1) returning …
// A VALUES list has a parameter per cell, which drizzle builds and PostgreSQL binds one by one; at 1,000
// commitments a batch this costs about three times as much (measured in docs/benchmarks.md, "Imports").
// Rows come back in the order given, as they do from a VALUES list.

type Row = Record<string, unknown>;

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Inserts `rows` (as drizzle's insert takes them: property names, JS values) and answers the `returning`
 * properties of each, in order. Every row must give the same columns: a column with a default that one row
 * leaves out is refused, since JSON would make it null rather than its default.
 */
export async function insertMany<T extends PgTable, K extends keyof T["$inferSelect"] & string>(
  db: Database,
  table: T,
  rows: T["$inferInsert"][],
  returning: readonly K[] = [],
): Promise<Pick<T["$inferSelect"], K>[]> {
  if (rows.length === 0) return [];
  const columns = getTableColumns(table) as Record<string, Column>;
  const given = [
    ...new Set(rows.flatMap((row) => Object.keys(row as Row).filter((k) => (row as Row)[k] !== undefined))),
  ];
  for (const key of given) {
    const column = columns[key];
    if (!column) throw new Error(`insertMany: ${getTableName(table)} has no column for "${key}"`);
    if (column.hasDefault && rows.some((row) => (row as Row)[key] === undefined)) {
      throw new Error(`insertMany: every row must give ${getTableName(table)}.${key}, which has a default`);
    }
  }
  const names = given.map((key) => columns[key]!.name);
  const json = JSON.stringify(
    rows.map((row) =>
      Object.fromEntries(given.map((key, i) => [names[i], jsonValue(columns[key]!, (row as Row)[key])])),
    ),
  );
  const list = sql.raw(names.map(quoted).join(", "));
  const back = returning.length
    ? sql.raw(` returning ${returning.map((key) => `${quoted(columns[key]!.name)} as ${quoted(key)}`).join(", ")}`)
    : sql``;
  const target = sql.raw(quoted(getTableName(table)));
  const answered = await queryRows<Row>(
    db,
    sql`insert into ${target} (${list}) select ${list} from json_populate_recordset(null::${target}, ${json}::json)${back}`,
  );
  return answered.map((row) =>
    Object.fromEntries(
      returning.map((key) => [key, row[key] == null ? null : columns[key]!.mapFromDriverValue(row[key])]),
    ),
  ) as Pick<T["$inferSelect"], K>[];
}

/** A value as the row's JSON holds it: JSON columns as they are (the driver would make them strings). */
function jsonValue(column: Column, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (column.columnType === "PgJsonb" || column.columnType === "PgJson") return value;
  return column.mapToDriverValue(value);
}
