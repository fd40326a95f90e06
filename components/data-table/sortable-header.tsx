import type { ReactNode } from "react";
import { PendingLink } from "@/components/ui/pending-navigation";

export type SortDirection = false | "asc" | "desc";

/** Where a header's link leads: the address of the table sorted by this column (`desc`: descending). */
export type SortHref = (columnId: string, desc: boolean) => string;

/**
 * A column header that is a link to the table sorted by it: ascending first, then the other way round. A link,
 * so that a sorted view can be opened in a new tab or copied; the cell carries aria-sort (see ariaSortOf).
 */
export function SortLink({
  columnId,
  sorted,
  sortHref,
  children,
}: {
  columnId: string;
  sorted: SortDirection;
  sortHref: SortHref;
  children: ReactNode;
}) {
  return (
    <PendingLink
      href={sortHref(columnId, sorted === "asc")}
      className="inline-flex items-center gap-1 rounded hover:text-slate-900"
      title={sorted === "asc" ? "Sorted ascending; click to sort descending" : "Click to sort ascending"}
    >
      {children}
      <span aria-hidden className="text-[10px] text-slate-400">
        {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
      </span>
    </PendingLink>
  );
}

export function ariaSortOf(sorted: SortDirection): "ascending" | "descending" | undefined {
  return sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined;
}
