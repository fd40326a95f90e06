import {
  type ColumnVisibilityState,
  type RowData,
  type SortingState,
  constructTable,
  tableFeatures,
} from "@tanstack/react-table";
import { storeReactivityBindings } from "@tanstack/table-core/store-reactivity-bindings";
import type { ComponentProps } from "react";
import { type DataColumn, dataTableFeatures } from "./columns";
import { DataTableView, type DrawnTable } from "./data-table-view";

/** How the rows came: the order the server sorted them in (for the headers) and the columns shown. */
export type StaticTableState = { sorting?: SortingState; columnVisibility?: ColumnVisibilityState };

/**
 * The table model of rows sorted and paged by the server: built once, in a plain function. `state` says how,
 * so that the headers can show the order; nothing is sorted here.
 */
export function staticTable<TData extends RowData>(
  columns: DataColumn<TData>[],
  data: TData[],
  getRowId: (row: TData) => string,
  state?: StaticTableState,
): DrawnTable<TData> {
  const features = tableFeatures({ ...dataTableFeatures, coreReactivityFeature: storeReactivityBindings() });
  return constructTable({
    features,
    columns: columns as never,
    data,
    getRowId,
    ...(state?.sorting ? { initialState: state, manualSorting: true } : { initialState: state, enableSorting: false }),
  }) as unknown as DrawnTable<TData>;
}

/**
 * A DataTable without state: a server component (or part of one) that draws its rows with the shared markup.
 * Tables that sort or page in the browser build their model with `useTable` and draw the same DataTableView.
 */
export function StaticDataTable<TData extends RowData>({
  columns,
  data,
  getRowId,
  ...view
}: {
  columns: DataColumn<TData>[];
  data: TData[];
  getRowId: (row: TData) => string;
} & Omit<ComponentProps<typeof DataTableView<TData>>, "table" | "sortHref">) {
  return <DataTableView table={staticTable(columns, data, getRowId)} {...view} />;
}
