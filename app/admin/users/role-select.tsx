"use client";

import { useRouter } from "next/navigation";
import { api } from "@/components/forms/api-client";
import { useApiCall } from "@/components/hooks/use-api-call";
import { ROLE_LABELS, USER_ROLES, type UserRole } from "@/lib/auth/roles";
import type { UserSummary } from "@/lib/auth/users";

/** An account's role, changed as soon as another is chosen. */
export function RoleSelect({ user, disabled }: { user: UserSummary; disabled: boolean }) {
  const router = useRouter();
  const { busy, error, fields, run } = useApiCall();
  async function change(role: UserRole) {
    const result = await run(() => api("PATCH /api/v1/admin/users/{id}", { params: { id: user.id }, body: { role } }));
    if (result.ok) router.refresh();
  }
  return (
    <div>
      <select
        aria-label={`Role of ${user.email}`}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
        value={user.role ?? ""}
        disabled={disabled || busy}
        onChange={(e) => change(e.target.value as UserRole)}
      >
        {USER_ROLES.map((role) => (
          <option key={role} value={role}>
            {ROLE_LABELS[role]}
          </option>
        ))}
      </select>
      {error && (
        <p role="alert" className="mt-1 text-xs text-red-700">
          {fields.role ?? error}
        </p>
      )}
    </div>
  );
}
