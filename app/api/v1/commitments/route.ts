import { readListRequest } from "@/lib/commitments/list-request";
import { listCommitments } from "@/lib/commitments/list-query";
import { apiRoute } from "@/lib/http/route";

export const GET = apiRoute("read", async ({ request, db }) => {
  const { params, refs, today } = await readListRequest(db, new URL(request.url));
  const { data, page, perPage, total } = await listCommitments(db, params, { today, refs });
  return Response.json({ data, page, perPage, total });
});
