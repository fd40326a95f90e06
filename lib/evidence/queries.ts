import "server-only";
import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { evidence } from "@/db/schema";
import { DomainError } from "@/lib/errors";

/** The address of a commitment's evidence item. */
export async function evidenceUrl(db: Database, commitmentId: number, evidenceId: number): Promise<string> {
  const [row] = await db
    .select({ url: evidence.url })
    .from(evidence)
    .where(and(eq(evidence.id, evidenceId), eq(evidence.commitmentId, commitmentId)));
  if (!row) throw new DomainError("not_found", `Commitment ${commitmentId} has no evidence item ${evidenceId}.`);
  return row.url;
}
