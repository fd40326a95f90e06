import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { user } from "./auth-schema";
import { commitments, organizations, regions } from "./schema";

// What each person follows (lib/follows). Re-exported by schema.ts. A company is followed with its
// subsidiaries and a region with its sub-regions; a view is an explorer address, named.

export const FOLLOW_TARGETS = ["company", "region", "commitment", "view"] as const;
export type FollowTarget = (typeof FOLLOW_TARGETS)[number];

export const follows = pgTable(
  "follows",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    target: text("target").$type<FollowTarget>().notNull(),
    organizationId: integer("organization_id").references(() => organizations.id, { onDelete: "cascade" }),
    regionId: integer("region_id").references(() => regions.id, { onDelete: "cascade" }),
    commitmentId: integer("commitment_id").references(() => commitments.id, { onDelete: "cascade" }),
    viewName: text("view_name"),
    /** The explorer's query string, without "?" ("status=stalled&company=bmw-group"). */
    viewQuery: text("view_query"),
    /** Changes after this are "new" on the Following page; moved when the person marks them seen. */
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      "follows_one_target",
      sql`(${t.target} = 'company' and ${t.organizationId} is not null and num_nonnulls(${t.regionId}, ${t.commitmentId}, ${t.viewQuery}) = 0)
        or (${t.target} = 'region' and ${t.regionId} is not null and num_nonnulls(${t.organizationId}, ${t.commitmentId}, ${t.viewQuery}) = 0)
        or (${t.target} = 'commitment' and ${t.commitmentId} is not null and num_nonnulls(${t.organizationId}, ${t.regionId}, ${t.viewQuery}) = 0)
        or (${t.target} = 'view' and ${t.viewQuery} is not null and ${t.viewName} is not null and num_nonnulls(${t.organizationId}, ${t.regionId}, ${t.commitmentId}) = 0)`,
    ),
    uniqueIndex("follows_user_company_key")
      .on(t.userId, t.organizationId)
      .where(sql`${t.organizationId} is not null`),
    uniqueIndex("follows_user_region_key")
      .on(t.userId, t.regionId)
      .where(sql`${t.regionId} is not null`),
    uniqueIndex("follows_user_commitment_key")
      .on(t.userId, t.commitmentId)
      .where(sql`${t.commitmentId} is not null`),
    uniqueIndex("follows_user_view_key")
      .on(t.userId, t.viewQuery)
      .where(sql`${t.viewQuery} is not null`),
    index("follows_organization_idx").on(t.organizationId),
    index("follows_region_idx").on(t.regionId),
    index("follows_commitment_idx").on(t.commitmentId),
  ],
);

export type Follow = typeof follows.$inferSelect;
