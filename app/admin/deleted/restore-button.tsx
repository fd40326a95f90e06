"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/components/forms/api-client";
import { secondaryButton } from "@/components/forms/field";

/** Restores one deleted commitment, then opens it. */
export function RestoreButton({ id, title }: { id: number; title: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-1">
      <button
        type="button"
        className={secondaryButton}
        disabled={busy}
        aria-label={`Restore #${id} ${title}`}
        onClick={async () => {
          setBusy(true);
          setError(null);
          const result = await api("POST /api/v1/commitments/{id}/restore", { params: { id: String(id) } });
          setBusy(false);
          if (result.ok) router.push(`/commitments/${id}`);
          else setError(result.error.message);
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
