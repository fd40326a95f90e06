"use client";

import { useRouter } from "next/navigation";
import { api } from "@/components/forms/api-client";
import { useApiCall } from "@/components/hooks/use-api-call";
import { secondaryButton } from "@/components/forms/field";

/** Restores one deleted commitment, then opens it. */
export function RestoreButton({ id, title }: { id: number; title: string }) {
  const router = useRouter();
  const { busy, error, run } = useApiCall();
  return (
    <div className="space-y-1">
      <button
        type="button"
        className={secondaryButton}
        disabled={busy}
        aria-label={`Restore #${id} ${title}`}
        onClick={async () => {
          const result = await run(() => api("POST /api/v1/commitments/{id}/restore", { params: { id: String(id) } }));
          if (result.ok) router.push(`/commitments/${id}`);
        }}
      >
        {busy ? "Restoring…" : "Restore"}
      </button>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
