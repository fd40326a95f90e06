import { sql } from "drizzle-orm";
import type { Database } from "./client";
import { queryRows } from "./sql";

/**
 * Empties every table of the app (whatever migrations have added) and restarts their ids. For tests only.
 * The audit log refuses TRUNCATE (migration 0013); its triggers are switched off for this one transaction.
 */
export async function truncateAll(db: Database): Promise<void> {
  const tables = await queryRows<{ name: string }>(
    db,
    sql`select quote_ident(tablename) as name from pg_tables where schemaname = 'public'`,
  );
  if (tables.length === 0) return;
  const names = tables.map((t) => t.name);
  await db.transaction(async (tx) => {
    if (names.includes("audit_log")) await tx.execute(sql`alter table audit_log disable trigger user`);
    await tx.execute(sql.raw(`truncate ${names.join(", ")} restart identity cascade`));
    if (names.includes("audit_log")) await tx.execute(sql`alter table audit_log enable trigger user`);
  });
}
