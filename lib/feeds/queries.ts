import "server-only";
import { type SQL, and, desc, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { commitments, events, follows, organizations, regions } from "@/db/schema";
import { todayIso } from "@/lib/dates";
import { type EventItem, eventColumns, onItsCommitment, toEventItem } from "@/lib/events/queries";
import { followScope } from "@/lib/follows/scope";
import { resolveIdsQuery } from "@/lib/named-tree";
import { organizationName } from "@/lib/organizations/queries";
import { regionName } from "@/lib/regions/queries";
import { parseRowId } from "@/lib/row-id";

/** Whose events a feed holds: the whole instance, a company with its subsidiaries, a region with those within it, or one commitment. */
export type FeedScope =
  | { all: true }
  | { company: string }
  | { region: string }
  | { commitment: number }
  /** A followed explorer view: its query string. */
  | { view: string };

export type FeedEvent = EventItem;

export const FEED_EVENTS = 50;

export type FeedKind = "all" | "company" | "region" | "commitment" | "view";
export type FeedSubject = { scope: FeedScope; title: string; page: string; path: string };

/** What a feed address names ("companies/bmw-group"), with its title and page; null when nothing is recorded by that name. */
export async function feedSubject(db: Database, kind: FeedKind, ref: string): Promise<FeedSubject | null> {
  if (kind === "all")
    return ref === "all"
      ? { scope: { all: true }, title: "Commitment Tracker: everything", page: "/", path: "/feeds/all" }
      : null;
  if (kind === "company") {
    const name = await organizationName(db, ref);
    return name === null
      ? null
      : {
          scope: { company: ref },
          title: `Commitment Tracker: ${name}`,
          page: `/companies/${ref}`,
          path: `/feeds/companies/${ref}`,
        };
  }
  if (kind === "region") {
    const name = await regionName(db, ref);
    return name === null
      ? null
      : {
          scope: { region: ref },
          title: `Commitment Tracker: ${name}`,
          page: `/regions/${ref}`,
          path: `/feeds/regions/${ref}`,
        };
  }
  const id = parseRowId(ref);
  if (id === null) return null;
  if (kind === "view") {
    const [view] = await db
      .select({ name: follows.viewName, query: follows.viewQuery })
      .from(follows)
      .where(and(eq(follows.id, id), eq(follows.target, "view")));
    return view?.query != null
      ? {
          scope: { view: view.query },
          title: `Commitment Tracker: ${view.name}`,
          page: view.query ? `/commitments?${view.query}` : "/commitments",
          path: `/feeds/views/${id}`,
        }
      : null;
  }
  const [found] = await db.select({ title: commitments.title }).from(commitments).where(eq(commitments.id, id));
  return found
    ? {
        scope: { commitment: id },
        title: `Commitment Tracker: ${found.title}`,
        page: `/commitments/${id}`,
        path: `/feeds/commitments/${id}`,
      }
    : null;
}

async function scopeCondition(db: Database, scope: FeedScope): Promise<SQL | undefined> {
  if ("view" in scope)
    return followScope(
      db,
      { target: "view", viewQuery: scope.view, organizationId: null, regionId: null, commitmentId: null },
      todayIso(),
    );
  if ("company" in scope) {
    const ids = resolveIdsQuery(organizations, scope.company);
    return sql`(${commitments.makerId} in (${ids}) or ${commitments.counterpartId} in (${ids}))`;
  }
  if ("region" in scope) return sql`${commitments.regionId} in (${resolveIdsQuery(regions, scope.region)})`;
  if ("commitment" in scope) return eq(events.commitmentId, scope.commitment);
  return undefined;
}

/** The latest events in a scope, newest first; a deleted commitment's events are left out. */
export async function feedEvents(db: Database, scope: FeedScope, limit = FEED_EVENTS): Promise<FeedEvent[]> {
  const rows = await db
    .select(eventColumns)
    .from(events)
    .innerJoin(commitments, onItsCommitment)
    .where(await scopeCondition(db, scope))
    .orderBy(desc(events.at), desc(events.id))
    .limit(limit);
  return rows.map((row) => toEventItem(row));
}
