import { auditActorOf } from "@/lib/auth/actor";
import { getCommitmentDetail } from "@/lib/commitments/detail";
import { deleteCommitment } from "@/lib/commitments/deletion";
import { updateCommitment } from "@/lib/commitments/mutations";
import { checkCommitmentEdit } from "@/lib/commitments/write-check";
import { deleteCommitmentSchema } from "@/lib/commitments/write-schemas";
import { todayIso } from "@/lib/dates";
import { readJson, readJsonValue } from "@/lib/http/body";
import { ApiError } from "@/lib/http/errors";
import { idParam } from "@/lib/http/ids";
import { apiRoute, writer } from "@/lib/http/route";

type Context = RouteContext<"/api/v1/commitments/[id]">;

export const GET = apiRoute<Context>("read", async ({ context, db }) => {
  const id = idParam((await context.params).id);
  const commitment = await getCommitmentDetail(db, id);
  if (!commitment) throw new ApiError("not_found", `There is no commitment ${id}.`);
  return Response.json(commitment);
});

/** Edits fields; the body carries the `version` it was based on, and a stale one gets 409. */
export const PATCH = apiRoute<Context>("editor", async ({ request, context, db, actor }) => {
  const id = idParam((await context.params).id);
  const today = todayIso();
  const input = await checkCommitmentEdit(db, id, await readJsonValue(request), today);
  return Response.json(await updateCommitment(db, id, input, auditActorOf(writer(actor)), today));
});

/** Deletes a commitment recorded by mistake, with a reason; an admin can restore it (…/restore). */
export const DELETE = apiRoute<Context>("editor", async ({ request, context, db, actor }) => {
  const id = idParam((await context.params).id);
  const { reason } = await readJson(request, deleteCommitmentSchema);
  return Response.json(await deleteCommitment(db, id, reason, auditActorOf(writer(actor)), todayIso()));
});
