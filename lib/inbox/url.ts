import type { EventKind } from "@/db/schema-events";

/** The inbox page's address for a filter (the same parameters as GET /api/v1/inbox). */
export function inboxHref(filter: { kind?: EventKind[]; unread?: boolean; before?: number }): string {
  const params = new URLSearchParams();
  if (filter.kind?.length) params.set("kind", filter.kind.join(","));
  if (filter.unread) params.set("unread", "true");
  if (filter.before) params.set("before", String(filter.before));
  const query = params.toString();
  return query ? `/inbox?${query}` : "/inbox";
}
