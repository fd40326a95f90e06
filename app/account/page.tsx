import type { Metadata } from "next";
import { requirePageRole } from "@/app/_lib/page-actor";
import { PageHeader } from "@/components/ui/page-header";
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/lib/auth/roles";
import { getDb } from "@/db";
import { mailConfig } from "@/lib/notify/send";
import { emailModeOf } from "@/lib/notify/settings";
import { ChangePasswordForm } from "./change-password-form";
import { EmailSettingsForm } from "./email-settings-form";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const { actor } = await requirePageRole("viewer", "/account");
  const emailMode = await emailModeOf(await getDb(), actor.userId);
  return (
    <div className="max-w-xl">
      <PageHeader title="Account" description={actor.email} />
      <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h2 className="text-base font-semibold text-slate-900">Role: {ROLE_LABELS[actor.role]}</h2>
        <p className="mt-1 text-sm text-slate-600">{ROLE_DESCRIPTIONS[actor.role]}. Admins change roles.</p>
      </section>
      <section className="mt-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h2 className="text-base font-semibold text-slate-900">Email</h2>
        <p className="mt-1 text-sm text-slate-600">
          What happens to what you follow also arrives in your inbox here.
          {!mailConfig().smtpUrl && " This tracker has no mail server set up (SMTP_URL), so none is sent for now."}
        </p>
        <EmailSettingsForm current={emailMode} />
      </section>
      <section className="mt-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h2 className="text-base font-semibold text-slate-900">Change password</h2>
        <p className="mt-1 text-sm text-slate-600">Your other sessions are signed out when you change it.</p>
        <ChangePasswordForm />
      </section>
    </div>
  );
}
