import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { queryRows } from "@/db/sql";
import type { Candidate, Restated } from "./types";

/** Below this trigram similarity two statements are taken to say different things. */
export const RESTATEMENT_THRESHOLD = 0.25;

/**
 * The existing commitments a candidate appears to state again: the same maker's (its subsidiaries' too),
 * sharing the counterpart or the region (or a sub-region), whose title, summary or any quote is similar
 * by trigrams (pg_trgm, which reads Chinese as well as Latin script). Best first, at most three.
 */
export async function findRestated(db: Database, candidate: Candidate): Promise<Restated[]> {
  if (!candidate.maker) return [];
  const rows = await queryRows<{ id: number; title: string; announced_on: string; score: number }>(
    db,
    sql`with recursive makers(id) as (
          select id from organizations where slug = ${candidate.maker.slug}
          union all select o.id from organizations o join makers m on o.parent_id = m.id
        ), places(id) as (
          select id from regions where slug = ${candidate.region?.slug ?? null}
          union all select r.id from regions r join places p on r.parent_id = p.id
        ), scored as (
          select c.id, c.title, c.announced_on::text as announced_on,
                 greatest(similarity(c.title || ' ' || coalesce(c.summary, ''), ${candidate.quote}),
                          coalesce((select max(similarity(m.quote, ${candidate.quote})) from mentions m
                                     where m.commitment_id = c.id and m.quote is not null), 0)) as score
            from commitments c
           where c.maker_id in (select id from makers)
             and (c.counterpart_id = (select id from organizations where slug = ${candidate.counterpart?.slug ?? null})
                  or c.region_id in (select id from places)
                  or ${candidate.counterpart === null && candidate.region === null})
        )
        select id, title, announced_on, score from scored where score >= ${RESTATEMENT_THRESHOLD}
         order by score desc, id limit 3`,
  );
  return rows.map((r) => ({ id: Number(r.id), title: r.title, announcedOn: r.announced_on }));
}

/**
 * The restatements of every candidate, in one transaction. Each search is a few small index reads, but
 * PostgreSQL's estimate for it passes the JIT threshold and compiling would cost more than running, so
 * JIT is off for these statements only.
 */
export async function findAllRestated(db: Database, candidates: Candidate[]): Promise<Restated[][]> {
  if (!candidates.some((c) => c.maker)) return candidates.map(() => []);
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    const found: Restated[][] = [];
    for (const candidate of candidates) found.push(await findRestated(tx, candidate));
    return found;
  });
}
