import { unsafeTextReason } from "./unsafe-text";

export type TargetProblem = { message: string; fields: Record<string, string> };

function splitTarget(target: string): { pathname: string; query: string } {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
    // An absolute URL (a route handler's request.url): the URL parser keeps percent-escapes as sent.
    const url = new URL(target);
    return { pathname: url.pathname, query: url.search.slice(1) };
  }
  const mark = target.indexOf("?");
  return mark === -1
    ? { pathname: target, query: "" }
    : { pathname: target.slice(0, mark), query: target.slice(mark + 1) };
}

/**
 * Checks a request's address before any route reads it: every path segment must be well-formed
 * percent-encoded UTF-8, and no decoded segment, query name or query value may hold text the database
 * refuses (unsafe-text.ts). Returns what is wrong, or null.
 */
export function checkRequestTarget(target: string): TargetProblem | null {
  const { pathname, query } = splitTarget(target);
  for (const segment of pathname.split("/")) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return {
        message: "The address is malformed: a path segment holds an invalid percent-escape.",
        fields: { path: "holds an invalid percent-escape (not UTF-8)" },
      };
    }
    const reason = unsafeTextReason(decoded);
    if (reason) return { message: "The address is not valid.", fields: { path: `a segment ${reason}` } };
  }
  for (const [key, value] of new URLSearchParams(query)) {
    const keyReason = unsafeTextReason(key);
    if (keyReason)
      return { message: "The query string is not valid.", fields: { query: `a parameter name ${keyReason}` } };
    const reason = unsafeTextReason(value);
    if (reason) return { message: "Some query parameters are invalid.", fields: { [key]: reason } };
  }
  return null;
}
