import { readSimilarRequest } from "@/lib/commitments/similar-request";
import { apiRoute } from "@/lib/http/route";

/** Possible duplicates of a commitment being recorded: same maker, similar title (best first). */
export const GET = apiRoute("read", async ({ request, db }) => {
  const data = await readSimilarRequest(db, new URL(request.url));
  return Response.json({ data });
});
