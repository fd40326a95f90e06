import { getCommitmentDetail } from "@/lib/commitments/detail";
import { parseCommitmentId } from "@/lib/commitments/id";
import { ApiError, badRequest } from "@/lib/http/errors";
import { apiRoute } from "@/lib/http/route";

type Context = RouteContext<"/api/v1/commitments/[id]">;

export const GET = apiRoute<Context>("read", async ({ context, db }) => {
  const { id: raw } = await context.params;
  const id = parseCommitmentId(raw);
  if (id === null)
    throw badRequest("The commitment id must be a positive whole number.", { id: `"${raw}" is not an id` });
  const commitment = await getCommitmentDetail(db, id);
  if (!commitment) throw new ApiError("not_found", `There is no commitment ${id}.`);
  return Response.json(commitment);
});
