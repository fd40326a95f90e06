import { getDb } from "@/db";
import { getCommitmentDetail } from "@/lib/commitments/detail";
import { parseCommitmentId } from "@/lib/commitments/id";
import { ApiError, apiRoute, badRequest } from "@/lib/http/errors";

export const GET = apiRoute<RouteContext<"/api/v1/commitments/[id]">>(async (_request, { params }) => {
  const { id: raw } = await params;
  const id = parseCommitmentId(raw);
  if (id === null)
    throw badRequest("The commitment id must be a positive whole number.", { id: `"${raw}" is not an id` });
  const commitment = await getCommitmentDetail(await getDb(), id);
  if (!commitment) throw new ApiError("not_found", `There is no commitment ${id}.`);
  return Response.json(commitment);
});
