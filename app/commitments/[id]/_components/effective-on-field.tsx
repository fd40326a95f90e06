"use client";

import { inputClasses } from "@/components/forms/field";
import { todayIso } from "@/lib/dates";

/**
 * When the new status took effect: today unless the analyst records old news ("in progress since May").
 * Rendered only inside the open dialog, so the browser's today is the one shown.
 */
export function EffectiveOnField({ defaultValue, error }: { defaultValue?: string; error?: string }) {
  const today = todayIso();
  return (
    <div className="space-y-1">
      <label htmlFor="status-effective-on" className="block text-sm font-medium text-slate-800">
        In effect since
      </label>
      <input
        id="status-effective-on"
        name="effectiveOn"
        type="date"
        max={today}
        defaultValue={defaultValue && defaultValue <= today ? defaultValue : today}
        aria-invalid={error ? true : undefined}
        aria-describedby="status-effective-on-help"
        className={inputClasses}
      />
      <p id="status-effective-on-help" className="text-xs text-slate-500">
        The day the status became true; back-date it when recording older news.
      </p>
      {error && <p className="text-sm text-red-700">{error}</p>}
    </div>
  );
}
