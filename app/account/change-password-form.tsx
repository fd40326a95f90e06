"use client";

import { type FormEvent, useState } from "react";
import { type ApiResult, send } from "@/components/forms/api-client";
import { Field, FormError, primaryButton } from "@/components/forms/field";
import { useApiCall } from "@/components/hooks/use-api-call";

const MIN_LENGTH = 12;

/** better-auth's refusals that concern one field, told at that field. */
function passwordProblem<T>(result: ApiResult<T>): ApiResult<T> {
  if (result.ok) return result;
  const atField = (field: string, message: string) => ({
    ...result,
    error: { ...result.error, message: "", fields: { [field]: message } },
  });
  if (result.error.code === "INVALID_PASSWORD") return atField("currentPassword", "This is not your current password.");
  if (result.error.code === "PASSWORD_TOO_SHORT" || result.error.code === "PASSWORD_TOO_LONG")
    return atField("newPassword", result.error.message);
  return result;
}

export function ChangePasswordForm() {
  const { busy, error, fields: errors, run, reset } = useApiCall();
  const [done, setDone] = useState(false);

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
    setDone(false);
    if (Object.keys(found).length > 0) return reset({ fields: found });

    const change = { currentPassword, newPassword, revokeOtherSessions: true };
    const result = await run(async () => passwordProblem(await send("POST", "/api/auth/change-password", change)));
    if (result.ok) {
      setDone(true);
      formElement.reset();
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
