"use client";

import { EVIDENCE_FIELDS, EVIDENCE_FIELD_LABELS } from "@/lib/imports/evidence-fields";
import { FIELD_LABELS, IMPORT_FIELDS } from "@/lib/imports/fields";
import type { ImportMapping } from "@/lib/imports/schemas";
import type { ImportReport } from "./import-workspace";

const LEAVE_OUT = "";

/** Each column of the file with its first values, and the field it fills: matched by its header, or chosen. */
const FIELDS_OF = {
  commitments: { fields: IMPORT_FIELDS, labels: FIELD_LABELS as Record<string, string> },
  evidence: { fields: EVIDENCE_FIELDS, labels: EVIDENCE_FIELD_LABELS as Record<string, string> },
};

export function ColumnMapping({
  kind,
  columns,
  mapping,
  onChange,
}: {
  kind: ImportReport["kind"];
  columns: NonNullable<ImportReport["columns"]>;
  mapping: ImportMapping;
  onChange: (mapping: ImportMapping) => void;
}) {
  const { fields, labels } = FIELDS_OF[kind];
  const choose = (header: string, value: string) =>
    onChange({
      ...mapping,
      columns: { ...mapping.columns, [header]: value === LEAVE_OUT ? null : (value as (typeof fields)[number]) },
    });
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm">
        <caption className="mb-2 text-left text-sm font-semibold text-slate-900">Columns</caption>
        <thead className="text-left text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th className="py-1 pr-4">Column</th>
            <th className="py-1 pr-4">First values</th>
            <th className="py-1">Fills</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {columns.map((column) => {
            const field = column.header in mapping.columns ? mapping.columns[column.header] : column.field;
            return (
              <tr key={column.header}>
                <td className="py-1.5 pr-4 font-medium text-slate-900">{column.header || "(no header)"}</td>
                <td className="max-w-xs truncate py-1.5 pr-4 text-slate-600">
                  {column.sample.filter(Boolean).join(" · ")}
                </td>
                <td className="py-1.5">
                  <select
                    aria-label={`Field for column ${column.header}`}
                    className="rounded-md border border-slate-300 px-2 py-1 text-sm"
                    value={field ?? LEAVE_OUT}
                    onChange={(e) => choose(column.header, e.target.value)}
                  >
                    <option value={LEAVE_OUT}>— leave out —</option>
                    {fields.map((f) => (
                      <option key={f} value={f}>
                        {labels[f]}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
