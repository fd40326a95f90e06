import type { Metadata } from "next";
import { requirePageRole } from "@/app/_lib/page-actor";
import { PageHeader } from "@/components/ui/page-header";
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/lib/auth/roles";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const { actor } = await requirePageRole("viewer", "/account");
  return (
    <div className="max-w-xl">
      <PageHeader title="Account" description={actor.email} />
      <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h2 className="text-base font-semibold text-slate-900">Role: {ROLE_LABELS[actor.role]}</h2>
        <p className="mt-1 text-sm text-slate-600">{ROLE_DESCRIPTIONS[actor.role]}. Admins change roles.</p>
      </section>
      <section className="mt-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h2 className="text-base font-semibold text-slate-900">Change password</h2>
        <p className="mt-1 text-sm text-slate-600">Your other sessions are signed out when you change it.</p>
        <ChangePasswordForm />
      </section>
    </div>
  );
}
