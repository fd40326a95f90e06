import { getDb } from "@/db";
import { exportCommitments } from "@/lib/commitments/export";
import { jsonStream } from "@/lib/commitments/export-stream";
import { readListRequest } from "@/lib/commitments/list-request";
import { apiRoute } from "@/lib/http/errors";

export const GET = apiRoute(async (request) => {
  const db = await getDb();
  const { params, refs, today } = await readListRequest(db, new URL(request.url));
  const run = await exportCommitments(db, params, { today, refs });
  return new Response(jsonStream(run, new Date().toISOString()), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="commitments-${today}.json"`,
      "X-Total-Count": String(run.total),
    },
  });
});
