import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { queryRows } from "@/db/sql";
import { invalid } from "@/lib/errors";
import { resolveOrganizationIds } from "@/lib/organizations/queries";
import type { CommitmentStatus } from "@/lib/vocabulary";
import type { SimilarQuery } from "./schemas";

/**
 * Below this trigram similarity (pg_trgm, which reads Chinese as well as Latin script) two titles are taken
 * to say different things: "Build a battery plant in Shenyang" and "Build a new battery plant in Shenyang by
 * 2026" score 0.75, "在沈阳建设新工厂" and "在沈阳建设一座新工厂" 0.54, unrelated pledges below 0.1.
 */
export const SIMILAR_TITLE_THRESHOLD = 0.3;

export type SimilarCommitment = {
  id: number;
  title: string;
  announcedOn: string;
  status: CommitmentStatus;
  maker: { slug: string; name: string };
  /** Trigram similarity of the titles, 0–1. */
  score: number;
};

/**
 * Commitments made by one of `makerIds` whose title is like `title`: the ones a new commitment may
 * duplicate, best first. `exceptId` leaves out the commitment being edited.
 */
export async function findSimilarCommitments(
  db: Database,
  { makerIds, title, exceptId, limit = 5 }: { makerIds: number[]; title: string; exceptId?: number; limit?: number },
): Promise<SimilarCommitment[]> {
  if (makerIds.length === 0) return [];
  const rows = await queryRows<{
    id: number;
    title: string;
    announced_on: string;
    status: CommitmentStatus;
    maker_slug: string;
    maker_name: string;
    score: number;
  }>(
    db,
    sql`select * from (
          select c.id, c.title, c.announced_on::text as announced_on, c.status,
                 o.slug as maker_slug, o.name as maker_name, similarity(c.title, ${title}) as score
            from commitments c join organizations o on o.id = c.maker_id
           where c.maker_id in (${sql.join(
             makerIds.map((id) => sql`${id}`),
             sql`, `,
           )})
             and c.id is distinct from ${exceptId ?? null}::integer
        ) scored
        where score >= ${SIMILAR_TITLE_THRESHOLD}
        order by score desc, id desc
        limit ${limit}`,
  );
  return rows.map((r) => ({
    id: Number(r.id),
    title: r.title,
    announcedOn: r.announced_on,
    status: r.status,
    maker: { slug: r.maker_slug, name: r.maker_name },
    score: Math.round(Number(r.score) * 100) / 100,
  }));
}

/**
 * The commitments of a maker (and its subsidiaries) whose title is like `title`, for the recording form to
 * show before saving (GET /api/v1/commitments/similar).
 */
export async function findSimilarFor(db: Database, query: SimilarQuery): Promise<SimilarCommitment[]> {
  const { maker, title, except, limit } = query;
  const makerIds = await resolveOrganizationIds(db, maker);
  if (makerIds.length === 0) {
    throw invalid("Some query parameters name nothing known.", {
      maker: `no organization is named "${maker}" (by slug, name or alias)`,
    });
  }
  return findSimilarCommitments(db, { makerIds, title, exceptId: except, limit });
}
