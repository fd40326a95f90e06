import Link from "next/link";
import type { CompanyStatusCounts } from "@/lib/analytics/status-by-company";
import { COMMITMENT_STATUSES, STATUS_LABELS } from "@/lib/vocabulary";

/** The numbers behind a status-by-company chart, each linking to the commitments it counts. */
export function StatusByCompanyTable({ data }: { data: CompanyStatusCounts[] }) {
  return (
    <table className="min-w-full text-left text-sm">
      <thead>
        <tr className="border-b border-slate-200 text-slate-600">
          <th scope="col" className="py-1 pr-3 font-medium">
            Company
          </th>
          {COMMITMENT_STATUSES.map((s) => (
            <th key={s} scope="col" className="px-2 py-1 text-right font-medium">
              {STATUS_LABELS[s]}
            </th>
          ))}
          <th scope="col" className="pl-2 py-1 text-right font-medium">
            Total
          </th>
        </tr>
      </thead>
      <tbody>
        {data.map((company) => (
          <tr key={company.slug} className="border-b border-slate-100">
            <th scope="row" className="py-1 pr-3 font-normal">
              <Link
                className="text-blue-700 hover:underline"
                href={`/commitments?company=${encodeURIComponent(company.slug)}`}
              >
                {company.name}
              </Link>
            </th>
            {COMMITMENT_STATUSES.map((s) => (
              <td key={s} className="px-2 py-1 text-right tabular-nums">
                {company.byStatus[s] ?? 0}
              </td>
            ))}
            <td className="pl-2 py-1 text-right font-medium tabular-nums">{company.total}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
