"use client";

import { useRouter } from "next/navigation";
import { api } from "@/components/forms/api-client";
import { InlineError, secondaryButton } from "@/components/forms/field";
import { useApiCall } from "@/components/hooks/use-api-call";

/** Mark one follow's changes seen (or all of them, without `id`), and stop following one. */
export function FollowActions({ id, name, hasChanges }: { id?: number; name?: string; hasChanges: boolean }) {
  const router = useRouter();
  const { busy, error, run } = useApiCall();
  async function seen() {
    const body = id === undefined ? { all: true as const } : { ids: [id] };
    if ((await run(() => api("POST /api/v1/follows/seen", { body }))).ok) router.refresh();
  }
  async function unfollow() {
    const result = await run(() => api("DELETE /api/v1/follows/{id}", { params: { id: String(id) } }));
    if (result.ok) router.refresh();
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      {hasChanges && (
        <button
          type="button"
          className={secondaryButton}
          disabled={busy}
          onClick={() => void seen()}
          aria-label={id === undefined ? "Mark all as seen" : `Mark ${name} as seen`}
        >
          {id === undefined ? "Mark all as seen" : "Mark seen"}
        </button>
      )}
      {id !== undefined && (
        <button
          type="button"
          className={secondaryButton}
          disabled={busy}
          onClick={() => void unfollow()}
          aria-label={`Unfollow ${name}`}
        >
          Unfollow
        </button>
      )}
      <InlineError message={error} />
    </div>
  );
}
