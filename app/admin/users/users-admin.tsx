"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { api } from "@/components/forms/api-client";
import { Field, FormError, inputClasses, primaryButton, secondaryButton } from "@/components/forms/field";
import { ROLE_DESCRIPTIONS, ROLE_LABELS, USER_ROLES, type UserRole } from "@/lib/auth/roles";
import type { UserSummary } from "@/lib/auth/users";

function randomPassword(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(15));
  return btoa(String.fromCharCode(...bytes)).replace(/[+/=]/g, "");
}

function RoleSelect({ user, disabled }: { user: UserSummary; disabled: boolean }) {
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

function NewAccountForm() {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ email: string; password: string } | null>(null);
  const [password, setPassword] = useState("");
  const [role, setRole] = useState<UserRole>("editor");
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const body = {
      email: String(form.get("email") ?? ""),
      name: String(form.get("name") ?? "") || undefined,
      password,
      role,
    };
    setBusy(true);
    setErrors({});
    setError(null);
    const result = await api("POST /api/v1/admin/users", { body });
    setBusy(false);
    if (result.ok) {
      setCreated({ email: result.data.email, password });
      setPassword("");
      formElement.reset();
      router.refresh();
    } else {
      setErrors(result.error.fields);
      setError(result.error.message);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-3" noValidate aria-labelledby="new-account-heading">
      <h2 id="new-account-heading" className="text-base font-semibold text-slate-900">
        New account
      </h2>
      <FormError message={error} />
      {created && (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800">
          Created {created.email}. Give them this password securely; they can change it under Account:{" "}
          <code className="select-all font-mono">{created.password}</code>
        </p>
      )}
      <Field label="Email" name="email" type="email" required error={errors.email} />
      <Field label="Name" name="name" hint="Optional; shown in the history of their changes." error={errors.name} />
      <div className="space-y-1">
        <label htmlFor="new-account-role" className="block text-sm font-medium text-slate-800">
          Role
        </label>
        <select
          id="new-account-role"
          className={inputClasses}
          value={role}
          onChange={(e) => setRole(e.target.value as UserRole)}
        >
          {USER_ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}: {ROLE_DESCRIPTIONS[r]}
            </option>
          ))}
        </select>
      </div>
      <Field
        label="Password"
        name="password"
        type="text"
        autoComplete="off"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        hint="At least 12 characters."
        error={errors.password}
        required
      />
      <div className="flex gap-2">
        <button type="button" className={secondaryButton} onClick={() => setPassword(randomPassword())}>
          Generate a password
        </button>
        <button type="submit" className={primaryButton} disabled={busy}>
          {busy ? "Creating…" : "Create account"}
        </button>
      </div>
    </form>
  );
}

export function UsersAdmin({ users, currentUserId }: { users: UserSummary[]; currentUserId: string }) {
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm lg:col-span-2">
        <table className="min-w-full text-left text-sm" aria-label="Accounts">
          <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                Account
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Role
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Since
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {users.map((user) => (
              <tr key={user.id}>
                <td className="px-3 py-2">
                  <div className="font-medium text-slate-900">{user.name}</div>
                  <div className="text-slate-600">{user.email}</div>
                </td>
                <td className="px-3 py-2">
                  <RoleSelect user={user} disabled={false} />
                  {user.id === currentUserId && <p className="mt-1 text-xs text-slate-500">This is you.</p>}
                </td>
                <td className="px-3 py-2 tabular-nums text-slate-600">{user.createdAt.slice(0, 10)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <NewAccountForm />
      </div>
    </div>
  );
}
