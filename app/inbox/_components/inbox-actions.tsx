"use client";

import { useRouter } from "next/navigation";
import { api } from "@/components/forms/api-client";
import { InlineError, secondaryButton } from "@/components/forms/field";
import { useApiCall } from "@/components/hooks/use-api-call";

/** Mark one inbox item read (with `id` and its `title`), or the whole inbox. */
export function MarkReadButton({ id, title }: { id?: number; title?: string }) {
  const router = useRouter();
  const { busy, error, run } = useApiCall();
  async function markRead() {
    const body = id === undefined ? { all: true as const } : { ids: [id] };
    if ((await run(() => api("POST /api/v1/inbox/read", { body }))).ok) router.refresh();
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        className={secondaryButton}
        disabled={busy}
        onClick={() => void markRead()}
        aria-label={id === undefined ? "Mark all read" : `Mark read: ${title}`}
      >
        {id === undefined ? "Mark all read" : "Mark read"}
      </button>
      <InlineError message={error} />
    </span>
  );
}
