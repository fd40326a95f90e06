import { sql } from "drizzle-orm";
import type { Database } from "./client";
import { queryRows } from "./sql";

/** Empties every table of the app (whatever migrations have added) and restarts their ids. For tests only. */
export async function truncateAll(db: Database): Promise<void> {
  const tables = await queryRows<{ name: string }>(
    db,
    sql`select quote_ident(tablename) as name from pg_tables where schemaname = 'public'`,
  );
  if (tables.length === 0) return;
  await db.execute(sql.raw(`truncate ${tables.map((t) => t.name).join(", ")} restart identity cascade`));
}
