"use client";

import { api } from "@/components/forms/api-client";
import { InlineError, dangerButton } from "@/components/forms/field";
import { useApiCall } from "@/components/hooks/use-api-call";

/** Asks a running import to stop; it rolls back after the batch it is writing, and says so when it has. */
export function CancelImportButton({ id, asked = false }: { id: number; asked?: boolean }) {
  // A cancel that was accepted keeps the button busy: the import's end (its request, or the list) follows.
  const { busy, error, run } = useApiCall();
  const cancelling = asked || busy;
  return (
    <div className="text-right">
      <button
        type="button"
        className={dangerButton}
        disabled={cancelling}
        onClick={() =>
          void run(() => api("POST /api/v1/imports/{id}/cancel", { params: { id: String(id) } }), { stayBusy: true })
        }
      >
        {cancelling ? "Cancelling…" : "Cancel import"}
      </button>
      <InlineError message={error} />
    </div>
  );
}
