import {
  type ColumnDef,
  type RowData,
  columnVisibilityFeature,
  createColumnHelper,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
} from "@tanstack/react-table";
import type { ReactNode } from "react";

/** One choice of a select filter; `count` is how many rows it would keep, when known. */
export type FilterOption = { value: string; label: string; count?: number };

/** A filter the toolbar shows for a column; `param` is its name in the page's query string. */
export type ColumnFilter =
  | { kind: "select"; param: string; label: string; options: FilterOption[]; anyLabel?: string }
  | { kind: "text"; param: string; label: string; placeholder?: string; size?: number }
  | { kind: "date"; param: string; label: string };

/** What every column says about itself: its header, how its cells sit, and the filters it offers. */
export type DataColumnMeta = {
  label: string;
  /** Keep the header for screen readers only (a column of buttons). */
  hideLabel?: boolean;
  /** Numbers and buttons sit at the end of the cell. */
  align?: "end";
  className?: string;
  /** The cell names its row (a chart's month or company), read out with every other cell of the row. */
  rowHeader?: boolean;
  filters?: ColumnFilter[];
};

export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  columnVisibilityFeature,
  columnMeta: {} as DataColumnMeta,
});

export type DataTableFeatures = typeof dataTableFeatures;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a list mixes columns of every value type
export type DataColumn<TData extends RowData> = ColumnDef<DataTableFeatures, TData, any>;

/** Builds the columns of one kind of row, each described by its meta. */
export function columnFactory<TData extends RowData>() {
  const helper = createColumnHelper<DataTableFeatures, TData>();
  return {
    /** A column of one value per row (sortable where the table sorts), shown as is unless `render` says how. */
    value<TValue>(
      id: string,
      accessor: (row: TData) => TValue,
      meta: DataColumnMeta,
      render?: (value: TValue, row: TData) => ReactNode,
    ): DataColumn<TData> {
      return helper.accessor(accessor, {
        id,
        header: meta.label,
        meta,
        ...(render ? { cell: ({ getValue, row }) => render(getValue() as TValue, row.original) } : {}),
      }) as DataColumn<TData>;
    },
    /** A column drawn from the whole row (several values, or its actions); never sorted. */
    display(id: string, meta: DataColumnMeta, render: (row: TData) => ReactNode): DataColumn<TData> {
      return helper.display({
        id,
        header: meta.label,
        meta,
        enableSorting: false,
        cell: ({ row }) => render(row.original),
      }) as DataColumn<TData>;
    },
  };
}

/** Every filter the columns offer, in column order: what the toolbar shows. */
export function filtersOf<TData extends RowData>(columns: DataColumn<TData>[]): ColumnFilter[] {
  return columns.flatMap((column) => column.meta?.filters ?? []);
}
