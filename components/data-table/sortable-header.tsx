"use client";

import type { ReactNode } from "react";

/** The part of a TanStack column (with the row-sorting feature) that a sortable header needs. */
export type SortableColumn = {
  getCanSort: () => boolean;
  getIsSorted: () => false | "asc" | "desc";
  toggleSorting: (desc?: boolean) => void;
};

/** A column header that sorts on click, Enter or Space; the cell carries aria-sort (see ariaSortOf). */
export function SortableHeader({ column, children }: { column: SortableColumn; children: ReactNode }) {
  if (!column.getCanSort()) return <>{children}</>;
  const sorted = column.getIsSorted();
  return (
    <button
      type="button"
      onClick={() => column.toggleSorting(sorted === "asc")}
      className="inline-flex items-center gap-1 rounded hover:text-slate-900"
      title={sorted === "asc" ? "Sorted ascending; click to sort descending" : "Click to sort ascending"}
    >
      {children}
      <span aria-hidden className="text-[10px] text-slate-400">
        {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
      </span>
    </button>
  );
}

export function ariaSortOf(sorted: false | "asc" | "desc"): "ascending" | "descending" | undefined {
  return sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined;
}
