"use client";

import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { type ApiResult, send } from "@/components/forms/api-client";
import { Field, FormError, primaryButton } from "@/components/forms/field";
import { useApiCall } from "@/components/hooks/use-api-call";

/** One message for a wrong password and an unknown email alike: the form never tells which accounts exist. */
function signInProblem<T>(result: ApiResult<T>): ApiResult<T> {
  if (result.ok) return result;
  const message =
    result.status === 401 || result.status === 400
      ? "The email or password is not right."
      : result.status === 429
        ? result.error.message || "Too many attempts. Wait a few minutes and try again."
        : result.error.message;
  return { ...result, error: { ...result.error, message } };
}

export function SignInForm({ next }: { next: string }) {
  const router = useRouter();
  const { busy, error, run } = useApiCall();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const credentials = { email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") };
    // Still signing in until the next page is there: the button stays busy while it loads.
    const result = await run(async () => signInProblem(await send("POST", "/api/auth/sign-in/email", credentials)), {
      stayBusy: true,
    });
    if (result.ok) {
      router.replace(next);
      router.refresh();
    }
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
