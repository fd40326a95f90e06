"use client";

import { useRouter } from "next/navigation";
import { api } from "@/components/forms/api-client";
import { InlineError, secondaryButton } from "@/components/forms/field";
import { useApiCall } from "@/components/hooks/use-api-call";
import type { FollowableRef } from "@/lib/follows/queries";

/**
 * Follow or stop following a company (with its subsidiaries), a region (with its sub-regions) or a
 * commitment; what changes in it then shows on the Following page.
 */
export function FollowButton({ target, followId }: { target: FollowableRef; followId: number | null }) {
  const router = useRouter();
  const { busy, error, run } = useApiCall();
  const following = followId !== null;
  async function toggle() {
    const result = following
      ? await run(() => api("DELETE /api/v1/follows/{id}", { params: { id: String(followId) } }))
      : await run(() => api("POST /api/v1/follows", { body: target }));
    if (result.ok) router.refresh();
  }
  return (
    <div>
      <button
        type="button"
        className={secondaryButton}
        aria-pressed={following}
        disabled={busy}
        onClick={() => void toggle()}
      >
        {following ? "Following ✓" : "Follow"}
      </button>
      <InlineError message={error} />
    </div>
  );
}
