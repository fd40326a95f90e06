/** A message per field, keyed by the field's path ("source.url"). */
export type FieldErrors = Record<string, string>;

/**
 * What a service can refuse, in the domain's terms: the input breaks a rule (`invalid`), names nothing
 * (`not_found`), collides with what exists or changed meanwhile (`conflict`), is more than the tracker takes
 * (`too_large`), or is not this caller's to do (`forbidden`). The HTTP layer (app/api/_lib/errors.ts) turns each into a status code.
 */
/** `unavailable`: a service the domain relies on (a web archive) is off or failed; try again later. */
export type DomainErrorCode = "invalid" | "not_found" | "conflict" | "too_large" | "forbidden" | "unavailable";

/** An error whose message is safe to show and says what to change. */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly fields?: FieldErrors,
    /** More the caller can use, e.g. the existing record a duplicate collides with. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const invalid = (message: string, fields?: FieldErrors) => new DomainError("invalid", message, fields);

export const notFound = (message: string) => new DomainError("not_found", message);

export const conflict = (message: string, fields?: FieldErrors, details?: Record<string, unknown>) =>
  new DomainError("conflict", message, fields, details);
