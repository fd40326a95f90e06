import { z } from "zod";
import type { Database } from "@/db/client";
import { resolveReferences } from "@/lib/commitments/filter-sql";
import { parseListParams } from "@/lib/commitments/list-params";
import { LIST_PARAM_KEYS } from "@/lib/commitments/list-spec";
import { invalid } from "@/lib/errors";

const oneOrMany = z.union([z.string(), z.array(z.string())]);

/**
 * The explorer's query (company, region, status, … sort, page, perPage), parsed by the list URL's own
 * parser so that the page, the API and the exports read a URL the same way.
 */
export const listQuery = z
  .looseObject(Object.fromEntries(LIST_PARAM_KEYS.map((key) => [key, oneOrMany.optional()])))
  .transform((raw, ctx) => {
    const { params, errors } = parseListParams(raw as Record<string, string | string[]>);
    for (const [key, message] of Object.entries(errors)) ctx.addIssue({ code: "custom", path: [key], message });
    return params;
  });

/** Names in the filters resolved to ids; a company or region that names nothing is a 400. */
export async function resolveListReferences(db: Database, params: z.output<typeof listQuery>) {
  const refs = await resolveReferences(db, params);
  if (Object.keys(refs.unresolved).length > 0) throw invalid("Some filters name nothing known.", refs.unresolved);
  return refs;
}
