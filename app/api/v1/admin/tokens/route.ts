import { auditActorOf } from "@/lib/auth/actor";
import { newTokenSchema } from "@/lib/auth/schemas";
import { createApiToken, listApiTokens } from "@/lib/auth/tokens";
import { findUser } from "@/lib/auth/users";
import { readJson } from "@/lib/http/body";
import { badRequest } from "@/lib/http/errors";
import { apiRoute, writer } from "@/lib/http/route";

export const GET = apiRoute("admin", async ({ db }) => Response.json({ data: await listApiTokens(db) }));

/** Creates a token `{ name, user? }`; the answer carries the token itself, which is never shown again. */
export const POST = apiRoute("admin", async ({ request, db, actor }) => {
  const admin = writer(actor);
  const input = await readJson(request, newTokenSchema);
  const owner = await findUser(db, input.user ?? admin.userId);
  if (!owner) throw badRequest("There is no such account.", { user: `no account has the id or email "${input.user}"` });
  const { token, summary } = await createApiToken(db, { userId: owner.id, name: input.name }, auditActorOf(admin));
  return Response.json({ ...summary, token }, { status: 201 });
});
