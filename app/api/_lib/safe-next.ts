/**
 * A path on this site to return to after signing in. `next` is resolved the way a browser would resolve it
 * against this site's address (the URL parser drops tabs and newlines and reads "\" as "/", which is how
 * "/\t/evil.example" becomes "//evil.example"); anything that lands on another origin, or is not a string,
 * gives "/". The result is the normalized path, query and fragment, safe to put in a Location header.
 */
export function safeNextPath(next: string | string[] | undefined | null, origin: string): string {
  const value = Array.isArray(next) ? next[0] : next;
  if (!value) return "/";
  try {
    const base = new URL(origin);
    const target = new URL(value, base);
    if (target.origin !== base.origin) return "/";
    return `${target.pathname}${target.search}${target.hash}`;
  } catch {
    return "/";
  }
}
