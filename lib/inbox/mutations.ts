import "server-only";
import { and, inArray, isNull, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { commitments, events, inboxReads } from "@/db/schema";
import { onItsCommitment } from "@/lib/events/queries";
import { inboxCondition, readJoin } from "./queries";
import type { ReadInput } from "./schemas";

/** Marks these inbox items (or all of it) read; items not in the person's inbox are left alone. */
export async function markRead(db: Database, userId: string, input: ReadInput): Promise<{ read: number }> {
  const inScope = await inboxCondition(db, userId);
  if (!inScope) return { read: 0 };
  const unread = db
    .select({
      userId: sql<string>`${userId}`.as("user_id"),
      eventId: events.id,
      readAt: sql<Date>`now()`.as("read_at"),
    })
    .from(events)
    .innerJoin(commitments, onItsCommitment)
    .leftJoin(inboxReads, readJoin(userId))
    .where(and(inScope, isNull(inboxReads.eventId), "ids" in input ? inArray(events.id, input.ids) : undefined));
  const made = await db
    .insert(inboxReads)
    .select(unread)
    .onConflictDoNothing()
    .returning({ eventId: inboxReads.eventId });
  return { read: made.length };
}
