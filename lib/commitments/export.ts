import "server-only";
import type { Database } from "@/db/client";
import { type ResolvedReferences, filterConditions, resolveReferences } from "./filter-sql";
import type { CommitmentListParams } from "./list-spec";
import { commitmentsByIds, orderByFor, selectCommitmentIds } from "./queries";
import type { CommitmentJson } from "./serialize";

export const EXPORT_BATCH_SIZE = 1000;

export type ExportRun = {
  /** How many commitments the whole filtered view holds (known before the first batch). */
  total: number;
  /** The commitments in the view's order, a batch at a time, so memory stays flat however large the view. */
  batches: AsyncGenerator<CommitmentJson[]>;
};

/**
 * The whole filtered view (every page), in the list's sort order. Only the ids are held in memory; rows
 * are read a batch at a time, with no transaction held open, so other requests interleave with a long export.
 */
export async function exportCommitments(
  db: Database,
  params: CommitmentListParams,
  { today, refs }: { today: string; refs?: ResolvedReferences },
): Promise<ExportRun> {
  const resolved = refs ?? (await resolveReferences(db, params));
  const idRows = await selectCommitmentIds(db)
    .where(filterConditions(params, resolved, today))
    .orderBy(...orderByFor(params.sort));
  const ids = idRows.map((r) => r.id);

  async function* batches(): AsyncGenerator<CommitmentJson[]> {
    // A commitment deleted since the ids were read is skipped rather than failing the export.
    for (let start = 0; start < ids.length; start += EXPORT_BATCH_SIZE) {
      yield commitmentsByIds(db, ids.slice(start, start + EXPORT_BATCH_SIZE), today);
    }
  }
  return { total: ids.length, batches: batches() };
}
