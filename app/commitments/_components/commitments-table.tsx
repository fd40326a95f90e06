"use client";

import {
  type ColumnVisibilityState,
  type PaginationState,
  type SortingState,
  columnVisibilityFeature,
  createColumnHelper,
  functionalUpdate,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
} from "@tanstack/react-table";
import Link from "next/link";
import { Pagination } from "@/components/data-table/pagination";
import { SortableHeader, ariaSortOf } from "@/components/data-table/sortable-header";
import { KindBadge, OverdueBadge, StaleBadge, StatusBadge } from "@/components/ui/badge";
import { ProgressBar } from "@/components/ui/progress-bar";
import { COLUMN_LABELS, EXPLORER_COLUMNS, type ExplorerColumn } from "@/lib/commitments/columns";
import type { Sort } from "@/lib/commitments/list-spec";
import type { CommitmentJson } from "@/lib/commitments/serialize";
import { useExplorer } from "./explorer-context";

const features = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  columnVisibilityFeature,
  columnMeta: {} as { className?: string },
});

const helper = createColumnHelper<typeof features, CommitmentJson>();
const dash = <span className="text-slate-400">—</span>;
const dateCell = { className: "tabular-nums whitespace-nowrap" };

// Column ids are the server's sort keys (list-params.ts), so a header click maps straight to `sort=`.
const columns = helper.columns([
  helper.accessor("title", {
    id: "title",
    header: COLUMN_LABELS.title,
    cell: ({ row }) => (
      <Link href={`/commitments/${row.original.id}`} className="font-medium text-blue-700 hover:underline">
        {row.original.title}
      </Link>
    ),
    meta: { className: "min-w-72 wrap-anywhere" },
  }),
  helper.accessor((row) => row.maker.name, { id: "maker", header: COLUMN_LABELS.maker }),
  helper.accessor((row) => row.counterpart?.name ?? null, {
    id: "counterpart",
    header: COLUMN_LABELS.counterpart,
    cell: ({ getValue }) => getValue() ?? dash,
  }),
  helper.accessor((row) => row.region.name, { id: "region", header: COLUMN_LABELS.region }),
  helper.accessor("kind", {
    id: "kind",
    header: COLUMN_LABELS.kind,
    cell: ({ getValue }) => <KindBadge kind={getValue()} />,
  }),
  helper.accessor("sector", { id: "sector", header: COLUMN_LABELS.sector, cell: ({ getValue }) => getValue() ?? dash }),
  helper.accessor("status", {
    id: "status",
    header: COLUMN_LABELS.status,
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
    header: COLUMN_LABELS.progress,
    cell: ({ row }) => <ProgressBar value={row.original.progress} status={row.original.status} />,
  }),
  helper.accessor("announcedOn", { id: "announcedOn", header: COLUMN_LABELS.announcedOn, meta: dateCell }),
  helper.accessor("targetOn", {
    id: "targetOn",
    header: COLUMN_LABELS.targetOn,
    cell: ({ getValue }) => getValue() ?? dash,
    meta: dateCell,
  }),
  helper.accessor("amount", {
    id: "amount",
    header: COLUMN_LABELS.amount,
    cell: ({ row }) =>
      row.original.amount === null
        ? dash
        : `${row.original.amount.toLocaleString("en", { maximumFractionDigits: 2 })} ${row.original.currency ?? ""}`,
    meta: { className: "text-right tabular-nums whitespace-nowrap" },
  }),
  helper.accessor("jobs", {
    id: "jobs",
    header: COLUMN_LABELS.jobs,
    cell: ({ getValue }) => getValue()?.toLocaleString("en") ?? dash,
    meta: { className: "text-right tabular-nums" },
  }),
  helper.accessor("evidenceCount", {
    id: "evidenceCount",
    header: COLUMN_LABELS.evidenceCount,
    meta: { className: "text-right tabular-nums" },
  }),
  helper.accessor("latestEvidenceOn", {
    id: "latestEvidenceOn",
    header: COLUMN_LABELS.latestEvidenceOn,
    cell: ({ getValue }) => getValue() ?? dash,
    meta: dateCell,
  }),
  helper.accessor("updatedAt", {
    id: "updatedAt",
    header: COLUMN_LABELS.updatedAt,
    cell: ({ getValue }) => getValue().slice(0, 10),
    meta: dateCell,
  }),
]);

export function CommitmentsTable({
  data,
  total,
  page,
  perPage,
  sort,
  visibleColumns,
}: {
  data: CommitmentJson[];
  total: number;
  page: number;
  perPage: number;
  sort: Sort;
  visibleColumns: ExplorerColumn[];
}) {
  const { isPending, setUrl } = useExplorer();

  const sorting: SortingState = [{ id: sort.key, desc: sort.desc }];
  const pagination: PaginationState = { pageIndex: page - 1, pageSize: perPage };
  const columnVisibility: ColumnVisibilityState = Object.fromEntries(
    EXPLORER_COLUMNS.map((c) => [c, visibleColumns.includes(c)]),
  );

  const table = useTable({
    features,
    columns,
    data,
    rowCount: total,
    getRowId: (row) => String(row.id),
    manualPagination: true,
    manualSorting: true,
    state: { sorting, pagination, columnVisibility },
    onSortingChange: (updater) => {
      const [first] = functionalUpdate(updater, sorting);
      setUrl({ sort: first ? `${first.desc ? "-" : ""}${first.id}` : null, page: null });
    },
    onPaginationChange: (updater) => {
      const next = functionalUpdate(updater, pagination);
      setUrl({ page: next.pageIndex + 1, perPage: next.pageSize });
    },
  });

  return (
    <div className="space-y-3">
      <div
        className={`relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm transition-opacity ${isPending ? "opacity-60" : ""}`}
        aria-busy={isPending}
      >
        {isPending && (
          <div role="status" className="absolute inset-x-0 top-0 h-0.5 animate-pulse bg-blue-600">
            <span className="sr-only">Loading</span>
          </div>
        )}
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
                {row.getVisibleCells().map((cell) => (
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
        onPerPageChange={(size) => setUrl({ perPage: size, page: null })}
      />
    </div>
  );
}
