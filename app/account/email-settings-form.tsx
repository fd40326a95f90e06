"use client";

import { type FormEvent, useState } from "react";
import { api } from "@/components/forms/api-client";
import { FormError, SelectField, primaryButton } from "@/components/forms/field";
import { useApiCall } from "@/components/hooks/use-api-call";
import type { EmailMode } from "@/db/schema-inbox";
import { EMAIL_MODE_LABELS } from "@/lib/notify/schemas";

const OPTIONS = Object.entries(EMAIL_MODE_LABELS).map(([value, label]) => ({ value, label }));

/** How a person wants to be told by email of what happens to what they follow. */
export function EmailSettingsForm({ current }: { current: EmailMode }) {
  const { busy, error, fields, run } = useApiCall();
  const [saved, setSaved] = useState<EmailMode | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email")) as EmailMode;
    setSaved(null);
    const result = await run(() => api("PUT /api/v1/notifications", { body: { email } }));
    if (result.ok) setSaved(result.data.email);
  }

  return (
    <form onSubmit={submit} className="mt-4 space-y-4" aria-label="Email">
      <FormError message={error} />
      <SelectField label="Email me" name="email" defaultValue={current} options={OPTIONS} error={fields?.email} />
      <div className="flex items-center gap-3">
        <button type="submit" className={primaryButton} disabled={busy}>
          Save
        </button>
        {saved && (
          <p role="status" className="text-sm text-green-700">
            Saved: {EMAIL_MODE_LABELS[saved].toLowerCase()}.
          </p>
        )}
      </div>
    </form>
  );
}
