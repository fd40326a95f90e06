"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { api } from "@/components/forms/api-client";
import { useApiCall } from "@/components/hooks/use-api-call";
import { Field, FormError, SelectField, primaryButton, secondaryButton } from "@/components/forms/field";
import type { UserSummary } from "@/lib/auth/users";

/** Creates a token for an account and shows it once. */
export function NewTokenForm({ users, currentUserId }: { users: UserSummary[]; currentUserId: string }) {
  const router = useRouter();
  const { busy, error, fields: errors, run } = useApiCall();
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [copied, setCopied] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setCopied(false);
    const body = { name: String(form.get("name") ?? ""), user: String(form.get("user") ?? "") || undefined };
    const result = await run(() => api("POST /api/v1/admin/tokens", { body }));
    if (result.ok) {
      setCreated({ name: result.data.name, token: result.data.token });
      formElement.reset();
      router.refresh();
    }
  }

  return (
    <form onSubmit={submit} className="space-y-3" noValidate aria-labelledby="new-token-heading">
      <h2 id="new-token-heading" className="text-base font-semibold text-slate-900">
        New API token
      </h2>
      <p className="text-sm text-slate-600">
        Scripts send it as <code>Authorization: Bearer …</code> and act with the chosen account&apos;s role.
      </p>
      <FormError message={error} />
      {created && (
        <div
          role="status"
          className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
        >
          <p className="font-medium">Copy the token “{created.name}” now: it will not be shown again.</p>
          <code
            data-testid="new-token"
            className="block select-all break-all rounded bg-white p-2 font-mono text-xs text-slate-900"
          >
            {created.token}
          </code>
          <button
            type="button"
            className={secondaryButton}
            onClick={async () => {
              await navigator.clipboard?.writeText(created.token).catch(() => {});
              setCopied(true);
            }}
          >
            {copied ? "Copied" : "Copy"}
          </button>
        </div>
      )}
      <Field label="Name" name="name" hint="What uses it, e.g. “nightly news import”." error={errors.name} required />
      <SelectField
        label="Acts as"
        id="new-token-user"
        name="user"
        defaultValue={currentUserId}
        error={errors.user}
        options={users.map((u) => ({ value: u.id, label: `${u.email} (${u.role})` }))}
      />
      <button type="submit" className={primaryButton} disabled={busy}>
        {busy ? "Creating…" : "Create token"}
      </button>
    </form>
  );
}
