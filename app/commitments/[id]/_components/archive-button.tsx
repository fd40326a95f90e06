"use client";

import { useRouter } from "next/navigation";
import { api } from "@/components/forms/api-client";
import { InlineError } from "@/components/forms/field";
import { useApiCall } from "@/components/hooks/use-api-call";

const small =
  "rounded px-1.5 py-0.5 text-xs text-slate-600 hover:bg-slate-100 hover:text-slate-900 disabled:opacity-50";

/** Asks the web archive for a snapshot of an evidence item's page; the copy's address is kept on the item. */
export function ArchiveButton({
  commitmentId,
  evidenceId,
  version,
  title,
}: {
  commitmentId: number;
  evidenceId: number;
  version: number;
  title: string;
}) {
  const router = useRouter();
  const { busy, error, run } = useApiCall();
  async function archive() {
    const params = { id: String(commitmentId), evidenceId: String(evidenceId) };
    const result = await run(() =>
      api("POST /api/v1/commitments/{id}/evidence/{evidenceId}/archive", { params, body: { version } }),
    );
    if (result.ok) router.refresh();
  }
  return (
    <p className="mt-0.5 flex flex-wrap items-center gap-2">
      <button
        type="button"
        className={small}
        disabled={busy}
        onClick={() => void archive()}
        aria-label={`Archive a copy of ${title}`}
      >
        {busy ? "Asking the archive…" : "Archive a copy"}
      </button>
      <InlineError message={error} />
    </p>
  );
}
