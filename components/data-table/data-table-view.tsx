import { type Header, type RowData, type Table, flexRender } from "@tanstack/react-table";
import type { ReactNode } from "react";
import type { DataTableFeatures } from "./columns";
import { SortLink, type SortHref, ariaSortOf } from "./sortable-header";

/** "card": a boxed table of records; "plain": a light table inside something else (a chart, a form). */
export type DataTableVariant = "card" | "plain";

// A card's cells are styled once, on the table, rather than on each cell: a page of the explorer has hundreds
// of cells, and each class list is sent twice (in the HTML and in the page's data). A plain table's cells keep
// theirs, so that a column's own padding (a chart table's `pr-3`) can override them.
const looks = {
  card: {
    frame: "relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm",
    table:
      "[&_td]:px-3 [&_td]:py-2 [&_td]:align-top [&_th]:px-3 [&_th]:py-2 [&_tbody_th]:align-top [&_tbody_tr:hover]:bg-slate-50",
    head: "border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-600",
    cell: "",
  },
  plain: {
    frame: "overflow-x-auto",
    table: "",
    head: "border-b border-slate-200 text-slate-600",
    cell: "px-2 py-1 first:pl-0 align-top",
  },
} as const;

/** The classes of a cell, or undefined when it has none (so that nothing is written for it). */
const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(" ") || undefined;

/** The table a DataTable draws: its header groups and its rows, from the browser's table or the server's. */
export type DrawnTable<TData extends RowData> = Pick<
  Table<DataTableFeatures, TData>,
  "getHeaderGroups" | "getRowModel"
>;

function HeaderLabel<TData extends RowData>({
  header,
  sortHref,
}: {
  header: Header<DataTableFeatures, TData>;
  sortHref?: SortHref;
}) {
  const meta = header.column.columnDef.meta;
  const label = meta?.hideLabel ? (
    <span className="sr-only">{meta.label}</span>
  ) : (
    flexRender(header.column.columnDef.header, header.getContext())
  );
  if (!sortHref || !header.column.getCanSort()) return label;
  return (
    <SortLink columnId={header.column.id} sorted={header.column.getIsSorted()} sortHref={sortHref}>
      {label}
    </SortLink>
  );
}

/**
 * The one markup of every table: a labelled table whose headers and cells follow the columns' meta. It renders
 * on the server, or in the browser; `sortHref` makes its headers links to the table sorted by them.
 */
export function DataTableView<TData extends RowData>({
  table,
  label,
  variant = "card",
  sortHref,
  empty,
  rowClassName,
  frameClassName = "",
}: {
  table: DrawnTable<TData>;
  label: string;
  variant?: DataTableVariant;
  sortHref?: SortHref;
  /** Shown instead of the table when there are no rows; without it an empty table is drawn. */
  empty?: ReactNode;
  rowClassName?: (row: TData) => string;
  frameClassName?: string;
}) {
  const look = looks[variant];
  const rows = table.getRowModel().rows;
  return (
    <div className={`${look.frame} ${frameClassName}`}>
      {rows.length === 0 && empty ? (
        empty
      ) : (
        <table className={`min-w-full text-left text-sm ${look.table}`}>
          <caption className="sr-only">{label}</caption>
          <thead className={look.head}>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const meta = header.column.columnDef.meta;
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={sortHref ? ariaSortOf(header.column.getIsSorted()) : undefined}
                      className={classes(look.cell, "font-medium", meta?.align === "end" && "text-right")}
                    >
                      <HeaderLabel header={header} sortHref={sortHref} />
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => (
              <tr key={row.id} className={rowClassName?.(row.original) || undefined}>
                {row.getVisibleCells().map((cell) => {
                  const meta = cell.column.columnDef.meta;
                  const Cell = meta?.rowHeader ? "th" : "td";
                  return (
                    <Cell
                      key={cell.id}
                      {...(meta?.rowHeader ? { scope: "row" } : {})}
                      className={classes(
                        look.cell,
                        meta?.rowHeader && "font-normal",
                        meta?.align === "end" && "text-right tabular-nums",
                        meta?.className,
                      )}
                    >
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </Cell>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
