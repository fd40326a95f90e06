"use client";

import { useRouter } from "next/navigation";
import { api } from "@/components/forms/api-client";
import { InlineError, secondaryButton } from "@/components/forms/field";
import { useApiCall } from "@/components/hooks/use-api-call";

/** Undoes an import after asking; says why when rows changed since block it. */
export function UndoImportButton({ id, fileName }: { id: number; fileName: string }) {
  const router = useRouter();
  const { busy, error, run } = useApiCall();
  async function undo() {
    if (!window.confirm(`Undo import ${id} (${fileName})? What it created is removed and what it changed restored.`))
      return;
    const result = await run(() => api("POST /api/v1/imports/{id}/undo", { params: { id: String(id) } }));
    if (result.ok) router.refresh();
  }
  return (
    <div className="text-right">
      <button type="button" className={secondaryButton} disabled={busy} onClick={() => void undo()}>
        {busy ? "Undoing…" : "Undo"}
      </button>
      <InlineError message={error} />
    </div>
  );
}
