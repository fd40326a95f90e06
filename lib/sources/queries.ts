import "server-only";
import { desc, eq, ilike, or } from "drizzle-orm";
import type { Database } from "@/db/client";
import { type Source, sources } from "@/db/schema";

export type SourceJson = {
  id: number;
  url: string;
  title: string;
  publisher: string | null;
  publishedOn: string;
  eventOn: string | null;
  language: string;
  version: number;
};

export const toSourceJson = (s: Source): SourceJson => ({
  id: s.id,
  url: s.url,
  title: s.title,
  publisher: s.publisher,
  publishedOn: s.publishedOn,
  eventOn: s.eventOn,
  language: s.language,
  version: s.version,
});

/** Sources whose title, publisher or address contains `text`, newest first (all of them without text). */
export async function searchSources(db: Database, text: string | undefined, limit = 20): Promise<SourceJson[]> {
  const pattern = text ? `%${text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const rows = await db
    .select()
    .from(sources)
    .where(
      pattern
        ? or(ilike(sources.title, pattern), ilike(sources.publisher, pattern), ilike(sources.url, pattern))
        : undefined,
    )
    .orderBy(desc(sources.publishedOn), desc(sources.id))
    .limit(limit);
  return rows.map(toSourceJson);
}

export async function getSource(db: Database, id: number): Promise<SourceJson | null> {
  const [row] = await db.select().from(sources).where(eq(sources.id, id));
  return row ? toSourceJson(row) : null;
}
