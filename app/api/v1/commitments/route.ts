import { getDb } from "@/db";
import { readListRequest } from "@/lib/commitments/list-request";
import { listCommitments } from "@/lib/commitments/list-query";
import { apiRoute } from "@/lib/http/errors";

export const GET = apiRoute(async (request) => {
  const db = await getDb();
  const { params, refs, today } = await readListRequest(db, new URL(request.url));
  const { data, page, perPage, total } = await listCommitments(db, params, { today, refs });
  return Response.json({ data, page, perPage, total });
});
