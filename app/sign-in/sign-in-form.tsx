"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { send } from "@/components/forms/api-client";
import { Field, FormError, primaryButton } from "@/components/forms/field";

export function SignInForm({ next }: { next: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    const result = await send("POST", "/api/auth/sign-in/email", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    });
    if (result.ok) {
      // Still signing in until the next page is there: the button stays busy while it loads.
      router.replace(next);
      router.refresh();
      return;
    }
    setBusy(false);
    // One message for a wrong password and an unknown email alike: the form never tells which accounts exist.
    setError(
      result.status === 401 || result.status === 400
        ? "The email or password is not right."
        : result.status === 429
          ? result.error.message || "Too many attempts. Wait a few minutes and try again."
          : result.error.message,
    );
  }

  return (
    <form onSubmit={submit} className="mt-6 space-y-4" noValidate>
      <FormError message={error} />
      <Field label="Email" name="email" type="email" autoComplete="username" required autoFocus />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required />
      <button type="submit" className={`${primaryButton} w-full`} disabled={busy} aria-busy={busy}>
        {busy ? "Signing in…" : "Sign in"}
      </button>
      <p role="status" className="sr-only">
        {busy ? "Signing in…" : ""}
      </p>
    </form>
  );
}
