import { ERROR_STATUS, type ErrorCode, type FieldErrors, errorBody } from "@/app/api/_lib/errors";
import { checkRequestTarget } from "@/app/api/_lib/request-target";

// What the server refuses before Next.js sees a request. Next.js answers a method that fetch() cannot
// represent (TRACE, and the like) and a path segment that is not valid percent-encoded UTF-8 with a bare
// "Internal Server Error", so those never reach it.

const API_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
const PAGE_METHODS = ["GET", "HEAD"] as const;

export type GuardVerdict =
  | { action: "serve" }
  /** Serve the app's own "not found" page instead (for a page address that cannot be read). */
  | { action: "not_found_page" }
  | { action: "answer"; status: number; headers: Record<string, string>; body: string };

function jsonAnswer(code: ErrorCode, message: string, fields?: FieldErrors, headers: Record<string, string> = {}) {
  return {
    action: "answer" as const,
    status: ERROR_STATUS[code],
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(errorBody(code, message, fields)),
  };
}

export const isApiPath = (target: string) => target === "/api" || target.startsWith("/api/");

/** Decides whether a request may go on to the app; `target` is the raw request target (path and query). */
export function guardRequest(method: string, target: string): GuardVerdict {
  const api = isApiPath(target);
  const allowed: readonly string[] = api ? API_METHODS : PAGE_METHODS;
  if (!allowed.includes(method)) {
    const allow = { allow: allowed.join(", ") };
    if (api) return jsonAnswer("method_not_allowed", `The method ${method} is not supported here.`, undefined, allow);
    return {
      action: "answer",
      status: 405,
      headers: { "content-type": "text/plain; charset=utf-8", ...allow },
      body: `The method ${method} is not supported for pages.\n`,
    };
  }
  const problem = checkRequestTarget(target);
  if (!problem) return { action: "serve" };
  return api ? jsonAnswer("bad_request", problem.message, problem.fields) : { action: "not_found_page" };
}
