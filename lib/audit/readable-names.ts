import "server-only";
import { inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { organizations, regions, user } from "@/db/schema";
import type { FieldChanges } from "./record";
import { type ReferenceNames, emailInLabel, referenceKind } from "./readable";

export type ReadableNames = { people: ReadonlyMap<string, string>; references: ReferenceNames };

export const NO_NAMES: ReadableNames = {
  people: new Map(),
  references: { organizations: new Map(), regions: new Map() },
};

type Changed = { entityType: string; changes: FieldChanges | null };

/**
 * The names a history needs, in three queries at most: the people behind actor labels (by email), and the
 * organizations and regions whose slugs appear in changed values.
 */
export async function loadReadableNames(
  db: Database,
  labels: Iterable<string | null>,
  changed: Iterable<Changed> = [],
): Promise<ReadableNames> {
  const emails = new Set<string>();
  for (const label of labels) {
    const email = label ? emailInLabel(label) : null;
    if (email) emails.add(email);
  }
  const slugs = { organizations: new Set<string>(), regions: new Set<string>() };
  for (const { entityType, changes } of changed) {
    for (const [field, { from, to }] of Object.entries(changes ?? {})) {
      const kind = referenceKind(field, entityType);
      if (!kind) continue;
      for (const value of [from, to]) if (typeof value === "string" && value) slugs[kind].add(value);
    }
  }
  const [people, orgs, regs] = await Promise.all([
    emails.size
      ? db
          .select({ email: user.email, name: user.name })
          .from(user)
          .where(inArray(user.email, [...emails]))
      : [],
    slugs.organizations.size
      ? db
          .select({ slug: organizations.slug, name: organizations.name })
          .from(organizations)
          .where(inArray(organizations.slug, [...slugs.organizations]))
      : [],
    slugs.regions.size
      ? db
          .select({ slug: regions.slug, name: regions.name })
          .from(regions)
          .where(inArray(regions.slug, [...slugs.regions]))
      : [],
  ]);
  return {
    people: new Map(people.map((p) => [p.email.toLowerCase(), p.name])),
    references: {
      organizations: new Map(orgs.map((o) => [o.slug, o.name])),
      regions: new Map(regs.map((r) => [r.slug, r.name])),
    },
  };
}
