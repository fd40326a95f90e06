// Text that PostgreSQL would refuse (NUL, error 22021) or silently alter (a lone UTF-16 surrogate becomes
// U+FFFD on the way to UTF-8). Every way in (URL paths, query strings, JSON bodies) is checked against this
// one rule before anything reaches a query.

/** Why a string cannot be stored as text, or null when it can. */
export function unsafeTextReason(value: string): string | null {
  if (value.includes("\u0000")) return "must not contain the NUL character (U+0000)";
  if (!value.isWellFormed()) return "is not valid Unicode text (it holds a lone surrogate)";
  return null;
}

/** Deepest nesting a JSON body may have; the tracker's bodies are two or three levels deep. */
export const MAX_JSON_DEPTH = 32;

export type UnsafeValue = { path: string; reason: string };

/**
 * The first string (value or key) inside a parsed JSON value that cannot be stored, or that sits deeper than
 * MAX_JSON_DEPTH, with its dotted path ("source.title"). Walks with an explicit stack, so a hostile nesting
 * cannot exhaust the call stack.
 */
export function findUnsafeValue(root: unknown): UnsafeValue | null {
  const stack: { value: unknown; path: string[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    const where = () => (path.length > 0 ? path.join(".") : "body");
    if (typeof value === "string") {
      const reason = unsafeTextReason(value);
      if (reason) return { path: where(), reason };
      continue;
    }
    if (value === null || typeof value !== "object") continue;
    if (path.length >= MAX_JSON_DEPTH)
      return { path: where(), reason: `is nested more than ${MAX_JSON_DEPTH} levels deep` };
    for (const [key, child] of Object.entries(value)) {
      const keyReason = unsafeTextReason(key);
      if (keyReason) return { path: where(), reason: `has a field name that ${keyReason}` };
      stack.push({ value: child, path: [...path, key] });
    }
  }
  return null;
}
