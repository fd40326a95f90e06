import Link from "next/link";

export type ChartTableRow = { key: string; label: string; href?: string; cells: (string | number)[] };

/** The numbers behind a chart, as a table (for screen readers and for copying). */
export function ChartTable({ caption, headers, rows }: { caption: string; headers: string[]; rows: ChartTableRow[] }) {
  return (
    <table className="min-w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-200 text-slate-600">
          {headers.map((h, i) => (
            <th key={h} scope="col" className={`py-1 font-medium ${i === 0 ? "pr-3" : "px-2 text-right"}`}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-b border-slate-100">
            <th scope="row" className="py-1 pr-3 font-normal">
              {row.href ? (
                <Link className="text-blue-700 hover:underline" href={row.href}>
                  {row.label}
                </Link>
              ) : (
                row.label
              )}
            </th>
            {row.cells.map((cell, i) => (
              <td key={i} className="px-2 py-1 text-right tabular-nums">
                {typeof cell === "number" ? cell.toLocaleString("en") : cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
