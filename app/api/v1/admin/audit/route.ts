import { auditQuerySchema, listAudit } from "@/lib/audit/queries";
import { fieldErrors } from "@/lib/http/body";
import { badRequest } from "@/lib/http/errors";
import { apiRoute } from "@/lib/http/route";

/** The audit log, newest first: `?action=&entityType=&entityId=&actor=&from=&to=&page=&perPage=`. */
export const GET = apiRoute("admin", async ({ request, db }) => {
  const parsed = auditQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw badRequest("Some query parameters are invalid.", fieldErrors(parsed.error));
  const { data, total } = await listAudit(db, parsed.data);
  return Response.json({ data, page: parsed.data.page, perPage: parsed.data.perPage, total });
});
