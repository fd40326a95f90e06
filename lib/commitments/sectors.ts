import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { commitments } from "@/db/schema";
import { queryRows } from "@/db/sql";

/** The sectors in use, most used first: suggestions for the form, so spellings stay consistent. */
export async function listSectors(db: Database, limit = 100): Promise<string[]> {
  const rows = await queryRows<{ sector: string }>(
    db,
    sql`select min(${commitments.sector}) as sector from ${commitments} where ${commitments.sector} is not null
        group by lower(${commitments.sector}) order by count(*) desc, 1 limit ${limit}`,
  );
  return rows.map((r) => r.sector);
}
