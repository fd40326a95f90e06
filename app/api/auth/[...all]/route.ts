import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/auth/auth";
import { applyCookieSecurity } from "@/app/api/_lib/cookie-security";
import { errorBody, errorCodeFor, withErrorResponses } from "@/app/api/_lib/errors";
import { assertReadableTarget } from "@/app/api/_lib/route";

/** better-auth answers errors as `{ code, message }` or with no body; the API's shape is `{ error: { code, message } }`. */
async function inApiErrorShape(response: Response): Promise<Response> {
  if (response.status < 400) return response;
  const text = await response.text();
  let message: unknown;
  try {
    message = (JSON.parse(text) as { message?: unknown }).message;
  } catch {
    message = undefined;
  }
  const headers = new Headers(response.headers);
  headers.set("content-type", "application/json");
  headers.delete("content-length");
  const fallback =
    response.status === 404 ? "There is no such sign-in endpoint." : `The request was refused (${response.status}).`;
  const body = errorBody(errorCodeFor(response.status), typeof message === "string" && message ? message : fallback);
  return new Response(JSON.stringify(body), { status: response.status, headers });
}

// better-auth's own endpoints: sign in, sign out, change password, session. Built on first request.
const handler = withErrorResponses(async (request: Request) => {
  assertReadableTarget(request);
  const response = await (await getAuth()).handler(request);
  return applyCookieSecurity(request, await inApiErrorShape(response));
});

export const { GET, POST } = toNextJsHandler((request) => handler(request, undefined));
