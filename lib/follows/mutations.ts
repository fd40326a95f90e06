import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { commitments, follows, organizations, regions } from "@/db/schema";
import { DomainError, invalid } from "@/lib/errors";
import { resolveOneId } from "@/lib/named-tree-write";
import { type FollowItem, followById } from "./queries";
import type { FollowInput, SeenInput } from "./schemas";
import { viewQueryOf } from "./view-url";

async function valuesFor(db: Database, userId: string, input: FollowInput) {
  if (input.company !== undefined) {
    const id = await resolveOneId(db, organizations, input.company, { field: "company", noun: "organization" });
    return { userId, target: "company" as const, organizationId: id };
  }
  if (input.region !== undefined) {
    const id = await resolveOneId(db, regions, input.region, { field: "region", noun: "region" });
    return { userId, target: "region" as const, regionId: id };
  }
  if (input.commitment !== undefined) {
    const [found] = await db
      .select({ id: commitments.id })
      .from(commitments)
      .where(eq(commitments.id, input.commitment));
    if (!found)
      throw invalid("There is no such commitment.", { commitment: `names no commitment (${input.commitment})` });
    return { userId, target: "commitment" as const, commitmentId: found.id };
  }
  const view = input.view!;
  return { userId, target: "view" as const, viewName: view.name, viewQuery: viewQueryOf(view.url) };
}

/** Follows something for `userId`; following it again answers the follow that exists. */
export async function follow(db: Database, userId: string, input: FollowInput): Promise<FollowItem> {
  const values = await valuesFor(db, userId, input);
  const [made] = await db.insert(follows).values(values).onConflictDoNothing().returning({ id: follows.id });
  if (made) return followById(db, userId, made.id);
  const same = and(
    eq(follows.userId, userId),
    values.target === "company"
      ? eq(follows.organizationId, values.organizationId)
      : values.target === "region"
        ? eq(follows.regionId, values.regionId)
        : values.target === "commitment"
          ? eq(follows.commitmentId, values.commitmentId)
          : eq(follows.viewQuery, values.viewQuery),
  );
  const [existing] = await db.select({ id: follows.id }).from(follows).where(same);
  return followById(db, userId, existing!.id);
}

export async function unfollow(db: Database, userId: string, id: number): Promise<{ id: number; deleted: true }> {
  const [gone] = await db
    .delete(follows)
    .where(and(eq(follows.id, id), eq(follows.userId, userId)))
    .returning({ id: follows.id });
  if (!gone) throw new DomainError("not_found", `You follow nothing under id ${id}.`);
  return { id, deleted: true };
}

/** What changed in these follows (or all of them) counts as seen from now on. */
export async function markSeen(db: Database, userId: string, input: SeenInput): Promise<{ seen: number }> {
  const rows = await db
    .update(follows)
    .set({ lastSeenAt: sql`now()` })
    .where(and(eq(follows.userId, userId), "ids" in input ? inArray(follows.id, input.ids) : undefined))
    .returning({ id: follows.id });
  return { seen: rows.length };
}
