import { errorBody } from "@/app/api/_lib/errors";
import { getDb } from "@/db";
import { unsubscribe } from "@/lib/notify/unsubscribe";

// The unsubscribe link's action, without signing in: the token in the address is the authority. Mail
// programs POST here directly (RFC 8058 one-click, "List-Unsubscribe=One-Click"); the /unsubscribe page's
// button does too, and is sent back to that page.

export async function POST(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const done = token ? await unsubscribe(await getDb(), token) : null;
  const body = request.headers.get("content-type")?.includes("form")
    ? await request.formData().catch(() => null)
    : null;
  const oneClick = body?.get("List-Unsubscribe") === "One-Click";
  if (!done) {
    const message = "This unsubscribe link is not valid (it may be incomplete, or from another tracker).";
    return Response.json(errorBody("bad_request", message, { token: "is not a link this tracker made" }), {
      status: 400,
    });
  }
  if (oneClick) {
    return new Response(`No more email will be sent to ${done.email}.`, {
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  return new Response(null, {
    status: 303,
    headers: { location: `/unsubscribe?token=${encodeURIComponent(token)}&done=1` },
  });
}
