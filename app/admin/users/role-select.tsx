"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/components/forms/api-client";
import { ROLE_LABELS, USER_ROLES, type UserRole } from "@/lib/auth/roles";
import type { UserSummary } from "@/lib/auth/users";

/** An account's role, changed as soon as another is chosen. */
export function RoleSelect({ user, disabled }: { user: UserSummary; disabled: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function change(role: UserRole) {
    setBusy(true);
    setError(null);
    const result = await api("PATCH /api/v1/admin/users/{id}", { params: { id: user.id }, body: { role } });
    setBusy(false);
    if (result.ok) router.refresh();
    else setError(result.error.fields.role ?? result.error.message);
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
          {error}
        </p>
      )}
    </div>
  );
}
