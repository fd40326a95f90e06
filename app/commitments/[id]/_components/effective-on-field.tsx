"use client";

import { Field } from "@/components/forms/field";
import { todayIso } from "@/lib/dates";

/**
 * When the new status took effect: today unless the analyst records old news ("in progress since May").
 * Rendered only inside the open dialog, so the browser's today is the one shown.
 */
export function EffectiveOnField({ defaultValue, error }: { defaultValue?: string; error?: string }) {
  const today = todayIso();
  return (
    <Field
      label="In effect since"
      id="status-effective-on"
      name="effectiveOn"
      type="date"
      max={today}
      defaultValue={defaultValue && defaultValue <= today ? defaultValue : today}
      hint="The day the status became true; back-date it when recording older news."
      error={error}
    />
  );
}
