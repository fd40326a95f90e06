import "server-only";
import { z } from "zod";
import type { Database } from "@/db/client";
import { invalid } from "@/lib/errors";
import { resolveOrganizationIds } from "@/lib/organizations/queries";
import { type SimilarCommitment, findSimilarCommitments } from "./similar";

export const similarQuery = z
  .object({
    maker: z
      .string({ error: "is required: the maker's slug, name or alias" })
      .trim()
      .min(1, "is required: the maker's slug, name or alias")
      .max(200, "must be at most 200 characters"),
    title: z
      .string({ error: "is required: the title to compare" })
      .trim()
      .min(1, "is required: the title to compare")
      .max(300, "must be at most 300 characters"),
    except: z.coerce
      .number({ error: "must be a commitment id" })
      .int("must be a commitment id")
      .min(1, "must be a commitment id")
      .max(2_147_483_647, "must be a commitment id")
      .optional(),
    limit: z.coerce
      .number({ error: "must be a whole number" })
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .max(20, "must be at most 20")
      .default(5),
  })
  .strict();
export type SimilarQuery = z.output<typeof similarQuery>;

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
