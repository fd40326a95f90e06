import type { DatabaseHandle } from "../client";
import { checkSummaries } from "../summaries";
import { type BackupManifest, describeDatabase } from "./manifest";

export type Verification = { ok: boolean; lines: string[] };

/**
 * Checks a restored database against the backup's manifest: the same migration level, the same number of
 * rows in every table, and every trigger-kept summary in step with a recount of its rows.
 */
export async function verifyRestore(handle: DatabaseHandle, manifest: BackupManifest): Promise<Verification> {
  const restored = await describeDatabase((text) => handle.query(text));
  const lines: string[] = [];
  let ok = true;
  const check = (good: boolean, line: string) => {
    ok &&= good;
    lines.push(`${good ? "ok      " : "MISMATCH"}  ${line}`);
  };
  const level = restored.migrations;
  check(
    level.applied === manifest.migrations.applied && level.latest === manifest.migrations.latest,
    `migration level ${level.applied} (backup: ${manifest.migrations.applied})`,
  );
  const tables = [...new Set([...Object.keys(manifest.rows), ...Object.keys(restored.rows)])].sort();
  for (const table of tables) {
    const expected = manifest.rows[table];
    const found = restored.rows[table];
    check(expected === found, `${table}: ${found ?? "missing"} rows (backup: ${expected ?? "none"})`);
  }
  for (const { summary, mismatches } of await checkSummaries(handle.db)) {
    check(
      mismatches === 0,
      `${summary}: ${mismatches === 0 ? "in step with a recount" : `${mismatches} rows differ from a recount`}`,
    );
  }
  return { ok, lines };
}
