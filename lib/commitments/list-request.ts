import type { Database } from "@/db/client";
import { todayIso } from "@/lib/dates";
import { badRequest } from "@/lib/http/errors";
import { type ResolvedReferences, resolveReferences } from "./filter-sql";
import { parseListParams } from "./list-params";
import type { CommitmentListParams } from "./list-spec";

export type ListRequest = { params: CommitmentListParams; refs: ResolvedReferences; today: string };

/**
 * Reads a list or export query strictly, for the API: any invalid parameter, or a company or region that
 * names nothing, is a 400 with a message per field.
 */
export async function readListRequest(db: Database, url: URL): Promise<ListRequest> {
  const { params, errors } = parseListParams(url.searchParams);
  if (Object.keys(errors).length > 0) {
    throw badRequest("Some query parameters are invalid.", errors);
  }
  const refs = await resolveReferences(db, params);
  if (Object.keys(refs.unresolved).length > 0) {
    throw badRequest("Some filters name nothing known.", refs.unresolved);
  }
  return { params, refs, today: todayIso() };
}
