import "server-only";
import { type SQL, and, desc, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { type EventKind, commitments, events, follows, inboxReads } from "@/db/schema";
import { todayIso } from "@/lib/dates";
import { eventColumns, onItsCommitment, toEventItem } from "@/lib/events/queries";
import { followScope, followScopeColumns } from "@/lib/follows/scope";
import type { InboxQuery } from "./schemas";

export type InboxItem = {
  id: number;
  kind: EventKind;
  at: string;
  commitment: { id: number; title: string };
  summary: string;
  read: boolean;
};

/**
 * The events a person's inbox holds: those in the scope of anything they follow, from the moment they
 * followed it. Null when they follow nothing. A deleted commitment's events are left out (the join).
 */
export async function inboxCondition(db: Database, userId: string): Promise<SQL | null> {
  const rows = await db
    .select({ ...followScopeColumns, createdAt: follows.createdAt })
    .from(follows)
    .where(eq(follows.userId, userId));
  if (rows.length === 0) return null;
  const today = todayIso();
  const parts = await Promise.all(
    rows.map(
      async (row) =>
        sql`(${await followScope(db, row, today)} and ${events.at} >= ${row.createdAt.toISOString()}::timestamptz)`,
    ),
  );
  return or(...parts)!;
}

/** The left join of an event to this person's read mark (null when unread). */
export const readJoin = (userId: string) => and(eq(inboxReads.eventId, events.id), eq(inboxReads.userId, userId));

export async function unreadCount(db: Database, userId: string): Promise<number> {
  const inScope = await inboxCondition(db, userId);
  if (!inScope) return 0;
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(events)
    .innerJoin(commitments, onItsCommitment)
    .leftJoin(inboxReads, readJoin(userId))
    .where(and(inScope, isNull(inboxReads.eventId)));
  return Number(row?.n ?? 0);
}

/** A page of the inbox, newest first, with the unread count of the whole inbox. */
export async function listInbox(
  db: Database,
  userId: string,
  query: InboxQuery,
): Promise<{ data: InboxItem[]; unread: number }> {
  const inScope = await inboxCondition(db, userId);
  if (!inScope) return { data: [], unread: 0 };
  const rows = await db
    .select({ ...eventColumns, readAt: inboxReads.readAt })
    .from(events)
    .innerJoin(commitments, onItsCommitment)
    .leftJoin(inboxReads, readJoin(userId))
    .where(
      and(
        inScope,
        query.kind?.length ? inArray(events.kind, query.kind) : undefined,
        query.unread ? isNull(inboxReads.eventId) : undefined,
        query.before ? lt(events.id, query.before) : undefined,
      ),
    )
    .orderBy(desc(events.id))
    .limit(query.limit);
  const data = rows.map((row) => {
    const { readAt, at, ...item } = toEventItem(row);
    return { ...item, at: at.toISOString(), read: readAt !== null };
  });
  return { data, unread: await unreadCount(db, userId) };
}
