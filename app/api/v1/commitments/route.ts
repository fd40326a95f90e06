import { auditActorOf } from "@/lib/auth/actor";
import { readListRequest } from "@/lib/commitments/list-request";
import { listCommitments } from "@/lib/commitments/list-query";
import { createCommitment } from "@/lib/commitments/mutations";
import { checkNewCommitment } from "@/lib/commitments/write-check";
import { todayIso } from "@/lib/dates";
import { readJsonValue } from "@/lib/http/body";
import { apiRoute, writer } from "@/lib/http/route";

export const GET = apiRoute("read", async ({ request, db }) => {
  const { params, refs, today } = await readListRequest(db, new URL(request.url));
  const { data, page, perPage, total } = await listCommitments(db, params, { today, refs });
  return Response.json({ data, page, perPage, total });
});

export const POST = apiRoute("editor", async ({ request, db, actor }) => {
  const today = todayIso();
  const input = await checkNewCommitment(db, await readJsonValue(request), today);
  const created = await createCommitment(db, input, auditActorOf(writer(actor)), today);
  return Response.json(created, { status: 201, headers: { Location: `/api/v1/commitments/${created.id}` } });
});
