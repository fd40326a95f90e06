import { DatabaseConfigError } from "@/db/config";

/** Every error the API answers with, and its HTTP status (CONTRACT.md, "Errors"). */
export const ERROR_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  rate_limited: 429,
  internal_error: 500,
  service_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export type FieldErrors = Record<string, string>;

/** An error meant for the client: its message is safe to show and says what to change. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldErrors,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export function errorResponse(code: ErrorCode, message: string, fields?: FieldErrors, headers?: HeadersInit): Response {
  return Response.json(
    { error: { code, message, ...(fields && Object.keys(fields).length > 0 ? { fields } : {}) } },
    { status: ERROR_STATUS[code], headers },
  );
}

/** Maps anything thrown to a response; unexpected errors are logged and never shown to the client. */
export function toErrorResponse(error: unknown): Response {
  if (error instanceof ApiError) return errorResponse(error.code, error.message, error.fields);
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
