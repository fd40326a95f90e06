import "server-only";
import { type SQL, and, desc, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { type FollowTarget, commitments, follows, organizations, regions } from "@/db/schema";
import { queryRows } from "@/db/sql";
import { todayIso } from "@/lib/dates";
import { DomainError } from "@/lib/errors";
import { followScope } from "./scope";

/** What changed in a follow's scope since its last visit: commitments added, evidence attached, statuses moved. */
export type FollowChanges = { commitments: number; evidence: number; statusChanges: number };

export type FollowItem = {
  id: number;
  target: FollowTarget;
  /** The company's or region's slug, the commitment's id, or the view's query string. */
  ref: string;
  name: string;
  /** The page that shows it: the company, region or commitment page, or the explorer view. */
  href: string;
  createdAt: string;
  lastSeenAt: string;
  changes: FollowChanges;
};

const selection = {
  id: follows.id,
  target: follows.target,
  viewName: follows.viewName,
  viewQuery: follows.viewQuery,
  commitmentId: follows.commitmentId,
  createdAt: follows.createdAt,
  lastSeenAt: follows.lastSeenAt,
  organizationId: follows.organizationId,
  regionId: follows.regionId,
  organizationSlug: organizations.slug,
  organizationName: organizations.name,
  regionSlug: regions.slug,
  regionName: regions.name,
  commitmentTitle: commitments.title,
};

function followRows(db: Database, where: SQL | undefined) {
  return db
    .select(selection)
    .from(follows)
    .leftJoin(organizations, eq(organizations.id, follows.organizationId))
    .leftJoin(regions, eq(regions.id, follows.regionId))
    .leftJoin(commitments, eq(commitments.id, follows.commitmentId))
    .where(where)
    .orderBy(desc(follows.createdAt), desc(follows.id));
}
type FollowRow = Awaited<ReturnType<typeof followRows>>[number];

async function changesSince(db: Database, row: FollowRow): Promise<FollowChanges> {
  const since = row.lastSeenAt.toISOString();
  const scope = await followScope(db, row, todayIso());
  const [counts] = await queryRows<{ commitments: number; evidence: number; status_changes: number }>(
    db,
    sql`with scope as (select ${commitments.id} as id from ${commitments} where ${scope})
      select
        (select count(*)::int from commitments c where c.id in (select id from scope) and c.created_at > ${since}::timestamptz) as commitments,
        (select count(*)::int from evidence e where e.commitment_id in (select id from scope)
           and e.added_at > ${since}::timestamptz and e.retracted_at is null) as evidence,
        (select count(*)::int from status_changes s where s.commitment_id in (select id from scope)
           and s.changed_at > ${since}::timestamptz and s.from_status is not null) as status_changes`,
  );
  return {
    commitments: Number(counts?.commitments ?? 0),
    evidence: Number(counts?.evidence ?? 0),
    statusChanges: Number(counts?.status_changes ?? 0),
  };
}

function described(row: FollowRow): Pick<FollowItem, "ref" | "name" | "href"> {
  switch (row.target) {
    case "company":
      return { ref: row.organizationSlug!, name: row.organizationName!, href: `/companies/${row.organizationSlug}` };
    case "region":
      return { ref: row.regionSlug!, name: row.regionName!, href: `/regions/${row.regionSlug}` };
    case "commitment":
      return { ref: String(row.commitmentId), name: row.commitmentTitle!, href: `/commitments/${row.commitmentId}` };
    case "view":
      return {
        ref: row.viewQuery!,
        name: row.viewName!,
        href: row.viewQuery ? `/commitments?${row.viewQuery}` : "/commitments",
      };
  }
}

async function toItem(db: Database, row: FollowRow): Promise<FollowItem> {
  return {
    id: row.id,
    target: row.target,
    ...described(row),
    createdAt: row.createdAt.toISOString(),
    lastSeenAt: row.lastSeenAt.toISOString(),
    changes: await changesSince(db, row),
  };
}

/** Everything a person follows, newest first, each with what changed since they last marked it seen. */
export async function listFollows(db: Database, userId: string): Promise<FollowItem[]> {
  const rows = await followRows(db, eq(follows.userId, userId));
  return Promise.all(rows.map((row) => toItem(db, row)));
}

export async function followById(db: Database, userId: string, id: number): Promise<FollowItem> {
  const [row] = await followRows(db, and(eq(follows.id, id), eq(follows.userId, userId)));
  if (!row) throw new DomainError("not_found", `You follow nothing under id ${id}.`);
  return toItem(db, row);
}

/** What a page offers to follow: a company or region by slug, a commitment by id. */
export type FollowableRef = { company: string } | { region: string } | { commitment: number };

/** The id of this person's follow of that company, region or commitment, or null. */
export async function followIdOf(db: Database, userId: string, target: FollowableRef): Promise<number | null> {
  const which =
    "company" in target
      ? eq(organizations.slug, target.company)
      : "region" in target
        ? eq(regions.slug, target.region)
        : eq(follows.commitmentId, target.commitment);
  const [row] = await followRows(db, and(eq(follows.userId, userId), which));
  return row?.id ?? null;
}
