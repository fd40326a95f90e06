import { exportCommitments } from "@/lib/commitments/export";
import { jsonStream } from "@/lib/commitments/export-stream";
import { readListRequest } from "@/lib/commitments/list-request";
import { apiRoute } from "@/lib/http/route";

export const GET = apiRoute("read", async ({ request, db }) => {
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
