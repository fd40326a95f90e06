"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Button, Dialog, DialogTrigger, Heading, Modal } from "react-aria-components";
import { api } from "@/components/forms/api-client";
import { Field, FormError, dangerButton, inputClasses, primaryButton, secondaryButton } from "@/components/forms/field";
import type { ApiTokenSummary } from "@/lib/auth/tokens";
import type { UserSummary } from "@/lib/auth/users";

function RevokeButton({ token }: { token: ApiTokenSummary }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  async function revoke(close: () => void) {
    const result = await api("DELETE /api/v1/admin/tokens/{id}", { params: { id: token.id } });
    if (result.ok) {
      close();
      router.refresh();
    } else setError(result.error.message);
  }
  return (
    <DialogTrigger>
      <Button className={dangerButton}>Revoke</Button>
      <Modal className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-4" isDismissable>
        <Dialog role="alertdialog" className="w-full max-w-md rounded-lg bg-white p-5 shadow-xl outline-none">
          {({ close }) => (
            <>
              <Heading slot="title" className="text-lg font-semibold text-slate-900">
                Revoke “{token.name}”?
              </Heading>
              <p className="mt-2 text-sm text-slate-600">
                Scripts using this token ({token.prefix}…) will be refused from now on. This cannot be undone; you can
                create a new token instead.
              </p>
              <FormError message={error} />
              <div className="mt-4 flex justify-end gap-2">
                <Button className={secondaryButton} onPress={close}>
                  Cancel
                </Button>
                <Button className={`${dangerButton} font-medium`} onPress={() => revoke(close)}>
                  Revoke token
                </Button>
              </div>
            </>
          )}
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}

function NewTokenForm({ users, currentUserId }: { users: UserSummary[]; currentUserId: string }) {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setBusy(true);
    setErrors({});
    setError(null);
    setCopied(false);
    const result = await api("POST /api/v1/admin/tokens", {
      body: { name: String(form.get("name") ?? ""), user: String(form.get("user") ?? "") || undefined },
    });
    setBusy(false);
    if (result.ok) {
      setCreated({ name: result.data.name, token: result.data.token });
      formElement.reset();
      router.refresh();
    } else {
      setErrors(result.error.fields);
      setError(result.error.message);
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
      <div className="space-y-1">
        <label htmlFor="new-token-user" className="block text-sm font-medium text-slate-800">
          Acts as
        </label>
        <select id="new-token-user" name="user" className={inputClasses} defaultValue={currentUserId}>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.email} ({u.role})
            </option>
          ))}
        </select>
        {errors.user && <p className="text-sm text-red-700">{errors.user}</p>}
      </div>
      <button type="submit" className={primaryButton} disabled={busy}>
        {busy ? "Creating…" : "Create token"}
      </button>
    </form>
  );
}

export function TokensAdmin({
  tokens,
  users,
  currentUserId,
}: {
  tokens: ApiTokenSummary[];
  users: UserSummary[];
  currentUserId: string;
}) {
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm lg:col-span-2">
        {tokens.length === 0 ? (
          <p className="p-6 text-sm text-slate-600">
            No API tokens yet. Create one for each script that writes to the tracker.
          </p>
        ) : (
          <table className="min-w-full text-left text-sm" aria-label="API tokens">
            <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  Token
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Acts as
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Created
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Last used
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {tokens.map((token) => (
                <tr key={token.id} className={token.revokedAt ? "text-slate-400" : ""}>
                  <td className="px-3 py-2">
                    <div className="font-medium">{token.name}</div>
                    <code className="text-xs">{token.prefix}…</code>
                  </td>
                  <td className="px-3 py-2">
                    {token.user.email} <span className="text-xs">({token.user.role})</span>
                  </td>
                  <td className="px-3 py-2 tabular-nums">{token.createdAt.slice(0, 10)}</td>
                  <td className="px-3 py-2 tabular-nums">
                    {token.lastUsedAt?.slice(0, 16).replace("T", " ") ?? "never"}
                  </td>
                  <td className="px-3 py-2 text-right">
                    {token.revokedAt ? (
                      <span>Revoked {token.revokedAt.slice(0, 10)}</span>
                    ) : (
                      <RevokeButton token={token} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <NewTokenForm users={users} currentUserId={currentUserId} />
      </div>
    </div>
  );
}
