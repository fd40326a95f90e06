"use client";

import {
  type ColumnVisibilityState,
  type PaginationState,
  type SortingState,
  functionalUpdate,
  useTable,
} from "@tanstack/react-table";
import Link from "next/link";
import { Pagination } from "@/components/data-table/pagination";
import { columnFactory, dataTableFeatures } from "@/components/data-table/columns";
import { DataTableView } from "@/components/data-table/data-table-view";
import { KindBadge, OverdueBadge, StaleBadge, StatusBadge } from "@/components/ui/badge";
import { ProgressBar } from "@/components/ui/progress-bar";
import { COLUMN_LABELS, EXPLORER_COLUMNS, type ExplorerColumn } from "@/lib/commitments/columns";
import type { Sort } from "@/lib/commitments/list-spec";
import type { TableRow } from "@/lib/commitments/table-row";
import { useExplorer } from "./explorer-context";

const column = columnFactory<TableRow>();
const dash = <span className="text-slate-400">—</span>;
const orDash = (value: string | null) => value ?? dash;
const date = (id: ExplorerColumn, accessor: (row: TableRow) => string | null) =>
  column.value(id, accessor, { label: COLUMN_LABELS[id], className: "tabular-nums whitespace-nowrap" }, orDash);
const count = (id: ExplorerColumn, accessor: (row: TableRow) => number | null) =>
  column.value(id, accessor, { label: COLUMN_LABELS[id], align: "end" }, (n) => n?.toLocaleString("en") ?? dash);

// Column ids are the server's sort keys (list-params.ts), so a header click maps straight to `sort=`.
const columns = [
  column.value(
    "title",
    (row) => row.title,
    { label: COLUMN_LABELS.title, className: "min-w-72 wrap-anywhere" },
    (title, row) => (
      <Link href={`/commitments/${row.id}`} className="font-medium text-blue-700 hover:underline">
        {title}
      </Link>
    ),
  ),
  column.value("maker", (row) => row.maker.name, { label: COLUMN_LABELS.maker }),
  column.value("counterpart", (row) => row.counterpart?.name ?? null, { label: COLUMN_LABELS.counterpart }, orDash),
  column.value("region", (row) => row.region.name, { label: COLUMN_LABELS.region }),
  column.value(
    "kind",
    (row) => row.kind,
    { label: COLUMN_LABELS.kind },
    (kind) => <KindBadge kind={kind} />,
  ),
  column.value("sector", (row) => row.sector, { label: COLUMN_LABELS.sector }, orDash),
  column.value(
    "status",
    (row) => row.status,
    { label: COLUMN_LABELS.status },
    (status, row) => (
      <div className="flex flex-wrap gap-1">
        <StatusBadge status={status} />
        {row.overdue && <OverdueBadge />}
        {row.stale && <StaleBadge />}
      </div>
    ),
  ),
  column.value(
    "progress",
    (row) => row.progress,
    { label: COLUMN_LABELS.progress },
    (progress, row) => <ProgressBar value={progress} status={row.status} />,
  ),
  date("announcedOn", (row) => row.announcedOn),
  date("targetOn", (row) => row.targetOn),
  column.value(
    "amount",
    (row) => row.amount,
    { label: COLUMN_LABELS.amount, align: "end", className: "whitespace-nowrap" },
    (amount, row) =>
      amount === null ? dash : `${amount.toLocaleString("en", { maximumFractionDigits: 2 })} ${row.currency ?? ""}`,
  ),
  count("jobs", (row) => row.jobs),
  count("evidenceCount", (row) => row.evidenceCount),
  date("latestEvidenceOn", (row) => row.latestEvidenceOn),
  date("updatedAt", (row) => row.updatedAt.slice(0, 10)),
];

export function CommitmentsTable({
  data,
  total,
  page,
  perPage,
  sort,
  visibleColumns,
}: {
  data: TableRow[];
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
    features: dataTableFeatures,
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
      <DataTableView table={table} label="Commitments" sortable busy={isPending} />
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
