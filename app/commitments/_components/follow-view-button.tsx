"use client";

import Link from "next/link";
import { type FormEvent, useState } from "react";
import { Button, Dialog, DialogTrigger, Popover } from "react-aria-components";
import { api } from "@/components/forms/api-client";
import { Field, InlineError, primaryButton } from "@/components/forms/field";
import { menuTrigger } from "./toolbar-looks";
import { useApiCall } from "@/components/hooks/use-api-call";

/** Follows the filters on screen as a named view: the address as it is when the view is saved. */
export function FollowViewButton() {
  const { busy, error, fields, run } = useApiCall();
  const [name, setName] = useState("");
  const [saved, setSaved] = useState<string | null>(null);
  async function save(event: FormEvent) {
    event.preventDefault();
    const url = `${window.location.pathname}${window.location.search}`;
    const result = await run(() => api("POST /api/v1/follows", { body: { view: { name, url } } }));
    if (result.ok) setSaved(result.data.name);
  }
  return (
    <DialogTrigger onOpenChange={(open) => open && setSaved(null)}>
      <Button className={menuTrigger}>Follow view</Button>
      <Popover placement="bottom end" className="w-72 rounded-lg border border-slate-200 bg-white p-3 shadow-lg">
        <Dialog aria-label="Follow this view" className="outline-none">
          {saved ? (
            <p role="status" className="text-sm text-slate-700">
              You follow “{saved}”. It is listed under{" "}
              <Link href="/following" className="text-blue-700 underline">
                Following
              </Link>
              .
            </p>
          ) : (
            <form onSubmit={(e) => void save(e)} className="space-y-2">
              <Field
                label="Name of this view"
                value={name}
                maxLength={120}
                autoFocus
                error={fields["view.name"]}
                onChange={(e) => setName(e.target.value)}
              />
              {!fields["view.name"] && <InlineError message={fields["view.url"] ?? error} />}
              <button type="submit" className={primaryButton} disabled={busy}>
                {busy ? "Saving…" : "Follow"}
              </button>
            </form>
          )}
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}
