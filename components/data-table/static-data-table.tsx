import { type RowData, constructTable, tableFeatures } from "@tanstack/react-table";
import { storeReactivityBindings } from "@tanstack/table-core/store-reactivity-bindings";
import type { ComponentProps } from "react";
import { type DataColumn, dataTableFeatures } from "./columns";
import { DataTableView, type DrawnTable } from "./data-table-view";

/** The table model of rows that nothing sorts or pages in the browser: built once, in a plain function. */
export function staticTable<TData extends RowData>(
  columns: DataColumn<TData>[],
  data: TData[],
  getRowId: (row: TData) => string,
): DrawnTable<TData> {
  const features = tableFeatures({ ...dataTableFeatures, coreReactivityFeature: storeReactivityBindings() });
  return constructTable({
    features,
    columns: columns as never,
    data,
    getRowId,
    enableSorting: false,
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
} & Omit<ComponentProps<typeof DataTableView<TData>>, "table" | "sortable" | "busy">) {
  return <DataTableView table={staticTable(columns, data, getRowId)} {...view} />;
}
