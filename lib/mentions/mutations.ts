import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import { type NewMention, mentions } from "@/db/schema";

/**
 * Keeps the mention of a commitment's own source (the one recorded with it, without a quote) in step with
 * its source: created with it, moved when the source changes, removed when it is cleared.
 */
export async function syncSourceMention(
  db: Database,
  commitmentId: number,
  sourceId: number | null,
  createdBy: string,
): Promise<void> {
  const unquotedOriginal = and(
    eq(mentions.commitmentId, commitmentId),
    eq(mentions.restatement, false),
    isNull(mentions.quote),
  );
  if (sourceId === null) {
    await db.delete(mentions).where(unquotedOriginal);
    return;
  }
  const [existing] = await db.select({ id: mentions.id }).from(mentions).where(unquotedOriginal);
  if (existing) await db.update(mentions).set({ sourceId }).where(eq(mentions.id, existing.id));
  else await db.insert(mentions).values({ commitmentId, sourceId, createdBy });
}

/** Records that a statement said a commitment (with its words, from statement intake). */
export async function addMention(db: Database, mention: NewMention): Promise<number> {
  const [row] = await db.insert(mentions).values(mention).returning({ id: mentions.id });
  return row!.id;
}
