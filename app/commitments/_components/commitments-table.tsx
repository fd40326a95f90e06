"use client";

import {
  type PaginationState,
  type SortingState,
  createColumnHelper,
  functionalUpdate,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
} from "@tanstack/react-table";
import Link from "next/link";
import { useQueryStates } from "nuqs";
import { useTransition } from "react";
import { Pagination } from "@/components/data-table/pagination";
import { SortableHeader, ariaSortOf } from "@/components/data-table/sortable-header";
import { KindBadge, OverdueBadge, StaleBadge, StatusBadge } from "@/components/ui/badge";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { Sort } from "@/lib/commitments/list-params";
import type { CommitmentJson } from "@/lib/commitments/serialize";
import { commitmentUrlState } from "@/lib/commitments/url-state";

const features = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  columnMeta: {} as { className?: string },
});

const helper = createColumnHelper<typeof features, CommitmentJson>();

// Column ids are the server's sort keys (list-params.ts), so a header click maps straight to `sort=`.
const columns = helper.columns([
  helper.accessor("title", {
    id: "title",
    header: "Commitment",
    cell: ({ row }) => (
      <Link href={`/commitments/${row.original.id}`} className="font-medium text-blue-700 hover:underline">
        {row.original.title}
      </Link>
    ),
    meta: { className: "min-w-72" },
  }),
  helper.accessor((row) => row.maker.name, { id: "maker", header: "Maker" }),
  helper.accessor((row) => row.region.name, { id: "region", header: "Region" }),
  helper.accessor("kind", { id: "kind", header: "Kind", cell: ({ getValue }) => <KindBadge kind={getValue()} /> }),
  helper.accessor("status", {
    id: "status",
    header: "Status",
    cell: ({ row }) => (
      <div className="flex flex-wrap gap-1">
        <StatusBadge status={row.original.status} />
        {row.original.overdue && <OverdueBadge />}
        {row.original.stale && <StaleBadge />}
      </div>
    ),
  }),
  helper.accessor("progress", {
    id: "progress",
    header: "Progress",
    cell: ({ row }) => <ProgressBar value={row.original.progress} status={row.original.status} />,
  }),
  helper.accessor("announcedOn", { id: "announcedOn", header: "Announced", meta: { className: "tabular-nums whitespace-nowrap" } }),
  helper.accessor("targetOn", {
    id: "targetOn",
    header: "Target",
    cell: ({ getValue }) => getValue() ?? <span className="text-slate-400">—</span>,
    meta: { className: "tabular-nums whitespace-nowrap" },
  }),
  helper.accessor("evidenceCount", { id: "evidenceCount", header: "Evidence", meta: { className: "text-right tabular-nums" } }),
]);

export function CommitmentsTable({
  data,
  total,
  page,
  perPage,
  sort,
}: {
  data: CommitmentJson[];
  total: number;
  page: number;
  perPage: number;
  sort: Sort;
}) {
  const [isPending, startTransition] = useTransition();
  const [, setUrl] = useQueryStates(commitmentUrlState, { shallow: false, history: "push", startTransition });

  const sorting: SortingState = [{ id: sort.key, desc: sort.desc }];
  const pagination: PaginationState = { pageIndex: page - 1, pageSize: perPage };

  const table = useTable({
    features,
    columns,
    data,
    rowCount: total,
    getRowId: (row) => String(row.id),
    manualPagination: true,
    manualSorting: true,
    state: { sorting, pagination },
    onSortingChange: (updater) => {
      const [first] = functionalUpdate(updater, sorting);
      void setUrl({ sort: first ? `${first.desc ? "-" : ""}${first.id}` : null, page: null });
    },
    onPaginationChange: (updater) => {
      const next = functionalUpdate(updater, pagination);
      void setUrl({ page: next.pageIndex + 1, perPage: next.pageSize });
    },
  });

  return (
    <div className="space-y-3">
      <div
        className={`overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm transition-opacity ${isPending ? "opacity-60" : ""}`}
        aria-busy={isPending}
      >
        <table className="min-w-full text-left text-sm" aria-label="Commitments">
          <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={ariaSortOf(header.column.getIsSorted())}
                    className="px-3 py-2 font-medium"
                  >
                    <SortableHeader column={header.column}>
                      <table.FlexRender header={header} />
                    </SortableHeader>
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody className="divide-y divide-slate-100">
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} className="hover:bg-slate-50">
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} className={`px-3 py-2 align-top ${cell.column.columnDef.meta?.className ?? ""}`}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination
        page={page}
        perPage={perPage}
        total={total}
        onPageChange={(p) => table.setPageIndex(p - 1)}
        onPerPageChange={(size) => void setUrl({ perPage: size, page: null })}
      />
    </div>
  );
}
