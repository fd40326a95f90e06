"use client";

import { useState } from "react";
import type { ApiResult } from "@/components/forms/api-client";

/**
 * The state around one call to the API from a form or a button: busy while it runs, then the error's
 * message and its message per field (cleared when the next call starts). `run` answers the call's result,
 * so the caller decides what success does (refresh, go elsewhere, close a dialog). With `stayBusy`, a
 * success leaves the state busy: the caller is moving to another page and the button should say so.
 */
export function useApiCall() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});

  async function run<R extends ApiResult<unknown>>(
    call: () => Promise<R>,
    { stayBusy = false }: { stayBusy?: boolean } = {},
  ): Promise<R> {
    setBusy(true);
    setError(null);
    setFields({});
    const result = await call();
    if (result.ok && stayBusy) return result;
    setBusy(false);
    if (!result.ok) {
      // An error told entirely by its fields has no message of its own.
      setError(result.error.message || null);
      setFields(result.error.fields);
    }
    return result;
  }

  /** Forgets the last error (e.g. when a dialog closes or the form is checked again before sending). */
  function reset(problem: { error?: string | null; fields?: Record<string, string> } = {}) {
    setError(problem.error ?? null);
    setFields(problem.fields ?? {});
  }

  return { busy, error, fields, run, reset };
}
