// Filling a table is faster without its secondary indexes: each is then built once over all rows, instead of
// being updated row by row (the commitments' two text-search GIN indexes above all). The definitions of the
// dropped indexes are kept in a table of their own until they are built again, so a run killed in between
// (kill -9) leaves them for the next run to build, as repairDeferredIndexes does before anything else.

import type { DatabaseHandle } from "../../db/client";

const KEPT = "synth_deferred_indexes";

type IndexDefinition = { name: string; definition: string };

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** The tables' indexes that no constraint owns (not a primary key's), as PostgreSQL prints them. */
function secondaryIndexes(handle: DatabaseHandle, tables: readonly string[]): Promise<IndexDefinition[]> {
  return handle.query<IndexDefinition>(
    `select i.indexname as name, i.indexdef as definition
       from pg_indexes i
      where i.schemaname = 'public' and i.tablename = any($1::text[])
        and not exists (select 1 from pg_constraint c where c.conname = i.indexname)
      order by i.indexname`,
    [tables],
  );
}

async function buildKept(handle: DatabaseHandle): Promise<number> {
  const kept = await handle.query<{ definition: string }>(`select definition from ${KEPT} order by name`);
  // One statement list: one transaction, on one connection, so the memory setting applies to the builds.
  await handle.exec(
    ["set maintenance_work_mem = '256MB'", ...kept.map((k) => k.definition), `drop table ${KEPT}`].join(";\n"),
  );
  return kept.length;
}

/**
 * Drops the secondary indexes of `tables` while `write` runs, then builds them again (also when `write` fails).
 * `tables` must not be read through those indexes meanwhile: a trigger that looks rows up by them would scan.
 */
export async function withIndexesDeferred<T>(
  handle: DatabaseHandle,
  tables: readonly string[],
  write: () => Promise<T>,
  log: (line: string) => void,
): Promise<T> {
  const indexes = await secondaryIndexes(handle, tables);
  // One statement list is one transaction (the simple query protocol): the indexes are never dropped unkept.
  await handle.exec(
    [
      `create table ${KEPT} (name text primary key, definition text not null)`,
      ...indexes.map((i) => `insert into ${KEPT} values (${literal(i.name)}, ${literal(i.definition)})`),
      ...indexes.map((i) => `drop index public.${quoted(i.name)}`),
    ].join(";\n"),
  );
  try {
    return await write();
  } finally {
    const started = performance.now();
    const built = await buildKept(handle);
    log(`  built ${built} indexes of ${tables.join(", ")} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
}

/** Builds the indexes an interrupted run dropped, if there are any. */
export async function repairDeferredIndexes(handle: DatabaseHandle, log: (line: string) => void): Promise<void> {
  const [kept] = await handle.query<{ name: string | null }>(`select to_regclass('public.${KEPT}')::text as name`);
  if (!kept?.name) return;
  log("An interrupted run left indexes unbuilt; building them now.");
  await buildKept(handle);
}
