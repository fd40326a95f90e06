// The count tables that statement-level triggers keep (db/summaries.ts, KEPT_COUNTS) cost most of a bulk load:
// every status change's row trigger ends the previous span with an UPDATE, and each such UPDATE runs the count
// triggers once. With those triggers off, the tables are counted afresh once the rows are in. A run killed in
// between leaves the triggers off, and the next run recounts and turns them back on before anything else.

import type { DatabaseHandle } from "../../db/client";
import { rebuildKeptCounts } from "../../db/summaries";

const COUNT_TRIGGERS = [
  ["evidence", "evidence_daily_counts_insert"],
  ["evidence", "scope_evidence_counts_insert"],
  ["status_changes", "status_daily_counts_insert"],
  ["status_changes", "status_daily_counts_update"],
  ["status_changes", "scope_status_counts_insert"],
  ["status_changes", "scope_status_counts_update"],
] as const;

const switchTriggers = (handle: DatabaseHandle, to: "enable" | "disable") =>
  handle.exec(COUNT_TRIGGERS.map(([table, trigger]) => `alter table ${table} ${to} trigger ${trigger}`).join(";\n"));

async function recountAndSwitchOn(handle: DatabaseHandle): Promise<void> {
  await handle.db.transaction((tx) => rebuildKeptCounts(tx));
  await switchTriggers(handle, "enable");
}

/** Runs `write` with the count triggers off, then counts the tables afresh (also when `write` fails). */
export async function withCountsDeferred<T>(
  handle: DatabaseHandle,
  write: () => Promise<T>,
  log: (line: string) => void,
): Promise<T> {
  await switchTriggers(handle, "disable");
  try {
    return await write();
  } finally {
    const started = performance.now();
    await recountAndSwitchOn(handle);
    log(`  counted the kept count tables afresh (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
}

/** Recounts and turns the count triggers back on if an interrupted run left any of them off. */
export async function repairDeferredCounts(handle: DatabaseHandle, log: (line: string) => void): Promise<void> {
  const [off] = await handle.query<{ n: number }>(
    `select count(*)::int as n from pg_trigger where tgname = any($1::text[]) and tgenabled = 'D'`,
    [COUNT_TRIGGERS.map(([, trigger]) => trigger)],
  );
  if (!off?.n) return;
  log("An interrupted run left the count triggers off; counting afresh and turning them on.");
  await recountAndSwitchOn(handle);
}
