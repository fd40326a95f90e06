import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { primaryButton } from "@/components/forms/field";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db";
import { unsubscribeTarget } from "@/lib/notify/unsubscribe";

export const metadata: Metadata = { title: "Stop emails" };

/** Where an email's "Stop these emails" link leads: a confirmation, no sign-in needed. */
export default async function UnsubscribePage({ searchParams }: PageProps<"/unsubscribe">) {
  await connection();
  const { token, done } = await searchParams;
  const value = typeof token === "string" ? token : "";
  const target = value ? await unsubscribeTarget(await getDb(), value) : null;
  if (!target) {
    return (
      <div className="max-w-xl">
        <PageHeader title="Stop emails" />
        <p role="alert" className="text-sm text-red-700">
          This unsubscribe link is not valid: it may be incomplete (copy the whole address from the email), or come from
          another tracker. Signed in, you can choose your emails under Account.
        </p>
      </div>
    );
  }
  return (
    <div className="max-w-xl space-y-4">
      <PageHeader title="Stop emails" description={target.email} />
      {done ? (
        <p role="status" className="text-sm text-slate-700">
          Done: no more email will be sent to {target.email}. Your inbox in the tracker still collects what happens to
          what you follow, and you can turn email on again under{" "}
          <Link href="/account" className="text-blue-700 underline">
            Account
          </Link>
          .
        </p>
      ) : (
        <form method="post" action={`/api/unsubscribe?token=${encodeURIComponent(value)}`} className="space-y-3">
          <p className="text-sm text-slate-700">Stop all email from the tracker to {target.email}?</p>
          <button type="submit" className={primaryButton}>
            Stop emails
          </button>
        </form>
      )}
    </div>
  );
}
