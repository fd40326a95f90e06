"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { type ApiData, api, apiWithProgress } from "@/components/forms/api-client";
import { FormError, inputClasses, primaryButton, secondaryButton } from "@/components/forms/field";
import { useApiCall } from "@/components/hooks/use-api-call";
import { type ImportMapping, importMappingSchema } from "@/lib/imports/schemas";
import { ColumnMapping } from "./column-mapping";
import { ImportProgressBar, type Progress } from "./import-progress";
import { ImportSummary } from "./import-summary";
import { ValueMapping } from "./value-mapping";

export type ImportReport = ApiData<"POST /api/v1/imports">;

const NO_MAPPING: ImportMapping = importMappingSchema.parse({});

function formFor(file: File, mapping: ImportMapping, sheet: string, dryRun: boolean) {
  const form = new FormData();
  form.set("file", file);
  form.set("mapping", JSON.stringify(mapping));
  form.set("dryRun", String(dryRun));
  if (sheet.trim()) form.set("sheet", sheet.trim());
  return form;
}

/**
 * Choose a file; every row is checked at once (a dry run) and the report shows what each would do. Map
 * the columns and words the tracker did not recognise, check again, and import when nothing is refused.
 */
export function ImportWorkspace() {
  const router = useRouter();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [sheet, setSheet] = useState("");
  const [mapping, setMapping] = useState<ImportMapping>(NO_MAPPING);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [columns, setColumns] = useState<ImportReport["columns"]>(undefined);
  const call = useApiCall();
  const [progress, setProgress] = useState<Progress | null>(null);

  async function check(chosen: File, nextMapping: ImportMapping) {
    setReport(null);
    const result = await call.run(() =>
      api("POST /api/v1/imports", { body: formFor(chosen, nextMapping, sheet, true) }),
    );
    if (result.ok) {
      setReport(result.data);
      setColumns(result.data.columns);
      if (result.data.mapping) setMapping(result.data.mapping);
    } else {
      const found = result.error.details.columns as ImportReport["columns"] | undefined;
      if (found) setColumns(found);
    }
  }

  async function commit() {
    if (!file) return;
    const startedAt = Date.now();
    setProgress(null);
    const result = await call.run(() =>
      apiWithProgress(
        "POST /api/v1/imports",
        { body: formFor(file, mapping, sheet, false) },
        (step: Omit<Progress, "elapsedMs">) => setProgress({ ...step, elapsedMs: Date.now() - startedAt }),
      ),
    );
    setProgress(null);
    if (result.ok) setReport(result.data);
    router.refresh(); // Recent imports: the import done, or cancelled.
  }

  const committed = report && !report.dryRun;
  const ready = report?.dryRun && report.counts.refused === 0 && report.counts.create + report.counts.update > 0;

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">
        File
      </h2>
      <div className="flex flex-wrap items-end gap-3">
        <label className="text-sm font-medium text-slate-800">
          CSV or Excel file
          <input
            ref={fileInput}
            type="file"
            accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="mt-1 block text-sm"
            onChange={(e) => {
              const chosen = e.target.files?.[0] ?? null;
              setFile(chosen);
              setMapping(NO_MAPPING);
              setColumns(undefined);
              if (chosen) void check(chosen, NO_MAPPING);
            }}
          />
        </label>
        <label className="text-sm font-medium text-slate-800">
          Sheet <span className="font-normal text-slate-500">(Excel; the first when empty)</span>
          <input className={`${inputClasses} mt-1 w-48`} value={sheet} onChange={(e) => setSheet(e.target.value)} />
        </label>
      </div>
      {call.busy && (
        <p role="status" className="text-sm text-slate-600">
          {report?.dryRun ? "Importing…" : "Checking every row…"}
        </p>
      )}
      {call.busy && progress && <ImportProgressBar progress={progress} />}
      <FormError message={call.error} />
      {report?.mappingFrom && (
        <p className="text-sm text-slate-600">
          Using the mapping chosen for import {report.mappingFrom}, a file with the same columns.
        </p>
      )}
      {file && columns && !committed && (
        <ColumnMapping kind={report?.kind ?? "commitments"} columns={columns} mapping={mapping} onChange={setMapping} />
      )}
      {file && report?.unknownValues && !committed && (
        <ValueMapping unknown={report.unknownValues} mapping={mapping} onChange={setMapping} />
      )}
      {file && !committed && (
        <div className="flex flex-wrap gap-3">
          <button
            type="button"
            className={secondaryButton}
            disabled={call.busy}
            onClick={() => void check(file, mapping)}
          >
            Check again
          </button>
          <button type="button" className={primaryButton} disabled={call.busy || !ready} onClick={() => void commit()}>
            {ready ? `Import ${report!.counts.create + report!.counts.update} rows` : "Import"}
          </button>
        </div>
      )}
      {report && <ImportSummary report={report} />}
    </section>
  );
}
