import Link from "next/link";
import { Pagination } from "@/components/data-table/pagination";
import { columnFactory } from "@/components/data-table/columns";
import { DataTableView } from "@/components/data-table/data-table-view";
import { staticTable } from "@/components/data-table/static-data-table";
import { PendingFrame } from "@/components/ui/pending-navigation";
import { KindBadge, OverdueBadge, StaleBadge, StatusBadge } from "@/components/ui/badge";
import { ProgressBar } from "@/components/ui/progress-bar";
import { COLUMN_LABELS, EXPLORER_COLUMNS, type ExplorerColumn } from "@/lib/commitments/columns";
import type { Sort, SortKey } from "@/lib/commitments/list-spec";
import type { TableRow } from "@/lib/commitments/table-row";
import type { ListPageHref } from "@/lib/commitments/url-state";

const column = columnFactory<TableRow>();
const dash = <span className="text-slate-400">—</span>;
const orDash = (value: string | null) => value ?? dash;
const date = (id: ExplorerColumn, accessor: (row: TableRow) => string | null) =>
  column.value(id, accessor, { label: COLUMN_LABELS[id], className: "tabular-nums whitespace-nowrap" }, orDash);
const count = (id: ExplorerColumn, accessor: (row: TableRow) => number | null) =>
  column.value(id, accessor, { label: COLUMN_LABELS[id], align: "end" }, (n) => n?.toLocaleString("en") ?? dash);

// Column ids are the server's sort keys (list-spec.ts), so a header's link is `sort=` with the column's id.
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

/**
 * One page of commitments, drawn on the server: its headers and page controls are links to the same list
 * sorted or paged otherwise (`href` writes them), followed inside the page's PendingNavigationProvider.
 */
export function CommitmentsTable({
  data,
  total,
  page,
  perPage,
  sort,
  visibleColumns,
  href,
}: {
  data: TableRow[];
  total: number;
  page: number;
  perPage: number;
  sort: Sort;
  visibleColumns: ExplorerColumn[];
  href: ListPageHref;
}) {
  const table = staticTable(columns, data, (row) => String(row.id), {
    sorting: [{ id: sort.key, desc: sort.desc }],
    columnVisibility: Object.fromEntries(EXPLORER_COLUMNS.map((c) => [c, visibleColumns.includes(c)])),
  });
  return (
    <PendingFrame className="space-y-3">
      <DataTableView
        table={table}
        label="Commitments"
        sortHref={(key, desc) => href({ sort: { key: key as SortKey, desc }, page: null })}
      />
      <Pagination
        page={page}
        perPage={perPage}
        total={total}
        pageHref={(p) => href({ page: p })}
        perPageHref={(size) => href({ perPage: size, page: null })}
      />
    </PendingFrame>
  );
}
