"use client";

import { type FormEvent, useState } from "react";
import { send } from "@/components/forms/api-client";
import { Field, FormError, primaryButton } from "@/components/forms/field";

const MIN_LENGTH = 12;

export function ChangePasswordForm() {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const currentPassword = String(form.get("currentPassword") ?? "");
    const newPassword = String(form.get("newPassword") ?? "");
    const confirm = String(form.get("confirm") ?? "");
    const found: Record<string, string> = {};
    if (newPassword.length < MIN_LENGTH) found.newPassword = `Use at least ${MIN_LENGTH} characters.`;
    if (confirm !== newPassword) found.confirm = "The two new passwords differ.";
    setErrors(found);
    setError(null);
    setDone(false);
    if (Object.keys(found).length > 0) return;

    setBusy(true);
    const result = await send("POST", "/api/auth/change-password", {
      currentPassword,
      newPassword,
      revokeOtherSessions: true,
    });
    setBusy(false);
    if (result.ok) {
      setDone(true);
      formElement.reset();
    } else if (result.error.code === "INVALID_PASSWORD") {
      setErrors({ currentPassword: "This is not your current password." });
    } else if (result.error.code === "PASSWORD_TOO_SHORT" || result.error.code === "PASSWORD_TOO_LONG") {
      setErrors({ newPassword: result.error.message });
    } else {
      setError(result.error.message);
    }
  }

  return (
    <form onSubmit={submit} className="mt-4 space-y-4" noValidate>
      <FormError message={error} />
      {done && (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800">
          Your password was changed.
        </p>
      )}
      <Field
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        error={errors.currentPassword}
        required
      />
      <Field
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        hint={`At least ${MIN_LENGTH} characters. A few unrelated words make a strong one.`}
        error={errors.newPassword}
        required
      />
      <Field
        label="New password again"
        name="confirm"
        type="password"
        autoComplete="new-password"
        error={errors.confirm}
        required
      />
      <button type="submit" className={primaryButton} disabled={busy}>
        {busy ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}
