import Link from "next/link";
import { type DataColumn, columnFactory } from "@/components/data-table/columns";
import { StaticDataTable } from "@/components/data-table/static-data-table";

export type ChartTableRow = { key: string; label: string; href?: string; cells: (string | number)[] };

const column = columnFactory<ChartTableRow>();

function chartColumns(headers: string[]): DataColumn<ChartTableRow>[] {
  const [first = "", ...rest] = headers;
  return [
    column.display("label", { label: first, rowHeader: true, className: "pr-3" }, (row) =>
      row.href ? (
        <Link className="text-blue-700 hover:underline" href={row.href}>
          {row.label}
        </Link>
      ) : (
        row.label
      ),
    ),
    ...rest.map((header, i) =>
      column.value(
        `value-${i}`,
        (row) => row.cells[i],
        { label: header, align: "end" },
        (cell) => (typeof cell === "number" ? cell.toLocaleString("en") : cell),
      ),
    ),
  ];
}

/** The numbers behind a chart, as a table (for screen readers and for copying). */
export function ChartTable({ caption, headers, rows }: { caption: string; headers: string[]; rows: ChartTableRow[] }) {
  return (
    <StaticDataTable
      columns={chartColumns(headers)}
      data={rows}
      getRowId={(row) => row.key}
      label={caption}
      variant="plain"
    />
  );
}
