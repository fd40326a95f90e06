"use client";

import { useState } from "react";
import type { ApiResult } from "@/components/forms/api-client";

/**
 * The state around one call to the API from a form or a button: busy while it runs, then the error's
 * message and its message per field (cleared when the next call starts). `run` answers the call's result,
 * so the caller decides what success does (refresh, go elsewhere, close a dialog).
 */
export function useApiCall() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});

  async function run<R extends ApiResult<unknown>>(call: () => Promise<R>): Promise<R> {
    setBusy(true);
    setError(null);
    setFields({});
    const result = await call();
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
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
