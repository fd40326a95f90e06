/**
 * A query string as a plain object for zod: a parameter given once is a string, given more than once an
 * array, so a schema decides what repetition means (a list, or "give this once").
 */
export function queryObject(url: URL): Record<string, string | string[]> {
  const object: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    object[key] = values.length === 1 ? values[0]! : values;
  }
  return object;
}
