"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { StaticDataTable } from "@/components/data-table/static-data-table";
import { api } from "@/components/forms/api-client";
import { useApiCall } from "@/components/hooks/use-api-call";
import { Field, FormError, inputClasses, primaryButton, secondaryButton } from "@/components/forms/field";
import type { RatesJson } from "@/lib/rates/queries";
import { type RateLine, type RateRow, rateColumns } from "./rate-columns";

/** Edits the reporting currency and the table of rates the dashboard's totals use. */
export function RatesEditor({ rates, today }: { rates: RatesJson; today: string }) {
  const router = useRouter();
  const [reporting, setReporting] = useState(rates.reportingCurrency);
  const [rows, setRows] = useState<RateRow[]>(
    rates.rates.map((r) => ({ currency: r.currency, rate: String(r.rate), asOf: r.asOf })),
  );
  const { busy, error, fields: errors, run } = useApiCall();
  const [saved, setSaved] = useState(false);

  const columns = useMemo(() => rateColumns(reporting), [reporting]);
  const lines: RateLine[] = rows.map((row, index) => ({
    ...row,
    index,
    today,
    errorOf: (field) => errors[`rates.${index}.${field}`],
    change: (patch) => setRows((all) => all.map((r, j) => (j === index ? { ...r, ...patch } : r))),
    remove: () => setRows((all) => all.filter((_, j) => j !== index)),
  }));

  async function save() {
    setSaved(false);
    const body = {
      reportingCurrency: reporting,
      rates: rows.map((r) => ({ currency: r.currency, rate: Number(r.rate), asOf: r.asOf })),
    };
    const result = await run(() => api("PUT /api/v1/admin/rates", { body }));
    if (result.ok) {
      setSaved(true);
      router.refresh();
    }
  }

  return (
    <div className="max-w-3xl space-y-4">
      <p className="text-sm text-slate-600">
        The dashboard adds up stated amounts in the reporting currency: one unit of each currency below is worth its
        rate in the reporting currency. Amounts in a currency without a rate are left out of the totals (and say so).
      </p>
      <FormError message={error} />
      {saved && (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800">
          Rates saved.
        </p>
      )}
      <Field
        label="Reporting currency"
        value={reporting}
        maxLength={3}
        onChange={(e) => setReporting(e.target.value.toUpperCase())}
        error={errors.reportingCurrency}
        className={`${inputClasses} w-24`}
      />
      <StaticDataTable
        columns={columns}
        data={lines}
        getRowId={(line) => String(line.index)}
        label="Currency rates"
        variant="plain"
      />
      <div className="flex gap-2">
        <button
          type="button"
          className={secondaryButton}
          onClick={() => setRows((all) => [...all, { currency: "", rate: "", asOf: today }])}
        >
          Add a currency
        </button>
        <button type="button" className={primaryButton} onClick={save} disabled={busy}>
          {busy ? "Saving…" : "Save rates"}
        </button>
      </div>
    </div>
  );
}
