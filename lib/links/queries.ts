import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { linkChecks } from "@/db/schema";

export type BrokenLink = { status: number | null; note: string | null; failingSince: string };

/** Of these addresses, those the link checker last found not answering. */
export async function brokenLinks(db: Database, urls: string[]): Promise<Map<string, BrokenLink>> {
  if (urls.length === 0) return new Map();
  const rows = await db
    .select()
    .from(linkChecks)
    .where(and(inArray(linkChecks.url, urls), eq(linkChecks.ok, false)));
  return new Map(
    rows.map((r) => [
      r.url,
      { status: r.status, note: r.note, failingSince: (r.failingSince ?? r.checkedAt).toISOString().slice(0, 10) },
    ]),
  );
}
