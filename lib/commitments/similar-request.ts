import { z } from "zod";
import type { Database } from "@/db/client";
import { badRequest } from "@/lib/http/errors";
import { resolveOrganizationIds } from "@/lib/organizations/queries";
import { type SimilarCommitment, findSimilarCommitments } from "./similar";

const similarQuery = z
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

/**
 * GET /api/v1/commitments/similar?maker=…&title=…[&except=id][&limit=n]: the commitments of that maker (and
 * its subsidiaries) whose title is like `title`, for the recording form to show before saving.
 */
export async function readSimilarRequest(db: Database, url: URL): Promise<SimilarCommitment[]> {
  const entries = [...url.searchParams.keys()];
  const repeated = entries.find((key, i) => entries.indexOf(key) !== i);
  if (repeated) throw badRequest("Some query parameters are invalid.", { [repeated]: "give this parameter once" });
  const result = similarQuery.safeParse(Object.fromEntries(url.searchParams));
  if (!result.success) {
    const fields: Record<string, string> = {};
    for (const issue of result.error.issues) {
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys) fields[key] = "unknown parameter; use maker, title, except and limit";
      } else fields[String(issue.path[0] ?? "query")] ??= issue.message;
    }
    throw badRequest("Some query parameters are invalid.", fields);
  }
  const { maker, title, except, limit } = result.data;
  const makerIds = await resolveOrganizationIds(db, maker);
  if (makerIds.length === 0) {
    throw badRequest("Some query parameters name nothing known.", {
      maker: `no organization is named "${maker}" (by slug, name or alias)`,
    });
  }
  return findSimilarCommitments(db, { makerIds, title, exceptId: except, limit });
}
