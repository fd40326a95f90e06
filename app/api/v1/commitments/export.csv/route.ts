import { exportCommitments } from "@/lib/commitments/export";
import { csvStream } from "@/lib/commitments/export-stream";
import { readListRequest } from "@/lib/commitments/list-request";
import { apiRoute } from "@/lib/http/route";

export const GET = apiRoute("read", async ({ request, db }) => {
  const { params, refs, today } = await readListRequest(db, new URL(request.url));
  const run = await exportCommitments(db, params, { today, refs });
  return new Response(csvStream(run), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="commitments-${today}.csv"`,
      "X-Total-Count": String(run.total),
    },
  });
});
