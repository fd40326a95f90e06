import Link from "next/link";
import { fieldLabel } from "@/lib/imports/field-label";
import type { ImportReport } from "./import-workspace";

const COUNT_LABELS = { create: "to create", update: "to update", unchanged: "unchanged", refused: "refused" } as const;
const DONE_LABELS = { create: "created", update: "updated", unchanged: "unchanged", refused: "refused" } as const;

function CreatedNames({ title, names }: { title: string; names: ImportReport["created"]["organizations"] }) {
  if (names.length === 0) return null;
  return (
    <div>
      <h4 className="font-medium text-slate-900">{title}</h4>
      <ul className="list-disc pl-5 text-slate-700">
        {names.map((n) => (
          <li key={n.name}>
            {n.name}
            {n.nearMisses && n.nearMisses.length > 0 && (
              <span className="text-amber-800"> — looks like {n.nearMisses.join(", ")}: check it is not the same</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What the file will do (a dry run) or did: counts, names to create, and the rows refused, each with its reasons. */
export function ImportSummary({ report }: { report: ImportReport }) {
  const labels = report.dryRun ? COUNT_LABELS : DONE_LABELS;
  const refused = report.rows.filter((r) => r.action === "refused");
  return (
    <div className="space-y-3 text-sm" aria-live="polite">
      <h3 className="font-semibold text-slate-900">
        {report.dryRun ? `Checked: ${report.fileName}` : `Imported: ${report.fileName} (import ${report.id})`}
      </h3>
      <ul className="flex flex-wrap gap-3" aria-label="Rows">
        {(Object.keys(labels) as (keyof typeof labels)[]).map((action) => (
          <li key={action} className="rounded-md bg-slate-100 px-2 py-1">
            <span className="font-semibold tabular-nums">{report.counts[action].toLocaleString("en")}</span>{" "}
            {labels[action]}
          </li>
        ))}
      </ul>
      {report.dryRun && (
        <>
          <CreatedNames title="Organizations it will create" names={report.created.organizations} />
          <CreatedNames title="Regions it will create" names={report.created.regions} />
        </>
      )}
      {!report.dryRun && (
        <p>
          <Link className="text-blue-700 underline" href="/commitments?sort=-id">
            See the commitments
          </Link>
        </p>
      )}
      {refused.length > 0 && (
        <div className="space-y-2">
          <p className="text-red-800">
            Nothing is imported while a row is refused. Fix the rows below in the file (or download them with the
            reasons, fix them in a spreadsheet and import that file), then check again.{" "}
            <a className="text-blue-700 underline" href={`/api/v1/imports/${report.id}/refused.csv`}>
              Download the refused rows (CSV)
            </a>
          </p>
          <table className="min-w-full text-sm">
            <caption className="sr-only">Refused rows</caption>
            <thead className="text-left text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th className="py-1 pr-4">Row</th>
                <th className="py-1">Why</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {refused.map((r) => (
                <tr key={r.row}>
                  <td className="py-1 pr-4 align-top tabular-nums">{r.row}</td>
                  <td className="py-1">
                    {Object.entries(r.errors ?? {}).map(([field, message]) => (
                      <div key={field}>
                        <span className="font-medium">{fieldLabel(field)}</span> {message}
                      </div>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.rowsTotal > report.rows.length && (
            <p className="text-slate-600">The first {report.rows.length} rows are shown; the download has them all.</p>
          )}
        </div>
      )}
    </div>
  );
}
