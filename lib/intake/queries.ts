import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { queryRows } from "@/db/sql";
import type { Reference } from "./types";

type Row = { slug: string; name: string; aliases: string[]; kind: string; parent: string | null };

/** Every organization and region the tracker knows, with aliases and parents, for the extractor. */
export async function loadReference(db: Database): Promise<Reference> {
  const [organizations, regions] = await Promise.all([
    queryRows<Row>(
      db,
      sql`select o.slug, o.name, o.aliases, o.kind::text as kind, p.slug as parent
            from organizations o left join organizations p on p.id = o.parent_id order by o.id`,
    ),
    queryRows<Row>(
      db,
      sql`select r.slug, r.name, r.aliases, r.kind::text as kind, p.slug as parent
            from regions r left join regions p on p.id = r.parent_id order by r.id`,
    ),
  ]);
  return {
    organizations: organizations as Reference["organizations"],
    regions: regions as Reference["regions"],
  };
}
