import { DatabaseConfigError } from "@/db/config";
import { DomainError, type DomainErrorCode, type FieldErrors } from "@/lib/errors";

export type { FieldErrors };

/** Every error the API answers with, and its HTTP status (CONTRACT.md, "Errors"). */
export const ERROR_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  method_not_allowed: 405,
  payload_too_large: 413,
  rate_limited: 429,
  internal_error: 500,
  service_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** The error code for an HTTP status (an unlisted 4xx is a bad request, an unlisted 5xx an internal error). */
export function errorCodeFor(status: number): ErrorCode {
  const found = (Object.entries(ERROR_STATUS) as [ErrorCode, number][]).find(([, s]) => s === status);
  return found ? found[0] : status >= 500 ? "internal_error" : "bad_request";
}

/** How each refusal of the domain is answered. */
const DOMAIN_ERROR_CODE: Record<DomainErrorCode, ErrorCode> = {
  invalid: "bad_request",
  not_found: "not_found",
  conflict: "conflict",
  too_large: "payload_too_large",
  forbidden: "forbidden",
  unavailable: "service_unavailable",
};

/** An error meant for the client: its message is safe to show and says what to change. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldErrors,
    /** More the client can use, e.g. the existing record a duplicate collides with. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** The JSON body of every error answer (CONTRACT.md): `{ error: { code, message, fields?, details? } }`. */
export function errorBody(code: ErrorCode, message: string, fields?: FieldErrors, details?: Record<string, unknown>) {
  return {
    error: {
      code,
      message,
      ...(fields && Object.keys(fields).length > 0 ? { fields } : {}),
      ...(details && Object.keys(details).length > 0 ? { details } : {}),
    },
  };
}

export function errorResponse(
  code: ErrorCode,
  message: string,
  fields?: FieldErrors,
  details?: Record<string, unknown>,
): Response {
  return Response.json(errorBody(code, message, fields, details), { status: ERROR_STATUS[code] });
}

/** The PostgreSQL error code behind an error (drizzle wraps driver errors in `cause`). */
function postgresCode(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  }
  return undefined;
}

/** Maps anything thrown to a response; unexpected errors are logged and never shown to the client. */
export function toErrorResponse(error: unknown): Response {
  if (error instanceof ApiError) return errorResponse(error.code, error.message, error.fields, error.details);
  if (error instanceof DomainError) {
    return errorResponse(DOMAIN_ERROR_CODE[error.code], error.message, error.fields, error.details);
  }
  // Rules the database enforces (should the checks before it miss one): still the client's problem, not ours.
  const pg = postgresCode(error);
  if (pg === "23505") return errorResponse("conflict", "This would duplicate a record that already exists.");
  if (pg === "23514" || pg === "22001" || pg === "22003" || pg === "22007" || pg === "22P02") {
    return errorResponse("bad_request", "Some values break the tracker's rules (for example a date order or a range).");
  }
  if (pg === "23503")
    return errorResponse("conflict", "This refers to a record that does not exist, or is still referred to.");
  if (pg === "40001" || pg === "40P01") return errorResponse("conflict", "Another change got in the way; try again.");
  if (error instanceof DatabaseConfigError) {
    console.error(`Database unavailable: ${error.message}`);
    return errorResponse("service_unavailable", "The database is unavailable right now. Try again shortly.");
  }
  console.error(error);
  return errorResponse("internal_error", "Something went wrong on the server. The error was logged.");
}

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/** Wraps a handler so that no error escapes as a stack trace or an HTML page. */
export function withErrorResponses<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}

export function badRequest(message: string, fields?: FieldErrors): ApiError {
  return new ApiError("bad_request", message, fields);
}
