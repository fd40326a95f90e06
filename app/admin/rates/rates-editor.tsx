"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/components/forms/api-client";
import { FormError, inputClasses, primaryButton, secondaryButton } from "@/components/forms/field";
import type { RatesJson } from "@/lib/rates/queries";

type Row = { currency: string; rate: string; asOf: string };

/** Edits the reporting currency and the table of rates the dashboard's totals use. */
export function RatesEditor({ rates, today }: { rates: RatesJson; today: string }) {
  const router = useRouter();
  const [reporting, setReporting] = useState(rates.reportingCurrency);
  const [rows, setRows] = useState<Row[]>(
    rates.rates.map((r) => ({ currency: r.currency, rate: String(r.rate), asOf: r.asOf })),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const update = (i: number, patch: Partial<Row>) =>
    setRows((all) => all.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  async function save() {
    setBusy(true);
    setErrors({});
    setError(null);
    setSaved(false);
    const result = await api("PUT /api/v1/admin/rates", {
      body: {
        reportingCurrency: reporting,
        rates: rows.map((r) => ({ currency: r.currency, rate: Number(r.rate), asOf: r.asOf })),
      },
    });
    setBusy(false);
    if (result.ok) {
      setSaved(true);
      router.refresh();
    } else {
      setErrors(result.error.fields);
      setError(result.error.message);
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
      <label className="flex items-center gap-2 text-sm font-medium text-slate-800">
        Reporting currency
        <input
          value={reporting}
          maxLength={3}
          onChange={(e) => setReporting(e.target.value.toUpperCase())}
          className={`${inputClasses} w-24`}
        />
        {errors.reportingCurrency && <span className="font-normal text-red-700">{errors.reportingCurrency}</span>}
      </label>
      <table className="min-w-full text-left text-sm" aria-label="Currency rates">
        <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-2 font-medium">
              Currency
            </th>
            <th scope="col" className="px-2 py-2 font-medium">
              1 unit is worth ({reporting})
            </th>
            <th scope="col" className="px-2 py-2 font-medium">
              As of
            </th>
            <th scope="col">
              <span className="sr-only">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i} className="align-top">
              <td className="py-1 pr-2">
                <input
                  aria-label={`Currency ${i + 1}`}
                  value={row.currency}
                  maxLength={3}
                  onChange={(e) => update(i, { currency: e.target.value.toUpperCase() })}
                  className={`${inputClasses} w-24`}
                />
                {errors[`rates.${i}.currency`] && (
                  <p className="text-xs text-red-700">{errors[`rates.${i}.currency`]}</p>
                )}
              </td>
              <td className="px-2 py-1">
                <input
                  aria-label={`Rate of ${row.currency || `currency ${i + 1}`}`}
                  value={row.rate}
                  inputMode="decimal"
                  onChange={(e) => update(i, { rate: e.target.value })}
                  className={inputClasses}
                />
                {errors[`rates.${i}.rate`] && <p className="text-xs text-red-700">{errors[`rates.${i}.rate`]}</p>}
              </td>
              <td className="px-2 py-1">
                <input
                  aria-label={`As of, ${row.currency || `currency ${i + 1}`}`}
                  type="date"
                  max={today}
                  value={row.asOf}
                  onChange={(e) => update(i, { asOf: e.target.value })}
                  className={inputClasses}
                />
                {errors[`rates.${i}.asOf`] && <p className="text-xs text-red-700">{errors[`rates.${i}.asOf`]}</p>}
              </td>
              <td className="py-1 pl-2">
                <button
                  type="button"
                  className={secondaryButton}
                  onClick={() => setRows((all) => all.filter((_, j) => j !== i))}
                  aria-label={`Remove ${row.currency || `currency ${i + 1}`}`}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
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
