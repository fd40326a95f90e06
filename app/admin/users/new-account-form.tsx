"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { api } from "@/components/forms/api-client";
import { useApiCall } from "@/components/hooks/use-api-call";
import { Field, FormError, SelectField, primaryButton, secondaryButton } from "@/components/forms/field";
import { ROLE_DESCRIPTIONS, ROLE_LABELS, USER_ROLES, type UserRole } from "@/lib/auth/roles";

function randomPassword(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(15));
  return btoa(String.fromCharCode(...bytes)).replace(/[+/=]/g, "");
}

/** Creates an account with a role and a password to hand over. */
export function NewAccountForm() {
  const router = useRouter();
  const { busy, error, fields: errors, run } = useApiCall();
  const [created, setCreated] = useState<{ email: string; password: string } | null>(null);
  const [password, setPassword] = useState("");
  const [role, setRole] = useState<UserRole>("editor");

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
    const result = await run(() => api("POST /api/v1/admin/users", { body }));
    if (result.ok) {
      setCreated({ email: result.data.email, password });
      setPassword("");
      formElement.reset();
      router.refresh();
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
      <SelectField
        label="Role"
        id="new-account-role"
        value={role}
        onChange={(e) => setRole(e.target.value as UserRole)}
        options={USER_ROLES.map((r) => ({ value: r, label: `${ROLE_LABELS[r]}: ${ROLE_DESCRIPTIONS[r]}` }))}
      />
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
