import { auditActorOf } from "@/lib/auth/actor";
import { newUserSchema } from "@/lib/auth/schemas";
import { createUser, listUsers } from "@/lib/auth/users";
import { readJson } from "@/lib/http/body";
import { apiRoute, writer } from "@/lib/http/route";

export const GET = apiRoute("admin", async ({ db }) => Response.json({ data: await listUsers(db) }));

export const POST = apiRoute("admin", async ({ request, db, actor }) => {
  const input = await readJson(request, newUserSchema);
  const created = await createUser(db, input, auditActorOf(writer(actor)));
  return Response.json(created, { status: 201 });
});
